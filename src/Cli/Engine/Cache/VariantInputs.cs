using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// What the analysis of one compiled variant depends on, as digests in the order a change is named: ssot.json, its
/// own source files (every syntax tree it compiles, generated ones included, and which files it scores), its project
/// settings (parse and compilation options, referenced assemblies and analyzers with their length and time, additional
/// and analyzer-config files, the analyzer options MSBuild gave it), each project it references directly or through
/// others (their documents, options and references), its environment (its name, degraded state and the solution's
/// environment problems, which hold findings back) and the whole-solution index (<see cref="IndexDigest"/>); and,
/// known before compiling, what a variant's compilation is made of (<see cref="Compilation"/>).
/// The tool and the SDK are not among them: a cache of another tool or SDK is not read at all (<see cref="CacheKey"/>).
/// </summary>
internal sealed class VariantInputs(Solution solution, string rootDirectory, string configDigest, ReferenceStamps stamps, CancellationToken cancellationToken)
{
    public const string Config = "ssot.json";
    public const string Sources = "its source files";
    public const string Settings = "its project settings";
    public const string Environment = "its environment";
    public const string Index = "the solution index";

    private readonly ConcurrentDictionary<ProjectId, string> _projects = new();

    /// <summary>Names a referenced project's input: "project Core/Core.csproj (which it references)".</summary>
    public static string Referenced(string projectPath) => $"project {projectPath} (which it references)";

    /// <summary>A variant's inputs: its own (<see cref="Own"/>) and the whole-solution index's digest, last.</summary>
    public static IReadOnlyList<InputDigest> WithIndex(IReadOnlyList<InputDigest> own, string indexDigest)
        => own.Append(new InputDigest(Index, indexDigest)).ToList();

    /// <summary>
    /// Every input but the whole-solution index: what the variant's own part of the index (<see cref="IndexContribution"/>)
    /// depends on, its referenced projects included (a base chain, a resolvable name or a constant can come from them).
    /// Made without the variant's compilation (its <see cref="ProjectVariant.Facts"/>), which a variant taken
    /// from the cache uncompiled does not have.
    /// </summary>
    public IReadOnlyList<InputDigest> Own(ProjectVariant item, CompiledSolution compiled)
    {
        var facts = item.Facts ?? throw new InvalidOperationException($"{item.Variant} has no compilation facts: it was compiled without the cache.");
        var inputs = new List<InputDigest> { new(Config, configDigest) };

        using (var sources = new Digest())
        {
            sources.Add("trees", facts.Trees);
            foreach (string file in item.Files.Order(StringComparer.Ordinal))
            {
                sources.Add("scored", Relative(file));
            }

            sources.Add("test project", item.IsTestProject);
            inputs.Add(new InputDigest(Sources, sources.Finish()));
        }

        using (var settings = new Digest())
        {
            AddSettings(settings, item.Project, item.Project.CompilationOptions);
            AddGlobals(settings, item.Options.GlobalOptions);
            inputs.Add(new InputDigest(Settings, settings.Finish()));
        }

        foreach (var referenced in ReferencedProjects(item.Project))
        {
            inputs.Add(new InputDigest(Referenced(referenced.Path), ProjectDigest(referenced.Project)));
        }

        using (var environment = new Digest())
        {
            environment.Add("variant", item.Name, item.Variant, Relative(item.Project.FilePath ?? item.Name), facts.AssemblyName);
            environment.Add("degraded", item.Degraded);
            foreach (string problem in compiled.EnvironmentProblems)
            {
                environment.Add("problem", problem);
            }

            inputs.Add(new InputDigest(Environment, environment.Finish()));
        }

        return inputs;
    }

    /// <summary>
    /// The digest of everything a variant's compilation is made of, known before compiling it: the project's documents,
    /// settings and analyzer options, what MSBuild evaluation said about it being a test project, and every project it
    /// references directly or through others. Source generators see nothing else, so while it is the same the
    /// compilation and its <see cref="CompilationFacts"/> are too.
    /// </summary>
    /// <param name="variant">The variant's display name (with its target framework).</param>
    /// <param name="facts">What MSBuild evaluation found about the project, or null.</param>
    public string Compilation(Project project, string variant, ProjectFacts? facts)
    {
        using var digest = new Digest();
        digest.Add("variant", variant, Relative(project.FilePath ?? project.Name));
        digest.Add("project", ProjectDigest(project));
        digest.Add("evaluation", facts?.DeclaresTestProject, facts?.TestFrameworkPackage);
        foreach (var referenced in ReferencedProjects(project))
        {
            digest.Add("references", referenced.Path, ProjectDigest(referenced.Project));
        }

        return digest.Finish();
    }

