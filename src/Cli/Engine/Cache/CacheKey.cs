using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// What a cached analysis was computed with apart from the files it read: the tool (its version and the identity of
/// its and the analyzers' assemblies), the SDK whose MSBuild loaded the solution, the input and the options that
/// change the analysis. Any difference makes the entry unusable; <see cref="Difference"/> says which one.
/// </summary>
/// <param name="Format">The layout of the cache file (<see cref="AnalysisCache.Format"/>).</param>
/// <param name="Tool">The tool's identity (<see cref="ToolIdentity"/>).</param>
/// <param name="Sdk">The MSBuild version and folder the run registered.</param>
/// <param name="Input">The full path of the solution, filter, project or folder analyzed.</param>
/// <param name="Projects">The project files the input lists (a folder's are found on disk), full paths.</param>
/// <param name="Config">The full path of the ssot.json used, or null when there was none.</param>
/// <param name="Properties">The MSBuild global properties as <c>name=value</c>, sorted.</param>
internal sealed record CacheKey(
    int Format,
    string Tool,
    string Sdk,
    string Input,
    IReadOnlyList<string> Projects,
    string? Config,
    bool Restore,
    bool AllTargetFrameworks,
    IReadOnlyList<string> Properties)
{
    /// <summary>The key of a run with these options.</summary>
    public static CacheKey For(CheckOptions options, string tool, string sdk, string input, IEnumerable<string> projects, string? config)
        => new(
            AnalysisCache.Format,
            tool,
            sdk,
            input,
            projects.Order(StringComparer.Ordinal).ToList(),
            config,
            options.Restore,
            options.AllTargetFrameworks,
            options.Properties
                .Select(p => $"{p.Key}={p.Value}")
                .Order(StringComparer.Ordinal)
                .ToList());

    /// <summary>Why an entry made with <paramref name="cached"/> does not serve this key, or null when it does.</summary>
    public string? Difference(CacheKey cached)
    {
        if (cached.Format != Format)
        {
            return $"its format is {cached.Format}, this tool reads {Format}";
        }

        if (cached.Tool != Tool)
        {
            return $"it was written by ssot-check {cached.Tool}, this is {Tool}";
        }

        if (cached.Sdk != Sdk)
        {
            return $"it was written with MSBuild {cached.Sdk}, this run uses {Sdk}";
        }

        if (cached.Input != Input || cached.Config != Config)
        {
            return "it is of another input or ssot.json";
        }

        if (!cached.Projects.SequenceEqual(Projects, StringComparer.Ordinal))
        {
            return "the input lists other projects";
        }

        if (cached.Restore != Restore || cached.AllTargetFrameworks != AllTargetFrameworks || !cached.Properties.SequenceEqual(Properties, StringComparer.Ordinal))
        {
            return "the options that change the analysis (-p, --no-restore, --all-target-frameworks) differ";
        }

        return null;
    }
}
