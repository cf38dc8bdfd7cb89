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
        if (options.CacheDirectory is not null)
        {
            return await RunCachedAsync(options, currentDirectory, progress, cancellationToken);
        }

        var run = await AnalyzeAsync(options, currentDirectory, progress, cancellationToken);
        return Judge(options, SolutionChecker.Assemble(run.Analysis), run.Coverage, run.Thresholds, currentDirectory);
    }

    /// <summary>
    /// A run with <c>--cache</c>: the analysis from the cache when nothing it depended on changed (no restore, load or
    /// compilation), else a load and compilation that analyzes only the projects whose inputs changed, and the cache
    /// file for the command layer to write. The verdict is judged
    /// again either way, with this run's options.
    /// </summary>
    private static async Task<CheckReport> RunCachedAsync(CheckOptions options, string currentDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var input = InputResolver.Resolve(options.Path, currentDirectory);
        var (config, configText) = LoadConfig(options, input, currentDirectory);
        var (analysis, update, reuse) = await CachedAnalysis.RunAsync(
            options,
            input,
            config?.Path,
            (config ?? SsotConfigFile.Absent(input.RootDirectory)).Config,
            ConfigDigest(configText),
            currentDirectory,
            progress,
            async (restoreIssues, preloaded, reuse, token) =>
            {
                var (run, loaded) = await AnalyzeLoadedAsync(options, currentDirectory, progress, reuse.Select, restoreIssues, keepLoaded: true, token, preloaded, reuse);
                return new AnalysisRun(run.Analysis, loaded!);
            },
            cancellationToken);

        // A whole run analyzes every compiled project, so the analyzed projects are the compiled ones.
        var coverage = new CoverageInputs(
            SolutionProjects(input).Order(StringComparer.Ordinal).ToImmutableArray(),
            FilesNotAnalyzed(input, analysis.AnalyzedProjects.Select(p => p.Path).ToImmutableArray(), config).Order(StringComparer.Ordinal).ToImmutableArray());
        return Judge(options, analysis, coverage, config?.Config.Thresholds ?? Thresholds.Default, currentDirectory) with { CacheUpdate = update, CacheReuse = reuse };
    }

    /// <summary>
    /// Everything up to the gate's data: resolve the input, read ssot.json, restore, load, compile, index and analyze
    /// (every variant, or those <paramref name="analyze"/> chooses: a shard's). Throws (exit 3) when no project could be analyzed.
    /// </summary>
    internal static async Task<SolutionRun> AnalyzeAsync(
        CheckOptions options,
        string currentDirectory,
        IProgress<string>? progress,
        CancellationToken cancellationToken,
        VariantSelector? analyze = null)
    {
        var (run, _) = await AnalyzeLoadedAsync(options, currentDirectory, progress, analyze, restoreIssues: null, keepLoaded: false, cancellationToken);
        return run;
    }

    /// <summary>
    /// <see cref="AnalyzeAsync"/>, with the loaded solution left open for the caller to dispose when
    /// <paramref name="keepLoaded"/> (the cache records the files it read), else closed and let go before the
    /// analysis pass (the workspace disposed after it), so that each compilation can be collected once its project
    /// is analyzed (the loaded solution keeps every compilation made from it: <see cref="LoadedSolution.CloseSolution"/>). <paramref name="restoreIssues"/>: what a restore already run said
    /// (null: restore as the options say). <paramref name="preloaded"/>: the solution the cache built (no restore,
    /// no MSBuild load), or null.
    /// <paramref name="reuse"/>: with <c>--cache</c>, the cache's compilation facts and index contributions (<see cref="ProjectReuse"/>), or null.
    /// </summary>
    private static async Task<(SolutionRun Run, LoadedSolution? Loaded)> AnalyzeLoadedAsync(
        CheckOptions options,
        string currentDirectory,
        IProgress<string>? progress,
        VariantSelector? analyze,
        IReadOnlyList<LoadIssue>? restoreIssues,
        bool keepLoaded,
        CancellationToken cancellationToken,
        LoadedSolution? preloaded = null,
        ProjectReuse? reuse = null)
    {
        var input = InputResolver.Resolve(options.Path, currentDirectory);
        var (config, configText) = LoadConfig(options, input, currentDirectory);
        var checker = new SolutionChecker(AnalyzerCatalog.CreateAll(), config, configText, input.RootDirectory);
        AnalysisPlan plan;
        LoadedSolution? loaded;
        (plan, loaded) = await PlanAsync(checker, options, input, currentDirectory, progress, analyze, restoreIssues, preloaded, reuse, cancellationToken);
        preloaded = null;
        Microsoft.CodeAnalysis.Workspace? workspace = null;
        if (!keepLoaded)
        {
            // Nothing below needs the solution: let it go (the workspace is disposed once the analysis is done).
            workspace = loaded.Workspace;
            loaded.CloseSolution();
            loaded = null;
        }

        SolutionAnalysis analysis;
        try
        {
            if (plan.ProjectNames.IsEmpty)
            {
                throw new SsotCheckException(
                    CheckFailure.LoadFailed,
                    "No project could be analyzed." + List(plan.Issues));
            }

            analysis = await checker.AnalyzeAsync(Display(input.Path, currentDirectory), plan, progress, cancellationToken);
        }
        catch
        {
            loaded?.Dispose();
            throw;
        }
        finally
        {
            workspace?.Dispose();
        }

        var coverage = new CoverageInputs(
            SolutionProjects(input).Order(StringComparer.Ordinal).ToImmutableArray(),
            FilesNotAnalyzed(input, analysis.CompiledProjects, config).Order(StringComparer.Ordinal).ToImmutableArray());
        return (new SolutionRun(analysis, coverage, config?.Config.Thresholds ?? Thresholds.Default, config?.Path, ConfigDigest(configText)), loaded);
    }

    /// <summary>Restores and loads (or takes the cache's solution), then compiles, indexes and chooses (<see cref="SolutionChecker.PlanAsync"/>).</summary>
    private static async Task<(AnalysisPlan Plan, LoadedSolution Loaded)> PlanAsync(
        SolutionChecker checker,
        CheckOptions options,
        ResolvedInput input,
        string currentDirectory,
        IProgress<string>? progress,
        VariantSelector? analyze,
        IReadOnlyList<LoadIssue>? restoreIssues,
        LoadedSolution? preloaded,
        ProjectReuse? reuse,
        CancellationToken cancellationToken)
    {
        var (loaded, issues) = preloaded is not null
            ? (preloaded, preloaded.Issues.ToList())
            : await OpenAsync(input, options.Restore && restoreIssues is null, options.Properties, currentDirectory, progress, cancellationToken, restoreIssues);
        try
        {
            var plan = await checker.PlanAsync(loaded.Solution, input.Projects.ToList(), issues, progress, loaded.Facts, options.AllTargetFrameworks, analyze, cancellationToken, reuse);
            return (plan, loaded);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
    }

    /// <summary>
    /// From the analysis to the verdict, the same for a whole run and a merge of shards: --mission-only, held-back
    /// findings, score, coverage, baseline and gate.
    /// </summary>
    internal static CheckReport Judge(CheckOptions options, AnalysisResult analysis, CoverageInputs inputs, Thresholds thresholds, string currentDirectory)
    {
        if (options.MissionOnly)
        {
            analysis = analysis with { Findings = analysis.Findings.Where(f => f.MissionCritical).ToImmutableArray() };
        }

        analysis = analysis with { LoadIssues = analysis.LoadIssues.AddRange(SolutionChecker.HeldBackIssues(analysis.Findings)) };
        var score = ScoreCalculator.Compute(analysis.Files, analysis.Findings);
        var coverage = CoverageCalculator.Compute(analysis, inputs.SolutionProjects, inputs.FilesNotAnalyzed.ToHashSet(StringComparer.Ordinal));
        var baseline = CompareWithBaseline(options, analysis.Findings, currentDirectory);
        var criteria = new GateCriteria(options.MissionOnly, options.MinScore ?? thresholds.Overall, thresholds.Mission, thresholds.Coverage, options.FailOnIncomplete);
        var gate = Gate.Evaluate(score, coverage, criteria, baseline, options.FailOnStale);
        return new CheckReport(ToolVersion, analysis, score, coverage, gate, options.MissionOnly, baseline, ImmutableArray<HistoryPoint>.Empty);
    }

    /// <summary>The SHA-256 of ssot.json's text (what shards and their merge must agree on), or "none" without one.</summary>
    internal static string ConfigDigest(SourceText? configText)
        => configText is null ? "none" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(configText.ToString())));

    /// <summary>The C# projects the input lists, relative to its folder (the denominator of project coverage).</summary>
    private static HashSet<string> SolutionProjects(ResolvedInput input)
        => input.Projects
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(p => ReportPaths.Relative(input.RootDirectory, p))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The hand-written files on disk of the listed projects that were not compiled (so not analyzed).</summary>
    private static IReadOnlySet<string> FilesNotAnalyzed(ResolvedInput input, ImmutableArray<string> compiledProjects, SsotConfigFile? config)
    {
        var analyzed = compiledProjects.ToHashSet(StringComparer.Ordinal);
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
