namespace Netra.Infrastructure.Configuration;

/// <summary>
/// Thrown at start-up when required settings are absent. Lists every missing name at once, so a broken
/// deployment is fixed in one round trip instead of one restart per variable.
/// </summary>
public sealed class MissingConfigurationException : Exception
{
    public MissingConfigurationException(params IReadOnlyList<string> names)
        : base($"Missing required configuration: {string.Join(", ", names)}.")
    {
        Names = names;
    }

    public IReadOnlyList<string> Names { get; }
}
