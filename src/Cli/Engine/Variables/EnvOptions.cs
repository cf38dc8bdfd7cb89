namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>Everything one <c>ssot-check env</c> run was asked to do.</summary>
internal sealed record EnvOptions
{
    /// <summary>The solution, project or folder as the user wrote it; null means the current folder.</summary>
    public string? Path { get; init; }

    public string? ConfigPath { get; init; }

    /// <summary>The deployment manifests to check (<c>--manifest</c>, repeatable), as the user wrote them.</summary>
    public IReadOnlyList<string> Manifests { get; init; } = Array.Empty<string>();

    public bool Restore { get; init; } = true;

    /// <summary>MSBuild global properties for restore and load (<c>-p:TargetFrameworks=net10.0</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
