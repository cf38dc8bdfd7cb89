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
    /// The load, compilation and analysis of the variants the selector chooses, given the issues of the restore
    /// already run (null: none ran, restore as the options say).
    /// </param>
    public static async Task<(AnalysisResult Analysis, CacheUpdate? Update, CacheReuse Reuse)> RunAsync(
        CheckOptions options,
        ResolvedInput input,
        string? configPath,
        SsotConfig config,
        string configDigest,
        string currentDirectory,
        IProgress<string>? progress,
        Func<IReadOnlyList<LoadIssue>?, VariantSelector, CancellationToken, Task<AnalysisRun>> analyze,
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

        var lookup = AnalysisCache.Lookup(file, key, cancellationToken);
        progress?.Report(lookup.Note);
        if (lookup.Hit is { } hit)
        {
            return (hit with { Input = display }, null, Nothing);
        }

        // A fresh clone has no restore output yet: restore, then look again (the restore output and the files it
        // generates are part of the key), before paying for a load.
        IReadOnlyList<LoadIssue>? restoreIssues = null;
        if (options.Restore)
        {
            progress?.Report($"Restoring {Path.GetFileName(input.Path)}");
            restoreIssues = (await Restorer.RestoreAsync(MsBuildRegistration.DotnetExecutable(msbuild), input, options.Properties, cancellationToken)).ToList();
            lookup = AnalysisCache.Lookup(file, key, cancellationToken);
            progress?.Report(lookup.Note);
            if (lookup.Hit is { } restoredHit)
            {
                return (restoredHit with { Input = display }, null, Nothing);
            }
        }

        var started = DateTime.UtcNow;
        var reuse = new ProjectReuse(lookup.Variants, config, configDigest, progress, cancellationToken);
        using var run = await analyze(restoreIssues, reuse.Select, cancellationToken);
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
        var update = AnalysisCache.Entry(file, key, files, folders, result, reuse.Entries(complete), started);
        if (update is null)
        {
            progress?.Report("Cache not written: a file it depends on changed during the run");
        }

        return (result, update, reuse.Counts);
    }

    /// <summary>A whole hit: nothing loaded, compiled or analyzed.</summary>
    private static readonly CacheReuse Nothing = new(0, 0, 0, 0);

    /// <summary>The dotnet folder of the SDK (MSBuildPath is &lt;root&gt;/sdk/&lt;version&gt;/): its files are keyed by the SDK's version.</summary>
    private static string SdkRoot(string msbuildPath)
        => Directory.GetParent(msbuildPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))?.Parent?.FullName ?? msbuildPath;
}