    /// <summary>Every project the project references, directly or through others, by path.</summary>
    private IEnumerable<(string Path, Project Project)> ReferencedProjects(Project project)
        => solution.GetProjectDependencyGraph().GetProjectsThatThisProjectTransitivelyDependsOn(project.Id)
            .Select(solution.GetProject)
            .OfType<Project>()
            .Select(p => (Path: Relative(p.FilePath ?? p.Name), Project: p))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Project.Name, StringComparer.Ordinal);

    private static void AddGlobals(Digest digest, AnalyzerConfigOptions globals)
    {
        foreach (string key in globals.Keys.Order(StringComparer.Ordinal))
        {
            digest.Add("global", key, globals.TryGetValue(key, out var value) ? value : null);
        }
    }

    /// <summary>
    /// A project as its own and its dependents' compilations see it: its documents, options and references, and the
    /// analyzer options MSBuild gave it (its source generators read them).
    /// </summary>
    private string ProjectDigest(Project project)
        => _projects.GetOrAdd(project.Id, _ =>
        {
            using var digest = new Digest();
            digest.Add("project", project.Name, project.AssemblyName);
            foreach (var document in project.Documents.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
            {
                digest.Add("document", Relative(document.FilePath ?? document.Name), ChecksumOf(document));
            }

            AddSettings(digest, project, project.CompilationOptions);
            AddGlobals(digest, project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions);
            return digest.Finish();
        });

    private void AddSettings(Digest digest, Project project, CompilationOptions? compilationOptions)
    {
        if (project.ParseOptions is CSharpParseOptions parse)
        {
            digest.Add("parse", parse.LanguageVersion, parse.DocumentationMode, parse.Kind, string.Join(';', parse.PreprocessorSymbolNames.Order(StringComparer.Ordinal)));
            foreach (var feature in parse.Features.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                digest.Add("feature", feature.Key, feature.Value);
            }
        }

        if (compilationOptions is CSharpCompilationOptions options)
        {
            digest.Add(
                "compilation",
                options.OutputKind,
                options.ModuleName,
                options.MainTypeName,
                options.AllowUnsafe,
                options.NullableContextOptions,
                options.CheckOverflow,
                options.Platform,
                options.OptimizationLevel,
                options.GeneralDiagnosticOption,
                options.WarningLevel,
                string.Join(';', options.Usings));
            foreach (var diagnostic in options.SpecificDiagnosticOptions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                digest.Add("diagnostic", diagnostic.Key, diagnostic.Value);
            }
        }

        foreach (string reference in project.MetadataReferences.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>().Order(StringComparer.Ordinal))
        {
            digest.Add("reference", reference, stamps.Of(reference));
        }

        foreach (string analyzer in project.AnalyzerReferences.Select(r => r.FullPath).OfType<string>().Order(StringComparer.Ordinal))
        {
            digest.Add("analyzer", analyzer, stamps.Of(analyzer));
        }

        foreach (var reference in project.ProjectReferences.Select(r => solution.GetProject(r.ProjectId)?.FilePath ?? r.ProjectId.ToString()).Order(StringComparer.Ordinal))
        {
            digest.Add("project reference", Relative(reference));
        }

        foreach (var document in project.AdditionalDocuments.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
        {
            digest.Add("additional", Relative(document.FilePath ?? document.Name), ChecksumOf(document));
        }

        foreach (var document in project.AnalyzerConfigDocuments.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
        {
            digest.Add("analyzer config", document.FilePath ?? document.Name, ChecksumOf(document));
        }
    }

    private string Relative(string path) => CompilationFacts.PathOf(rootDirectory, path);

    /// <summary>The checksum of a document's text, read from its file if the workspace has not loaded it yet.</summary>
    private string ChecksumOf(TextDocument document)
        => CompilationFacts.Checksum(document.TryGetText(out var loaded) ? loaded : document.GetTextAsync(cancellationToken).GetAwaiter().GetResult());
}
