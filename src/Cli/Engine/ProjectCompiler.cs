using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// One compiled project, or one target framework of a multi-targeted project. With <c>--cache</c>, a variant whose
/// compilation inputs are unchanged (<see cref="Cache.CompilationFacts"/>) is made without compiling it: its
/// <see cref="Compilation"/> is compiled when first asked for (<see cref="EnsureCompiledAsync"/>), and only if the run
/// needs it (its index contribution or its analysis is not in the cache).
/// </summary>
/// <param name="Name">The project's unique display name (<see cref="Engine.ProjectNames"/>).</param>
/// <param name="Options">The analyzer options the project's analyzers see (with the test-project property when evaluation found one).</param>
/// <param name="Degraded">Why the project's environment is degraded (<see cref="EnvironmentHealth"/>), or null.</param>
internal sealed record ProjectVariant(
    Project Project,
    string Name,
    string Variant,
    bool IsTestProject,
    HashSet<string> Files,
    AnalyzerConfigOptionsProvider Options,
    string? Degraded = null)
{
    private Compilation? _compilation;
    private Func<Task<Compilation>>? _compile;

    /// <summary>The variant's compilation; a variant made without compiling is compiled here, when first asked for.</summary>
    public Compilation Compilation
    {
        get => Volatile.Read(ref _compilation) ?? EnsureCompiledAsync().GetAwaiter().GetResult();
        init => _compilation = value;
    }

    /// <summary>How to compile a variant made without compiling it (not set for one compiled when made).</summary>
    public Func<Task<Compilation>>? Compile
    {
        init => _compile = value;
    }

    /// <summary>What compiling it told the run, kept by the cache (null without <c>--cache</c>).</summary>
    public Cache.CompilationFacts? Facts { get; init; }

    /// <summary>Whether its compilation was made (when the variant was, or since).</summary>
    public bool IsCompiled => Volatile.Read(ref _compilation) is not null;

    /// <summary>Compiles a variant made without compiling it, once; returns the compilation.</summary>
    public async Task<Compilation> EnsureCompiledAsync()
    {
        if (Volatile.Read(ref _compilation) is { } compiled)
        {
            return compiled;
        }

        var compilation = await (_compile ?? throw new InvalidOperationException($"{Variant} has neither a compilation nor a way to make one.")).Invoke();
        return Interlocked.CompareExchange(ref _compilation, compilation, null) ?? compilation;
    }
}

/// <summary>The requested projects compiled, their scored files, and what could not be compiled.</summary>
/// <param name="EnvironmentProblems">
/// Why some requested project is degraded, did not load or has no framework references; a solution-wide judgement
/// such as "matches nothing in the solution" (SSOT0002) cannot be trusted while any remain.
/// </param>
internal sealed record CompiledSolution(
    IReadOnlyList<ProjectVariant> Variants,
    IReadOnlyDictionary<string, ScoredFile> Files,
    IReadOnlyList<LoadIssue> Issues,
    IReadOnlyCollection<string> ProjectNames,
    IReadOnlyList<string> EnvironmentProblems);

/// <summary>
/// The first pass of <c>ssot-check</c> and <c>init</c>: compiles every requested project (of a multi-targeted one,
/// the target frameworks <see cref="TargetFrameworkVariants"/> chooses) and classifies its files, counting each file once. A project that cannot compile is
/// named as a load issue instead of silently scoring nothing.
/// </summary>
internal static class ProjectCompiler
{
    /// <summary>What the analyzers of a project that MSBuild says is a test project see, as a build with the package shows them.</summary>
    private static readonly System.Collections.Immutable.ImmutableDictionary<string, string> TestProjectGlobals =
        System.Collections.Immutable.ImmutableDictionary.Create<string, string>(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions.KeyComparer)
            .Add(TestProjectDetector.IsTestProjectProperty, "true");

