using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>Runs the check engine over a <see cref="TempSolution"/> with or without its cache and records the progress.</summary>
internal static class CacheRuns
{
    /// <summary>The cache folder of a test solution: hidden, so the C# file listings of its projects ignore it.</summary>
    public static string CacheFolder(TempSolution solution) => Path.Combine(solution.Root, ".ssot-cache");

    /// <summary>A run with the cache; the cache file is written as the command layer would.</summary>
    public static async Task<(CheckReport Report, List<string> Progress)> WithCacheAsync(TempSolution solution, CheckOptions? options = null)
    {
        var progress = new Recorder();
        var report = await SsotCheck.RunAsync(
            (options ?? new CheckOptions()) with { Path = solution.Root, CacheDirectory = CacheFolder(solution) },
            solution.Root,
            progress,
            CancellationToken.None);
        if (report.CacheUpdate is { } update)
        {
            Commands.AnalysisCacheFile.Write(update, progress, CancellationToken.None);
        }

        return (report, progress.Lines);
    }

    /// <summary>A cold run: no cache read or written.</summary>
    public static Task<CheckReport> ColdAsync(TempSolution solution, CheckOptions? options = null)
        => SsotCheck.RunAsync((options ?? new CheckOptions()) with { Path = solution.Root }, solution.Root, progress: null, CancellationToken.None);

    /// <summary>
    /// Edits, runs with the cache and asserts that the run wrote the cache and that its report is a cold run's (the
    /// JSON report compared whole).
    /// </summary>
    public static async Task<(CheckReport Report, List<string> Progress)> EditedAsync(TempSolution solution, Action edit, CheckOptions? options = null)
    {
        edit();
        var (warm, progress) = await WithCacheAsync(solution, options);
        Assert.Equal($"Cache written: {CacheFile(solution)}", CacheLines(progress)[^1]);
        var cold = await ColdAsync(solution, options);
        Assert.Equal(Json(cold), Json(warm));
        return (warm, progress);
    }

    /// <summary>The one cache file of a test solution.</summary>
    public static string CacheFile(TempSolution solution) => Assert.Single(Directory.GetFiles(CacheFolder(solution)));

    /// <summary>A finding as the cache tests compare them: place, rule and project.</summary>
    public static string Describe(Finding f) => $"{f.File}:{f.Line}:{f.Column} {f.Id} [{f.Project}]";

    /// <summary>The JSON report, as --format json writes it.</summary>
    public static string Json(CheckReport report)
    {
        var writer = new StringWriter();
        Reporters.For(ReportFormat.Json).Write(report, writer);
        return writer.ToString();
    }

    /// <summary>The cache lines of the progress (hits, misses, notes), without the steps of a load.</summary>
    public static List<string> CacheLines(List<string> progress)
        => progress.Where(l => l.StartsWith("Cache ", StringComparison.Ordinal)).ToList();

    /// <summary>The lines that say which index contributions were computed and why, and how many were reused.</summary>
    public static List<string> IndexLines(List<string> progress)
        => progress.Where(l => l.StartsWith("Index contribution", StringComparison.Ordinal)).ToList();

    /// <summary>Records progress synchronously (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorder : IProgress<string>
    {
        public List<string> Lines { get; } = new();

        public void Report(string value)
        {
            lock (Lines)
            {
                Lines.Add(value);
            }
        }
    }
}
