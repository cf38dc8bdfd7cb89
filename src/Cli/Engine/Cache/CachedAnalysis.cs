using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>An analysis (of the variants the selector chose) with the solution it loaded (its workspace is disposed with it).</summary>
internal sealed record AnalysisRun(SolutionAnalysis Analysis, LoadedSolution Loaded) : IDisposable
{
    public void Dispose() => Loaded.Dispose();
}

/// <summary>
/// The analysis of a run with <c>--cache</c>: from the cache when nothing it depended on changed (no restore, no
/// load, no compilation), else a load and compilation of the solution in which every variant whose inputs are
/// unchanged takes its cached analysis and only the others are analyzed (<see cref="ProjectReuse"/>), and the cache
/// file to write for the next run.
/// </summary>
internal static class CachedAnalysis
{
    /// <param name="configPath">The full path of the ssot.json in use, or null.</param>
    /// <param name="config">The ssot.json in use (an empty one without a file).</param>
    /// <param name="configDigest">The SHA-256 of the text of that ssot.json, or "none" (<see cref="SsotCheck.ConfigDigest"/>).</param>
    /// <param name="analyze">
    /// The load, compilation and analysis of the variants the reuse selects (<see cref="ProjectReuse.Select"/>), its
    /// index built with the reuse's cached contributions (<see cref="IIndexContributionStore"/>), given the issues of
    /// the restore already run (null: none ran, restore as the options say) and the solution built from the cache
    /// (null: load it with MSBuild).
    /// </param>
    public static async Task<(AnalysisResult Analysis, CacheUpdate? Update, CacheReuse Reuse)> RunAsync(
        CheckOptions options,
        ResolvedInput input,
        string? configPath,
        SsotConfig config,
        string configDigest,
        string currentDirectory,
        IProgress<string>? progress,
        Func<IReadOnlyList<LoadIssue>?, LoadedSolution?, ProjectReuse, CancellationToken, Task<AnalysisRun>> analyze,
        CancellationToken cancellationToken)
    {
        var msbuild = MsBuildRegistration.EnsureRegistered();
        var key = CacheKey.For(
            options,
            options.CacheToolIdentity ?? ToolIdentity.Current,
            $"{msbuild.Version} {msbuild.MSBuildPath}",
            input.Path,
            input.Projects,
            configPath);
        string file = AnalysisCache.FileFor(Path.GetFullPath(options.CacheDirectory!, currentDirectory), input.Path);
        string display = SsotCheck.Display(input.Path, currentDirectory);

        var lookup = AnalysisCache.Lookup(file, key, Environment.GetEnvironmentVariables(), cancellationToken);
        progress?.Report(lookup.Note);
        if (lookup.Hit is { } hit)
        {
            return (hit with { Input = display }, null, Nothing);
        }

        var preloaded = FromCache(lookup, progress, cancellationToken);

        // A fresh clone has no restore output yet: restore, then look again (the restore output and the files it
        // generates are part of the key), before paying for a load.
        IReadOnlyList<LoadIssue>? restoreIssues = null;
        if (options.Restore && preloaded is null)
        {
            progress?.Report($"Restoring {Path.GetFileName(input.Path)}");
            restoreIssues = (await Restorer.RestoreAsync(MsBuildRegistration.DotnetExecutable(msbuild), input, options.Properties, cancellationToken)).ToList();
            lookup = AnalysisCache.Lookup(file, key, Environment.GetEnvironmentVariables(), cancellationToken);
            progress?.Report(lookup.Note);
            if (lookup.Hit is { } restoredHit)
            {
                return (restoredHit with { Input = display }, null, Nothing);
            }
        }

        var started = DateTime.UtcNow;
        var reuse = new ProjectReuse(lookup.Variants, config, configDigest, input.RootDirectory, progress, cancellationToken);
        using var run = await analyze(restoreIssues, preloaded, reuse, cancellationToken);
        var complete = reuse.Complete(run.Analysis);
        var result = SolutionChecker.Assemble(complete);
        var (files, folders) = CacheInputs.Collect(
            run.Loaded.Solution,
            run.Loaded.Facts,
            input.Path,
            input.Projects,
            configPath,
            SdkRoot(msbuild.MSBuildPath),
            cancellationToken);
        var load = preloaded is not null
            ? (lookup.Load, null)
            : LoadRecorder.Take(run.Loaded, (restoreIssues ?? Array.Empty<LoadIssue>()).Concat(run.Loaded.Issues).ToList(), configPath, cancellationToken);
        if (load.Refusal is { } refusal)
        {
            progress?.Report($"Cache load not recorded: {refusal}");
        }

        var variables = EnvironmentReads.Take(EnvironmentReads.EvaluatedFiles(run.Loaded.Facts.Values), Environment.GetEnvironmentVariables());
        var update = AnalysisCache.Entry(file, key, files, folders, result, reuse.Entries(complete), load, variables, started);
        if (update is null)
        {
            progress?.Report("Cache not written: a file it depends on changed during the run");
        }

        var counts = reuse.Counts with
        {
            Loaded = preloaded is null ? 1 : 0,
            ProjectsFromCache = preloaded is null ? 0 : preloaded.Solution.ProjectIds.Count,
        };
        return (result, update, counts);
    }

    /// <summary>
    /// The solution built from the load the entry recorded when only source contents changed since
    /// (<see cref="LoadReuse"/>), or null, with a line saying which happened when the entry matched but files changed.
    /// </summary>
    private static LoadedSolution? FromCache(CacheLookup lookup, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        string? obstacle = LoadReuse.Obstacle(lookup);
        if (obstacle is null)
        {
            var (loaded, missing) = CachedSolutionLoader.Load(lookup.Load!, cancellationToken);
            if (loaded is not null)
            {
                progress?.Report($"Cache loaded {loaded.Solution.ProjectIds.Count} project(s) from the cache (no MSBuild)");
                return loaded;
            }

            obstacle = missing;
        }

        if (lookup.Changed.Count > 0 || lookup.ChangedFolders.Count > 0 || lookup.ChangedVariables.Count > 0)
        {
            progress?.Report($"Cache loading with MSBuild: {obstacle}"); // else the miss itself said why
        }

        return null;
    }

    /// <summary>A whole hit: nothing loaded, compiled or analyzed.</summary>
    private static readonly CacheReuse Nothing = new(0, 0, 0, 0);

    /// <summary>The dotnet folder of the SDK (MSBuildPath is &lt;root&gt;/sdk/&lt;version&gt;/): its files are keyed by the SDK's version.</summary>
    private static string SdkRoot(string msbuildPath)
        => Directory.GetParent(msbuildPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))?.Parent?.FullName ?? msbuildPath;
}