    /// <param name="requestedProjects">The project files to score; other loaded projects are only dependencies.</param>
    /// <param name="facts">What MSBuild evaluation found about the requested projects, by full path (<see cref="ProjectEvaluator"/>).</param>
    /// <param name="allTargetFrameworks">Compile every target framework of a multi-targeted project, not only those <see cref="TargetFrameworkVariants"/> needs.</param>
    /// <param name="store">With <c>--cache</c>: the cached facts of variants whose compilation inputs are unchanged (made without compiling), and every variant's facts kept.</param>
    public static async Task<CompiledSolution> CompileAsync(
        Solution solution,
        IReadOnlyCollection<string> requestedProjects,
        SsotConfigFile? config,
        string rootDirectory,
        IEnumerable<LoadIssue> loadIssues,
        IProgress<string>? progress,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, ProjectFacts>? facts = null,
        bool allTargetFrameworks = false,
        Cache.ICompilationFactsStore? store = null)
    {
        solution = NullableFlowAnalysis.Skipped(solution);
        var requested = new HashSet<string>(requestedProjects.Select(PathUtilities.Normalize), StringComparer.OrdinalIgnoreCase);
        var issues = new List<LoadIssue>(loadIssues);
        var files = new Dictionary<string, ScoredFile>(StringComparer.Ordinal);
        var projectNames = new SortedSet<string>(StringComparer.Ordinal);
        var variants = new List<ProjectVariant>();
        var environmentProblems = new List<string>();
        var names = ProjectNames.Unique(solution, requestedProjects, rootDirectory);
        var health = new EnvironmentHealth(issues.ToList(), facts, names, solution.Projects.Select(p => p.FilePath).OfType<string>(), rootDirectory);
        var groups = solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp)
            .Where(p => requested.Count == 0 || (p.FilePath is { } path && requested.Contains(PathUtilities.Normalize(path))))
            .GroupBy(ProjectNames.KeyOf, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => ProjectNames.Display(names, g.First()), StringComparer.Ordinal);
        foreach (string missing in requested
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Where(p => !solution.Projects.Any(project => string.Equals(ProjectNames.KeyOf(project), p, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal))
        {
            environmentProblems.Add($"{names[missing]} did not load");
        }

        // First the variants to compile (and, with the cache, those it defers), then their compilations side by side
        // (one per core: the workspace compiles a project several others reference once), then the variants in order.
        var planned = new List<PlannedGroup>();
        foreach (var group in groups)
        {
            string name = ProjectNames.Display(names, group.First());
            string? projectFile = group.First().FilePath;
            var projectFacts = projectFile is not null && facts is not null && facts.TryGetValue(projectFile, out var found) ? found : null;
            string? degraded = projectFile is null ? null : health.DegradedReason(projectFile, name);
            var inOrder = group.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var choice = allTargetFrameworks ? new VariantChoice(inOrder, null) : await TargetFrameworkVariants.ChooseAsync(inOrder, name, projectFacts?.RestoreOutput, cancellationToken);
            var chosen = new List<PlannedVariant>();
            foreach (var project in choice.Variants)
            {
                string variant = ProjectNames.TargetFramework(project) is { } tfm ? $"{name} ({tfm})" : name;
                chosen.Add(new PlannedVariant(project, variant, store?.Lookup(project, variant, projectFacts)));
            }

            planned.Add(new PlannedGroup(name, projectFacts, degraded, choice.Note, chosen));
        }

        var compiling = CompileSideBySide(planned.SelectMany(g => g.Variants).Where(v => v.Known?.Cached is null).Select(v => v.Project), cancellationToken);
        foreach (var group in planned)
        {
            string name = group.Name;
            if (group.Note is { } note)
            {
                issues.Add(new LoadIssue("warning", name, note));
            }

            foreach (var (project, variant, known) in group.Variants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var provider = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
                if (known?.Cached is { } cached)
                {
                    progress?.Report($"Cache defers compiling {variant}: what it compiles is unchanged");
                    bool declaredTest = cached.DeclaredTestProject;
                    var cachedFiles = AddFiles(project, name, cached.IsTestProject, config, rootDirectory, cached.UnanalyzableByFullPath(rootDirectory), files);
                    variants.Add(new ProjectVariant(project, name, variant, cached.IsTestProject, cachedFiles, declaredTest ? WithTestProject(provider) : provider, group.Degraded)
                    {
                        Compile = () => CompileLaterAsync(project, progress, cancellationToken),
                        Facts = cached,
                    });
                    projectNames.Add(name);
                    continue;
                }

                progress?.Report($"Compiling {project.Name}");
                var (compilation, unanalyzable) = await compiling[project.Id];
                if (compilation is null)
                {
                    // A load failure already named says more than this empty shell.
                    if (!issues.Any(i => i.Severity == "error" && i.Project == name))
                    {
                        issues.Add(new LoadIssue("error", name, $"{variant} has no framework references (is it restored? does the SDK have its target framework?); its files were not analyzed."));
                    }

                    environmentProblems.Add($"{variant} has no framework references");
                    continue;
                }

                bool declared = DeclaredTestProject(group.Facts, compilation);
                AnalyzerConfigOptionsProvider options = declared ? WithTestProject(provider) : provider;
                bool isTestProject = TestProjectDetector.IsTestProject(compilation, options.GlobalOptions);
                var projectFiles = AddFiles(project, name, isTestProject, config, rootDirectory, unanalyzable, files);
                variants.Add(new ProjectVariant(project, name, variant, isTestProject, projectFiles, options, group.Degraded)
                {
                    Compilation = compilation,
                    Facts = known is { } inputs
                        ? Cache.CompilationFacts.Of(inputs.Inputs, compilation, declared, isTestProject, unanalyzable, rootDirectory, cancellationToken)
                        : null,
                });
                projectNames.Add(name);
            }

            if (group.Degraded is not null)
            {
                environmentProblems.Add(group.Degraded);
            }
        }

        return new CompiledSolution(variants, files, issues, projectNames, environmentProblems.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>One requested project (all its target frameworks): what is known before compiling it.</summary>
    private sealed record PlannedGroup(string Name, ProjectFacts? Facts, string? Degraded, string? Note, List<PlannedVariant> Variants);

    /// <summary>One variant to compile, or (with the cache) to make from its cached facts (<see cref="Known"/>).</summary>
    private sealed record PlannedVariant(Project Project, string Variant, (string Inputs, Cache.CompilationFacts? Cached)? Known);

    /// <summary>
    /// Starts compiling the projects, one per core, in order: each task gives the compilation without its too-deep
    /// trees and the files that do not parse or nest too deep (full path → located reason), or a null compilation
    /// when it has no framework references (its core library does not bind).
    /// </summary>
    private static Dictionary<ProjectId, Task<(Compilation? Compilation, Dictionary<string, string> Unanalyzable)>> CompileSideBySide(IEnumerable<Project> projects, CancellationToken cancellationToken)
    {
        var slots = new SemaphoreSlim(Environment.ProcessorCount);
        var tasks = new Dictionary<ProjectId, Task<(Compilation?, Dictionary<string, string>)>>();
        foreach (var project in projects)
        {
            tasks[project.Id] = Task.Run(
                async () =>
                {
                    await slots.WaitAsync(cancellationToken);
                    try
                    {
                        var compilation = await project.GetCompilationAsync(cancellationToken);
                        if (compilation is null || compilation.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
                        {
                            return ((Compilation?)null, new Dictionary<string, string>(StringComparer.Ordinal));
                        }

                        var unanalyzable = ParseErrors(compilation);
                        return (DeepSyntax.WithoutTooDeepTrees(compilation, unanalyzable, cancellationToken), unanalyzable);
                    }
                    finally
                    {
                        slots.Release();
                    }
                },
                cancellationToken);
        }

        return tasks;
    }

    /// <summary>
    /// The compilation of a variant made without compiling it (its compilation inputs were unchanged), as
    /// <see cref="CompileAsync"/> makes one: too-deep trees left out (the cached facts already name them).
    /// </summary>
    private static async Task<Compilation> CompileLaterAsync(Project project, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report($"Compiling {project.Name}");
        var compilation = await project.GetCompilationAsync(cancellationToken)
            ?? throw new InvalidOperationException($"{project.Name} has no compilation.");
        return DeepSyntax.WithoutTooDeepTrees(compilation, new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken);
    }

    /// <summary>The project's analyzer options with the test-project property MSBuild evaluation found.</summary>
    private static HostAnalyzerConfigOptions WithTestProject(AnalyzerConfigOptionsProvider provider)
        => new HostAnalyzerConfigOptions(provider, TestProjectGlobals);

    /// <summary>Every source type declared in the scored files, once even when several target frameworks compile it.</summary>
    public static IReadOnlyCollection<DeclaredType> Declarations(CompiledSolution compiled, SsotConfigFile config, CancellationToken cancellationToken)
        => MergeDeclarations(PerVariant(compiled, item => DeclarationsOf(item, config, cancellationToken), cancellationToken));

    /// <summary>The source types one variant declares in its scored files (its part of <see cref="Declarations"/>).</summary>
    public static List<DeclaredType> DeclarationsOf(ProjectVariant item, SsotConfigFile config, CancellationToken cancellationToken)
    {
        var context = SsotCompilationContext.Create(config, item.IsTestProject);
        return DeclaredTypes.All(item.Compilation, context, tree => item.Files.Contains(tree.FilePath), cancellationToken).ToList();
    }

    /// <summary>The variants' declarations (in variant order) merged: a type several target frameworks compile counts once, the first.</summary>
    public static IReadOnlyCollection<DeclaredType> MergeDeclarations(IEnumerable<IEnumerable<DeclaredType>> perVariant)
    {
        var types = new Dictionary<(string, string, string, int), DeclaredType>();
        foreach (var type in perVariant.SelectMany(v => v))
        {
            types.TryAdd((type.Assembly, type.MetadataName, type.Path, type.Span.Start), type);
        }

        return types.Values;
    }

    /// <summary>
    /// The routes every compiled project serves (SSOT4004 judges each project's clients against all of them), from
    /// each variant's (in variant order): a route several target frameworks serve counts once, the first.
    /// </summary>
    public static IReadOnlyCollection<ServedRoute> MergeRoutes(IEnumerable<IEnumerable<ServedRoute>> perVariant)
    {
        var routes = new Dictionary<(string, ServedRouteKind, string, int, bool), ServedRoute>();
        foreach (var route in perVariant.SelectMany(v => v))
        {
            routes.TryAdd((route.Template, route.Kind, route.FilePath, route.Line, route.PrefixKnown), route);
        }

        return routes.Values;
    }

    /// <summary>
    /// <paramref name="collect"/> over every variant, side by side (each binds its own compilation; one thread per
    /// core), the results in variant order so that merging them keeps the first variant's as a sequential loop would.
    /// </summary>
    private static T[] PerVariant<T>(CompiledSolution compiled, Func<ProjectVariant, T> collect, CancellationToken cancellationToken)
    {
        var results = new T[compiled.Variants.Count];
        try
        {
            Parallel.For(
                0,
                results.Length,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i => results[i] = collect(compiled.Variants[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // What the sequential loop threw, not a wrapper, for the error the user sees.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>The first syntax error of each source file that does not parse, as <c>(line,col): CSxxxx message; the file does not parse</c>, by full path.</summary>
    private static Dictionary<string, string> ParseErrors(Compilation compilation)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Length == 0 && NonEmptyOnDisk(tree.FilePath))
            {
                // The workspace loads a file it cannot decode (binary content: NUL bytes) as empty text, which would parse.
                errors[tree.FilePath] = "(1,1): the file could not be read as text (it looks binary); the file does not parse";
                continue;
            }

            if (!tree.GetRoot().ContainsDiagnostics)
            {
                continue;
            }

            var first = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (first is not null)
            {
                var start = first.Location.GetLineSpan().StartLinePosition;
                errors[tree.FilePath] = $"({start.Line + 1},{start.Character + 1}): {first.Id} {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}; the file does not parse";
            }
        }

        return errors;
    }

    private static bool NonEmptyOnDisk(string path)
    {
        try
        {
            return path.Length > 0 && new FileInfo(path) is { Exists: true, Length: > 0 };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether MSBuild evaluation makes the project a test project for the analyzers: <c>IsTestProject</c>, or a
    /// test-framework package whose assemblies are missing from the compilation (restore failed). When they are there,
    /// the compilation itself decides (<see cref="TestProjectDetector.IsTestProject"/>), so that a library that
    /// references the framework to extend it is production code.
    /// </summary>
    private static bool DeclaredTestProject(ProjectFacts? facts, Compilation compilation)
        => facts is not null && (facts.DeclaresTestProject || (facts.TestFrameworkPackage is not null && !TestProjectDetector.ReferencesTestFramework(compilation)));

    /// <summary>The project's hand-written source files (regular documents with a path, not generated): the files that can be scored.</summary>
    public static IEnumerable<Document> HandWrittenDocuments(Project project)
        => project.Documents.Where(d => d.FilePath is not null && d.SourceCodeKind == SourceCodeKind.Regular && !GeneratedFiles.IsGenerated(d));

    /// <summary>Adds the project's scored files; returns the full paths of its files that are scored (by it or a sibling variant).</summary>
    private static HashSet<string> AddFiles(
        Project project,
        string projectName,
        bool isTestProject,
        SsotConfigFile? config,
        string rootDirectory,
        IReadOnlyDictionary<string, string> parseErrors,
        Dictionary<string, ScoredFile> files)
    {
        var projectFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in HandWrittenDocuments(project))
        {
            string path = document.FilePath!;
            var kind = SourceFileKind.Of(config, path, isTestProject);
            if (kind.IsExcluded)
            {
                continue;
            }

            projectFiles.Add(path);
            string relative = ReportPaths.Relative(rootDirectory, path);
            files.TryAdd(relative, new ScoredFile(relative, projectName, kind.IsTest, parseErrors.GetValueOrDefault(path)));
        }

        return projectFiles;
    }
}
