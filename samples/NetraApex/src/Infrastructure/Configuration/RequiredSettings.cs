namespace Netra.Infrastructure.Configuration;

/// <summary>
/// Collects required setting values and fails with all missing names together.
/// It validates values it is given; it never reads the environment itself.
/// </summary>
public sealed class RequiredSettings
{
    private readonly List<string> _missing = [];

    public string Require(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _missing.Add(name);
            return string.Empty;
        }

        return value;
    }

    public Uri RequireUri(string name, string? value)
    {
        var text = Require(name, value);
        if (text.Length == 0)
        {
            return new Uri("about:blank");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new FormatException($"{name} must be an absolute http(s) URL, got '{text}'.");
        }

        return uri;
    }

    public void ThrowIfAnyMissing()
    {
        if (_missing.Count > 0)
        {
            throw new MissingConfigurationException([.. _missing]);
        }
    }
}
