using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The check pipeline: resolve the input, read ssot.json, register MSBuild, restore, load, analyze, score and
/// gate. Returns data; throws <see cref="SsotCheckException"/> with a <see cref="CheckFailure"/> for user errors and
/// load failures (only Commands/ maps them to exit codes).
/// </summary>
internal static class SsotCheck
{
    public static string ToolVersion { get; } =
        typeof(SsotCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<CheckReport> RunAsync(CheckOptions options, string currentDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var input = InputResolver.Resolve(options.Path, currentDirectory);
        var (config, configText) = LoadConfig(options, input, currentDirectory);

        AnalysisResult analysis;
        CacheUpdate? cacheUpdate = null;
        if (options.CacheDirectory is null)
        {
            using var run = await AnalyzeAsync(options, input, config, configText, restoreIssues: null, currentDirectory, progress, cancellationToken);
            analysis = run.Analysis;
        }
        else
        {
            (analysis, cacheUpdate) = await CachedAnalysis.RunAsync(
                options,
                input,
                config?.Path,
                currentDirectory,
                progress,
                (restoreIssues, token) => AnalyzeAsync(options, input, config, configText, restoreIssues, currentDirectory, progress, token),
                cancellationToken);
        }

        if (analysis.Projects.IsEmpty)
        {
            throw new SsotCheckException(
                CheckFailure.LoadFailed,
                "No project could be analyzed." + List(analysis.LoadIssues));
        }

        if (options.MissionOnly)
        {
            analysis = analysis with { Findings = analysis.Findings.Where(f => f.MissionCritical).ToImmutableArray() };
        }

        analysis = analysis with { LoadIssues = analysis.LoadIssues.AddRange(SolutionChecker.HeldBackIssues(analysis.Findings)) };
        var score = ScoreCalculator.Compute(analysis.Files, analysis.Findings);
        var coverage = CoverageCalculator.Compute(analysis, SolutionProjects(input), FilesNotAnalyzed(input, analysis, config));
        var baseline = CompareWithBaseline(options, analysis.Findings, currentDirectory);
        var thresholds = config?.Config.Thresholds ?? Thresholds.Default;
        var criteria = new GateCriteria(options.MissionOnly, options.MinScore ?? thresholds.Overall, thresholds.Mission, thresholds.Coverage, options.FailOnIncomplete);
        var gate = Gate.Evaluate(score, coverage, criteria, baseline, options.FailOnStale);
        return new CheckReport(ToolVersion, analysis, score, coverage, gate, options.MissionOnly, baseline, ImmutableArray<HistoryPoint>.Empty) { CacheUpdate = cacheUpdate };
    }

    /// <summary>
    /// Restores (as the options say, unless <paramref name="restoreIssues"/> says a restore already ran), loads,
    /// compiles and analyzes; the caller disposes the loaded solution.
    /// </summary>
    private static async Task<AnalysisRun> AnalyzeAsync(
        CheckOptions options,
        ResolvedInput input,
        SsotConfigFile? config,
        SourceText? configText,
        IReadOnlyList<LoadIssue>? restoreIssues,
        string currentDirectory,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var (loaded, issues) = await OpenAsync(input, options.Restore && restoreIssues is null, options.Properties, currentDirectory, progress, cancellationToken, restoreIssues);
        var checker = new SolutionChecker(AnalyzerCatalog.CreateAll(), config, configText, input.RootDirectory);
        try
        {
            var analysis = await checker.CheckAsync(Display(input.Path, currentDirectory), loaded.Solution, input.Projects.ToList(), issues, progress, cancellationToken, loaded.Facts, options.AllTargetFrameworks);
            return new AnalysisRun(analysis, loaded);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
    }

    /// <summary>The C# projects the input lists, relative to its folder (the denominator of project coverage).</summary>
    private static HashSet<string> SolutionProjects(ResolvedInput input)
        => input.Projects
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(p => ReportPaths.Relative(input.RootDirectory, p))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The hand-written files on disk of the listed projects that were not analyzed.</summary>
    private static IReadOnlySet<string> FilesNotAnalyzed(ResolvedInput input, AnalysisResult analysis, SsotConfigFile? config)
    {
        var analyzed = analysis.AnalyzedProjects.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var missing = input.Projects
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && !analyzed.Contains(ReportPaths.Relative(input.RootDirectory, p)));
        return SourceCensus.FilesOf(missing, config, input.RootDirectory);
    }

    /// <summary>
    /// Splits the findings by the baseline: the file's, or with --update-baseline the one the command layer writes
    /// after the run (compared here from the same text, so the run reports what the new file says).
    /// </summary>
    private static BaselineComparison? CompareWithBaseline(CheckOptions options, ImmutableArray<Finding> findings, string currentDirectory)
    {
        if (options.BaselinePath is null)
        {
            return null;
        }

        string path = Path.GetFullPath(options.BaselinePath, currentDirectory);
        string display = Display(path, currentDirectory);
        if (options.UpdateBaseline)
        {
            return Baseline.Compare(display, findings, Baseline.Parse(Baseline.Write(findings, ToolVersion), display));
        }

        if (!File.Exists(path))
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"baseline '{display}' does not exist; create it with --baseline {display} --update-baseline.");
        }

