using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Runs the SSOT analyzers over every project of a loaded solution and gathers scored files and findings. Each
/// source file counts once, even when a project targets several frameworks (the variants' findings are merged);
/// a project that cannot compile is named as a load issue instead of silently scoring its files.
/// </summary>
public sealed class SolutionChecker
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly HashSet<string> _ruleIds;
    private readonly SsotConfigFile? _config;
    private readonly AdditionalText? _configText;
    private readonly string _root;

    public SolutionChecker(ImmutableArray<DiagnosticAnalyzer> analyzers, SsotConfigFile? config, SourceText? configText, string rootDirectory)
    {
        _analyzers = analyzers;
        _ruleIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        _config = config;
        _configText = config is null || configText is null ? null : new LoadedAdditionalText(config.Path, configText);
        _root = rootDirectory;
    }

    /// <param name="requestedProjects">The project files to score; other loaded projects are only dependencies.</param>
    public async Task<AnalysisResult> CheckAsync(
        string input,
        Solution solution,
        IReadOnlyCollection<string> requestedProjects,
        IEnumerable<LoadIssue> loadIssues,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var requested = new HashSet<string>(requestedProjects.Select(PathUtilities.Normalize), StringComparer.OrdinalIgnoreCase);
        var issues = new List<LoadIssue>(loadIssues);
        var files = new Dictionary<string, ScoredFile>(StringComparer.Ordinal);
        var findings = new Dictionary<(string, string, int, int, string), Finding>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<AnalyzerFailure>(); // the exception callback runs concurrently
        var projectNames = new SortedSet<string>(StringComparer.Ordinal);

        var groups = solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp)
            .Where(p => requested.Count == 0 || (p.FilePath is { } path && requested.Contains(PathUtilities.Normalize(path))))
            .GroupBy(p => p.FilePath ?? p.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => ProjectNames.Of(g.First()), StringComparer.Ordinal);
        // Pass 1: compile every project (each variant of a multi-targeted one) and classify its files.
        var variants = new List<ProjectVariant>();
        foreach (var group in groups)
        {
            string name = ProjectNames.Of(group.First());
            foreach (var project in group.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"Compiling {project.Name}");
                var compilation = await project.GetCompilationAsync(cancellationToken);
                string variant = ProjectNames.TargetFramework(project) is { } tfm ? $"{name} ({tfm})" : name;
                if (compilation is null || compilation.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
                {
                    if (!issues.Any(i => i.Severity == "error" && i.Project == name))
                    {
                        // (a load failure already named says more than this empty shell)
                        issues.Add(new LoadIssue("error", name, $"{variant} has no framework references (is it restored? does the SDK have its target framework?); its files were not analyzed."));
                    }

                    continue;
                }

                var options = CreateOptions(project, index: null);
                bool isTestProject = TestProjectDetector.IsTestProject(compilation, options.AnalyzerConfigOptionsProvider.GlobalOptions);
                var projectFiles = AddFiles(project, name, isTestProject, files);
                variants.Add(new ProjectVariant(project, name, variant, compilation, isTestProject, projectFiles));
                projectNames.Add(name);
            }
        }

        // The whole solution's declarations, so rules can relate types across projects (SolutionIndex).
        var index = _config is null ? null : BuildIndex(variants, cancellationToken);

        // Pass 2: the analyzers, one driver pass per variant for the compiler's diagnostics and the analyzers'.
        foreach (var item in variants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"Analyzing {item.Project.Name}");
            var analysis = item.Compilation.WithAnalyzers(
                _analyzers,
                new CompilationWithAnalyzersOptions(
                    CreateOptions(item.Project, index),
                    onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(new AnalyzerFailure(analyzer.GetType().Name, item.Name, exception.Message)),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));

            int compilerErrors = 0;
            foreach (var diagnostic in await analysis.GetAllDiagnosticsAsync(cancellationToken))
            {
                if (diagnostic.Id == "AD0001")
                {
                    failures.Enqueue(new AnalyzerFailure(diagnostic.Id, item.Name, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
                }
                else if (_ruleIds.Contains(diagnostic.Id))
                {
                    var finding = ToFinding(diagnostic, item.Name);
                    findings.TryAdd((finding.Id, finding.File, finding.Line, finding.Column, finding.Message), finding);
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    compilerErrors++;
                }
            }

            if (compilerErrors > 0)
            {
                issues.Add(new LoadIssue("warning", item.Name, $"{item.Variant} has {compilerErrors} compiler error(s); findings in its files may be incomplete."));
            }
        }

        return new AnalysisResult(
            input,
            _root,
            _config is null ? null : Relative(_config.Path),
            projectNames.ToImmutableArray(),
            files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray(),
            findings.Values
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToImmutableArray(),
            issues.Distinct().ToImmutableArray(),
            failures.Distinct().ToImmutableArray());
    }

    /// <summary>
    /// Every variant's source declarations (merged across target frameworks) and the configured type names that
    /// resolve in at least one project, as the text the analyzers read.
    /// </summary>
    private AdditionalText BuildIndex(List<ProjectVariant> variants, CancellationToken cancellationToken)
    {
        var types = new Dictionary<(string, string, string, int), DeclaredType>();
        foreach (var item in variants)
        {
            var context = SsotCompilationContext.Create(_config!, item.IsTestProject);
            foreach (var type in DeclaredTypes.All(item.Compilation, context, tree => item.Files.Contains(tree.FilePath), cancellationToken))
            {
                types.TryAdd((type.Assembly, type.MetadataName, type.Path, type.Span.Start), type);
            }
        }

        var resolvable = _config!.Config.TypeNames()
            .Distinct(StringComparer.Ordinal)
            .Where(name => variants.Any(v => v.Compilation.GetTypeByMetadataName(name) is not null));
        string text = SolutionIndex.Write(types.Values, resolvable);
        return new LoadedAdditionalText(Path.Combine(_root, "obj", SolutionIndex.FileName), SourceText.From(text));
    }

    /// <summary>The project's analyzer options with ssot.json as the one config additional file (and the solution index).</summary>
    private AnalyzerOptions CreateOptions(Project project, AdditionalText? index)
    {
        var additional = project.AnalyzerOptions.AdditionalFiles
            .Where(f => !string.Equals(Path.GetFileName(f.Path), SsotConfigParser.FileName, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(Path.GetFileName(f.Path), SolutionIndex.FileName, StringComparison.OrdinalIgnoreCase));
        if (_configText is not null)
        {
            additional = additional.Append(_configText);
        }

        if (index is not null)
        {
            additional = additional.Append(index);
        }

        return new AnalyzerOptions(additional.ToImmutableArray(), project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
    }

    /// <summary>Adds the project's scored files; returns the full paths of its files that are scored (by it or a sibling variant).</summary>
    private HashSet<string> AddFiles(Project project, string projectName, bool isTestProject, Dictionary<string, ScoredFile> files)
    {
        var projectFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            if (document.FilePath is not { } path || document.SourceCodeKind != SourceCodeKind.Regular || GeneratedFiles.IsGenerated(document))
            {
                continue;
            }

            var kind = SourceFileKind.Of(_config, path, isTestProject);
            if (kind.IsExcluded)
            {
                continue;
            }

            projectFiles.Add(path);
            string relative = Relative(path);
            files.TryAdd(relative, new ScoredFile(relative, projectName, kind.IsTest));
        }

        return projectFiles;
    }

    private Finding ToFinding(Diagnostic diagnostic, string project)
    {
        var span = diagnostic.Location.GetLineSpan();
        bool mission = diagnostic.Properties.TryGetValue(DiagnosticProperties.MissionCritical, out string? flag) && flag == "true"
            || RuleCatalog.Find(diagnostic.Id)?.MissionCritical == true;
        return new Finding(
            diagnostic.Id,
            SeverityName(diagnostic.Severity),
            mission,
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
                .ToImmutableArray());
    }

    private string Relative(string path) => PathUtilities.MakeRelative(_root, path);

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private sealed record ProjectVariant(Project Project, string Name, string Variant, Compilation Compilation, bool IsTestProject, HashSet<string> Files);

    private sealed class LoadedAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
