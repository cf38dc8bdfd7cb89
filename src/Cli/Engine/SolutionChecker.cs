using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using AnalysisResult = Netra.Ssot.Cli.Model.AnalysisResult;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Runs the SSOT analyzers over every project of a loaded solution and gathers scored files and findings. Each
/// source file counts once, even when a project targets several frameworks (the variants' findings are merged);
/// a project that cannot compile is named as a load issue instead of silently scoring its files.
/// </summary>
internal sealed class SolutionChecker
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly HashSet<string> _ruleIds;
    private readonly SsotConfigFile _config;
    private readonly bool _hasConfigFile;
    private readonly AdditionalText _configText;
    private readonly ImmutableDictionary<string, string> _hostOptions;
    private readonly string _root;

    public SolutionChecker(ImmutableArray<DiagnosticAnalyzer> analyzers, SsotConfigFile? config, SourceText? configText, string rootDirectory)
    {
        _analyzers = analyzers;
        _ruleIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // Without ssot.json the rules that need no configuration still run, on an empty one at the root.
        _hasConfigFile = config is not null;
        _config = config ?? SsotConfigFile.Absent(rootDirectory);
        _configText = new LoadedAdditionalText(_config.Path, configText ?? SourceText.From("{}"));
        // The analyzers take the file named here whatever its name (--config ci-ssot.json), as in a build with SsotConfigFile.
        // The host is named explicitly (build_property.SsotHost = ssot-check) for the rules that only run here.
        _hostOptions = ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer)
            .Add(SsotConfigCache.ConfigFileProperty, _config.Path)
            .Add(SsotCompilationContext.HostProperty, SsotCompilationContext.SsotCheckHost);
        _root = rootDirectory;
    }

    /// <summary>How many variants are analyzed side by side (one per core; a test sets 1 to know which are done).</summary>
    internal int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Compiles every requested project and builds the whole-solution index, then runs the analyzers on the variants
    /// <paramref name="analyze"/> chooses (all of them when null; a shard's projects with --shard). What is known
    /// without the analysis pass (projects, scored files, load issues) is always the whole solution's. The caller's
    /// <paramref name="solution"/> stays reachable during the analysis, and with it every compilation (the workspace
    /// keeps them): <see cref="PlanAsync"/>, then let the solution go, then the analysis, does not.
    /// </summary>
    /// <param name="requestedProjects">The project files to score; other loaded projects are only dependencies.</param>
    /// <param name="facts">What MSBuild evaluation found about the requested projects (<see cref="LoadedSolution.Facts"/>).</param>
    /// <param name="allTargetFrameworks">Analyze every target framework (<see cref="TargetFrameworkVariants"/>).</param>
    /// <param name="analyze">Given the compiled solution, which variants to analyze (by position), or null for all.</param>
    public async Task<SolutionAnalysis> AnalyzeAsync(
        string input,
        Solution solution,
        IReadOnlyCollection<string> requestedProjects,
        IEnumerable<LoadIssue> loadIssues,
        IProgress<string>? progress,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, ProjectFacts>? facts = null,
        bool allTargetFrameworks = false,
        VariantSelector? analyze = null)
        => await AnalyzeAsync(
            input,
            await PlanAsync(solution, requestedProjects, loadIssues, progress, facts, allTargetFrameworks, analyze, cancellationToken),
            progress,
            cancellationToken);

    /// <summary>
    /// Pass 2 over the plan of pass 1 (<see cref="PlanAsync"/>): the analyzers on the chosen variants, each
    /// variant's compilation let go once its analysis is done. Nothing here holds the workspace or its solution: a
    /// caller that lets them go after planning keeps only the compilations still to analyze (and those they reference).
    /// </summary>
    public async Task<SolutionAnalysis> AnalyzeAsync(string input, AnalysisPlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var outcomes = await AnalyzeVariantsAsync(plan, progress, cancellationToken);
        return new SolutionAnalysis(
            input,
            _root,
            _hasConfigFile ? Relative(_config.Path) : null,
            plan.ProjectNames,
            plan.Files,
            plan.Issues,
            outcomes,
            plan.CompiledProjects);
    }

    /// <summary>
    /// Pass 2: the analyzers, one driver pass per variant for the compiler's diagnostics and the analyzers'.
    /// Variants run side by side (one driver rarely keeps every core busy); their results are kept in variant
    /// order, so the report does not depend on which finished first. Each variant's compilation is let go as soon as
    /// its analysis is done (<see cref="AnalysisPlan.Take"/>).
    /// </summary>
    private async Task<ImmutableArray<VariantOutcome>> AnalyzeVariantsAsync(AnalysisPlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var results = new VariantOutcome?[plan.VariantCount];
        int started = 0;
        await Parallel.ForEachAsync(
            plan.Selected,
            new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                // The previous variant's analysis may complete into this one on the same stack (its frames still
                // holding its compilation): start on a turn of the thread pool of its own.
                await Task.Yield();
                var item = plan.Take(i);
                progress?.Report($"Analyzing {item.ProjectName} ({Interlocked.Increment(ref started)}/{plan.Selected.Count})");
                results[i] = await AnalyzeVariantAsync(item, plan, token);
            });
        return results.OfType<VariantOutcome>().ToImmutableArray();
    }

    private async Task<VariantOutcome> AnalyzeVariantAsync(AnalysisUnit item, AnalysisPlan plan, CancellationToken cancellationToken)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<AnalyzerFailure>(); // the exception callback runs concurrently
        var analysis = item.Compilation.WithAnalyzers(
            _analyzers,
            new CompilationWithAnalyzersOptions(
                item.Options,
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(new AnalyzerFailure(analyzer.GetType().Name, item.Name, exception.Message)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

        var own = ImmutableArray.CreateBuilder<LocatedFinding>();
        int compilerErrors = 0;
        foreach (var diagnostic in await analysis.GetAllDiagnosticsAsync(cancellationToken))
        {
            if (diagnostic.Id == "AD0001")
            {
                failures.Enqueue(new AnalyzerFailure(diagnostic.Id, item.Name, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (_ruleIds.Contains(diagnostic.Id))
            {
                var finding = ToFinding(diagnostic, item.Name) with { HeldBack = HeldBackReason(diagnostic.Id, item.Degraded, plan.EnvironmentProblems) };
                own.Add(new LocatedFinding(finding, LineText(diagnostic)));
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                compilerErrors++;
            }
        }

        return new VariantOutcome(
            item.Order,
            item.Name,
            item.Variant,
            item.ProjectPath,
            compilerErrors,
            item.Degraded,
            own.ToImmutable(),
            failures.ToImmutableArray());
    }

    /// <summary>
    /// Pass 1: compiles every requested project, builds the whole-solution index and chooses the variants to analyze;
    /// returns what the analysis pass and the report need, and no <see cref="Project"/> or <see cref="Solution"/>.
    /// </summary>
    /// <param name="requestedProjects">The project files to score; other loaded projects are only dependencies.</param>
    /// <param name="facts">What MSBuild evaluation found about the requested projects (<see cref="LoadedSolution.Facts"/>).</param>
    /// <param name="allTargetFrameworks">Analyze every target framework (<see cref="TargetFrameworkVariants"/>).</param>
    /// <param name="analyze">Given the compiled solution, which variants to analyze (by position), or null for all.</param>
    /// <param name="reuse">
    /// With <c>--cache</c>: the cached compilation facts (a variant whose compilation inputs are unchanged is compiled
    /// only if its contribution or analysis must be computed) and index contributions, and where to keep this run's.
    /// </param>
    public async Task<AnalysisPlan> PlanAsync(
        Solution solution,
        IReadOnlyCollection<string> requestedProjects,
        IEnumerable<LoadIssue> loadIssues,
        IProgress<string>? progress,
        IReadOnlyDictionary<string, ProjectFacts>? facts,
        bool allTargetFrameworks,
        VariantSelector? analyze,
        CancellationToken cancellationToken,
        ProjectReuse? reuse = null)
    {
        var compiled = await ProjectCompiler.CompileAsync(solution, requestedProjects, _config, _root, loadIssues, progress, cancellationToken, facts, allTargetFrameworks, reuse);
        var variants = compiled.Variants;

        // The whole solution's declarations, so rules can relate types across projects (SolutionIndex).
        var index = new SolutionIndexText(
            Path.Combine(_root, "obj", SolutionIndexText.FileName),
            await IndexContributions.BuildAsync(compiled, _config, _root, reuse, cancellationToken));
        var chosen = analyze?.Invoke(compiled, index.Index, _root);
        var selected = Enumerable.Range(0, variants.Count).Where(i => chosen is null || chosen.Contains(i)).ToList();
        var units = new AnalysisUnit?[variants.Count];
        foreach (int i in selected)
        {
            var item = variants[i];
            await item.EnsureCompiledAsync(); // a variant the cache kept uncompiled, whose analysis is not in the cache
            units[i] = new AnalysisUnit(
                i,
                item.Project.Name,
                item.Name,
                item.Variant,
                Relative(item.Project.FilePath ?? item.Name),
                item.Compilation,
                CreateOptions(item, index, cancellationToken),
                item.Degraded);
        }

        return new AnalysisPlan(
            units,
            selected,
            compiled.EnvironmentProblems.Count == 0 ? null : string.Join("; ", compiled.EnvironmentProblems),
            compiled.ProjectNames.ToImmutableArray(),
            compiled.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray(),
            compiled.Issues.ToImmutableArray(),
            variants.Select(v => Relative(v.Project.FilePath ?? v.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>
    /// The analysis of the solution from its parts (a whole run's, or the union of every shard's): findings merged
    /// in variant order (a finding several variants or projects report counts once, for the first), per-project
    /// compiler errors, load issues and fingerprints. The same code for a whole run and a merge of shards.
    /// </summary>
    public static AnalysisResult Assemble(SolutionAnalysis analysis)
    {
        var issues = new List<LoadIssue>(analysis.LoadIssues);
        var findings = new Dictionary<(string, string, int, int, string), LocatedFinding>();

        // Per project (its target-framework variants summed): its file, compiler errors and degraded environment.
        var analyzedProjects = new SortedDictionary<string, (string Path, int Errors, string? Degraded)>(StringComparer.Ordinal);
        foreach (var item in analysis.Variants.OrderBy(v => v.Order))
        {
            var known = analyzedProjects.GetValueOrDefault(item.Name);
            analyzedProjects[item.Name] = (item.ProjectPath, known.Errors + item.CompilerErrors, known.Degraded ?? item.Degraded);
            foreach (var located in item.Findings)
            {
                var finding = located.Finding;
                findings.TryAdd((finding.Id, finding.File, finding.Line, finding.Column, finding.Message), located);
            }

            if (item.CompilerErrors > 0)
            {
                issues.Add(new LoadIssue("warning", item.Name, $"{item.Variant} has {item.CompilerErrors} compiler error(s); findings in its files may be incomplete."));
            }
        }

        foreach (var file in analysis.Files.Where(f => !f.Analyzed).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            issues.Add(new LoadIssue("warning", file.Project, $"{file.Path}{file.ParseError}, so it counts as not compliant and not analyzed."));
        }

        return new AnalysisResult(
            analysis.Input,
            analysis.RootDirectory,
            analysis.ConfigFile,
            analysis.Projects,
            analysis.Files,
            Fingerprints.Assign(findings.Values
                .OrderBy(f => f.Finding.File, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.Line)
                .ThenBy(f => f.Finding.Column)
                .ThenBy(f => f.Finding.Id, StringComparer.Ordinal)
                .Select(f => (f.Finding, f.LineText))
                .ToImmutableArray()),
            issues.Distinct().ToImmutableArray(),
            analysis.Variants.SelectMany(v => v.Failures).Distinct()
                .OrderBy(f => f.Project, StringComparer.Ordinal)
                .ThenBy(f => f.Analyzer, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray(),
            analyzedProjects.Select(p => new AnalyzedProject(p.Key, p.Value.Path, p.Value.Errors, p.Value.Degraded)).ToImmutableArray());
    }

    /// <summary>
    /// Why a finding is held back, or null: its rule is environment-sensitive and its project is degraded, or, for
    /// a solution-wide finding located in ssot.json (SSOT0002: "matches nothing in the solution"), any requested
    /// project is degraded or was not analyzed (<paramref name="environmentProblems"/>, joined, or null when none).
    /// </summary>
    private static string? HeldBackReason(string id, string? degraded, string? environmentProblems)
    {
        if (RuleCatalog.Find(id)?.EnvironmentSensitive != true)
        {
            return null;
        }

        return id == RuleIdentifiers.StaleConfigEntry ? environmentProblems : degraded;
    }

    /// <summary>
    /// One warning per reason: how many findings of which rules are held back, and why. Added by the pipeline to the
    /// findings it reports (all of them, or the mission-critical ones under --mission-only).
    /// </summary>
    internal static IEnumerable<LoadIssue> HeldBackIssues(IEnumerable<Finding> findings)
        => findings
            .Where(f => f.HeldBack is not null)
            .GroupBy(f => f.HeldBack!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LoadIssue(
                "warning",
                null,
                $"{g.Count()} finding(s) of {string.Join(", ", g.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal))} held back because {g.Key}; "
                    + "the environment may be their cause, so they do not count until it is fixed."));

    /// <summary>
    /// The project's analyzer options with ssot.json as the one config additional file (and the solution index),
    /// copied out of the workspace (<see cref="DetachedAnalyzerOptions"/>).
    /// </summary>
    private AnalyzerOptions CreateOptions(ProjectVariant item, AdditionalText? index, CancellationToken cancellationToken)
    {
        var own = item.Project.AnalyzerOptions.AdditionalFiles
            .Where(f => !string.Equals(Path.GetFileName(f.Path), SsotConfigParser.FileName, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(PathUtilities.Normalize(f.Path), _config.Path, StringComparison.OrdinalIgnoreCase));
        var host = new HostAnalyzerConfigOptions(item.Options, _hostOptions);
        var config = index is null ? new[] { _configText } : new[] { _configText, index };
        return DetachedAnalyzerOptions.Of(own, host, item.Compilation, config, cancellationToken);
    }

    private Finding ToFinding(Diagnostic diagnostic, string project)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new Finding(
            diagnostic.Id,
            SeverityName(diagnostic.Severity),
            SsotDiagnostic.IsMissionCritical(diagnostic),
            span.Path is { Length: > 0 } path ? Relative(path) : string.Empty,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            project,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.AdditionalLocations
                .Select(l => l.GetLineSpan())
                .Where(l => l.IsValid)
                .Select(l => new RelatedLocation(Relative(l.Path), l.StartLinePosition.Line + 1, l.StartLinePosition.Character + 1))
                .ToImmutableArray(),
            Fingerprint: string.Empty); // known once all findings are (Fingerprints.Assign)
    }

    /// <summary>The trimmed text of the diagnostic's first line (source file or ssot.json).</summary>
    private string LineText(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        SourceText? text = diagnostic.Location.SourceTree?.GetText()
            ?? (PathUtilities.Normalize(span.Path) == _config.Path ? _configText.GetText() : null);
        int line = span.StartLinePosition.Line;
        return text is not null && line < text.Lines.Count ? text.Lines[line].ToString().Trim() : string.Empty;
    }

    private string Relative(string path) => ReportPaths.Relative(_root, path);

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private sealed class LoadedAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
