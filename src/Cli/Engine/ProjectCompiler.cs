using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>One compiled project, or one target framework of a multi-targeted project.</summary>
public sealed record ProjectVariant(Project Project, string Name, string Variant, Compilation Compilation, bool IsTestProject, HashSet<string> Files);

/// <summary>The requested projects compiled, their scored files, and what could not be compiled.</summary>
public sealed record CompiledSolution(
    IReadOnlyList<ProjectVariant> Variants,
    IReadOnlyDictionary<string, ScoredFile> Files,
    IReadOnlyList<LoadIssue> Issues,
    IReadOnlyCollection<string> ProjectNames);

/// <summary>
/// The first pass of <c>ssot-check</c> and <c>init</c>: compiles every requested project (each target framework
/// of a multi-targeted one) and classifies its files, counting each file once. A project that cannot compile is
/// named as a load issue instead of silently scoring nothing.
/// </summary>
public static class ProjectCompiler
{
    /// <param name="requestedProjects">The project files to score; other loaded projects are only dependencies.</param>
    public static async Task<CompiledSolution> CompileAsync(
        Solution solution,
        IReadOnlyCollection<string> requestedProjects,
        SsotConfigFile? config,
        string rootDirectory,
        IEnumerable<LoadIssue> loadIssues,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var requested = new HashSet<string>(requestedProjects.Select(PathUtilities.Normalize), StringComparer.OrdinalIgnoreCase);
        var issues = new List<LoadIssue>(loadIssues);
        var files = new Dictionary<string, ScoredFile>(StringComparer.Ordinal);
        var projectNames = new SortedSet<string>(StringComparer.Ordinal);
        var variants = new List<ProjectVariant>();
        var groups = solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp)
            .Where(p => requested.Count == 0 || (p.FilePath is { } path && requested.Contains(PathUtilities.Normalize(path))))
            .GroupBy(p => p.FilePath ?? p.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => ProjectNames.Of(g.First()), StringComparer.Ordinal);
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
                    // A load failure already named says more than this empty shell.
                    if (!issues.Any(i => i.Severity == "error" && i.Project == name))
                    {
                        issues.Add(new LoadIssue("error", name, $"{variant} has no framework references (is it restored? does the SDK have its target framework?); its files were not analyzed."));
                    }

                    continue;
                }

                compilation = DeepSyntax.WithoutTooDeepTrees(compilation, name, rootDirectory, issues, cancellationToken);
                bool isTestProject = TestProjectDetector.IsTestProject(compilation, project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions);
                var projectFiles = AddFiles(project, name, isTestProject, config, rootDirectory, files);
                variants.Add(new ProjectVariant(project, name, variant, compilation, isTestProject, projectFiles));
                projectNames.Add(name);
            }
        }

        return new CompiledSolution(variants, files, issues, projectNames);
    }

    /// <summary>Every source type declared in the scored files, once even when several target frameworks compile it.</summary>
    public static IReadOnlyCollection<DeclaredType> Declarations(CompiledSolution compiled, SsotConfigFile config, CancellationToken cancellationToken)
    {
        var types = new Dictionary<(string, string, string, int), DeclaredType>();
        foreach (var item in compiled.Variants)
        {
            var context = SsotCompilationContext.Create(config, item.IsTestProject);
            foreach (var type in DeclaredTypes.All(item.Compilation, context, tree => item.Files.Contains(tree.FilePath), cancellationToken))
            {
                types.TryAdd((type.Assembly, type.MetadataName, type.Path, type.Span.Start), type);
            }
        }

        return types.Values;
    }

    /// <summary>Adds the project's scored files; returns the full paths of its files that are scored (by it or a sibling variant).</summary>
    private static HashSet<string> AddFiles(
        Project project,
        string projectName,
        bool isTestProject,
        SsotConfigFile? config,
        string rootDirectory,
        Dictionary<string, ScoredFile> files)
    {
        var projectFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            if (document.FilePath is not { } path || document.SourceCodeKind != SourceCodeKind.Regular || GeneratedFiles.IsGenerated(document))
            {
                continue;
            }

            var kind = SourceFileKind.Of(config, path, isTestProject);
            if (kind.IsExcluded)
            {
                continue;
            }

            projectFiles.Add(path);
            string relative = ReportPaths.Relative(rootDirectory, path);
            files.TryAdd(relative, new ScoredFile(relative, projectName, kind.IsTest));
        }

        return projectFiles;
    }
}