        return Baseline.Compare(display, findings, Baseline.Read(path, display));
    }

    /// <summary>
    /// Registers MSBuild, restores unless told not to, and loads; throws (exit 3) when no project loads.
    /// <paramref name="restoreIssues"/>: what a restore run before said, reported first.
    /// </summary>
    internal static async Task<(LoadedSolution Loaded, List<LoadIssue> Issues)> OpenAsync(
        ResolvedInput input,
        bool restore,
        IReadOnlyDictionary<string, string> properties,
        string currentDirectory,
        IProgress<string>? progress,
        CancellationToken cancellationToken,
        IEnumerable<LoadIssue>? restoreIssues = null)
    {
        var msbuild = MsBuildRegistration.EnsureRegistered();
        progress?.Report($"MSBuild {msbuild.Version} at {msbuild.MSBuildPath}");
        var issues = new List<LoadIssue>(restoreIssues ?? Array.Empty<LoadIssue>());
        if (restore)
        {
            progress?.Report($"Restoring {Path.GetFileName(input.Path)}");
            issues.AddRange(await Restorer.RestoreAsync(MsBuildRegistration.DotnetExecutable(msbuild), input, properties, cancellationToken));
        }

        progress?.Report($"Loading {Path.GetFileName(input.Path)}");
        var loaded = await SolutionLoader.LoadAsync(input, properties, progress, cancellationToken);
        issues.AddRange(loaded.Issues);
        if (!loaded.Solution.Projects.Any())
        {
            loaded.Dispose();
            throw new SsotCheckException(
                CheckFailure.LoadFailed,
                $"No project of '{Display(input.Path, currentDirectory)}' could be loaded." + List(issues));
        }

        return (loaded, issues);
    }

    private static (SsotConfigFile? File, SourceText? Text) LoadConfig(CheckOptions options, ResolvedInput input, string currentDirectory)
    {
        string? path = options.ConfigPath is null
            ? ConfigLocator.FindUpward(input.RootDirectory)
            : Path.GetFullPath(options.ConfigPath, currentDirectory);
        if (path is null)
        {
            return (null, null);
        }

        var (file, text) = ConfigLocator.Load(path, Display(path, currentDirectory));
        return (file, text);
    }

    /// <summary>Load issues as indented lines under an error message.</summary>
    internal static string List(IEnumerable<LoadIssue> issues)
        => string.Concat(issues.Select(i => Environment.NewLine + $"  {i.Severity}: {i.Message}"));

    /// <summary>
    /// The display path for messages to the user: relative to the directory they ran the tool from, with <c>/</c>
    /// separators, or the full path when it is not under that directory.
    /// </summary>
    public static string Display(string path, string currentDirectory)
    {
        string relative = Path.GetRelativePath(currentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
