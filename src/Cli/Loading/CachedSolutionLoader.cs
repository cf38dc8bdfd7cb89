using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Engine.Cache;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Builds the solution an MSBuild load gave from its <see cref="LoadSnapshot"/>, without restoring or loading: the
/// same projects in the same order, with their documents read from disk as they are now, their options, references,
/// analyzers and source generators (docs/monorepo.md#loads-from-the-cache).
/// </summary>
internal static class CachedSolutionLoader
{
    /// <summary>The solution, or null and why not (a referenced file that no longer exists).</summary>
    public static (LoadedSolution? Loaded, string? Obstacle) Load(LoadSnapshot snapshot, CancellationToken cancellationToken)
    {
        var missing = snapshot.Projects
            .SelectMany(p => p.MetadataReferences.Select(r => r.FilePath).Concat(p.AnalyzerReferences))
            .Distinct(StringComparer.Ordinal)
            .FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            return (null, $"{missing} does not exist");
        }

        var ids = snapshot.Projects.Select(p => ProjectId.CreateNewId(p.Name)).ToList();
        var metadata = new Dictionary<string, PortableExecutableReference>(StringComparer.Ordinal);
        var analyzers = new Dictionary<string, AnalyzerFileReference>(StringComparer.Ordinal);
        var loader = new AnalyzerAssemblies();
        var projects = new List<ProjectInfo>();
        for (int i = 0; i < snapshot.Projects.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var project = snapshot.Projects[i];
            var id = ids[i];
            string directory = Path.GetDirectoryName(project.FilePath) ?? Environment.CurrentDirectory;
            var info = ProjectInfo.Create(
                    id,
                    VersionStamp.Create(),
                    project.Name,
                    project.AssemblyName,
                    LanguageNames.CSharp,
                    filePath: project.FilePath,
                    outputFilePath: project.OutputFilePath,
                    compilationOptions: project.Compilation.ToOptions(directory),
                    parseOptions: project.Parse.ToOptions(),
                    documents: project.Documents.Select(d => Document(id, d)),
                    projectReferences: project.ProjectReferences.Select(r => new ProjectReference(ids[r.Project], r.Aliases.ToImmutableArray(), r.EmbedInteropTypes)),
                    metadataReferences: project.MetadataReferences.Select(r => Metadata(r, metadata)),
                    analyzerReferences: project.AnalyzerReferences.Select(path => Analyzer(path, analyzers, loader)),
                    additionalDocuments: project.AdditionalDocuments.Select(d => Document(id, d)),
                    isSubmission: false,
                    hostObjectType: null,
                    outputRefFilePath: project.OutputRefFilePath)
                .WithAnalyzerConfigDocuments(project.AnalyzerConfigDocuments.Select(d => Document(id, d)))
                .WithDefaultNamespace(project.DefaultNamespace)
                .WithCompilationOutputInfo(default(CompilationOutputInfo)
                    .WithAssemblyPath(project.CompilationOutput)
                    .WithGeneratedFilesOutputDirectory(project.GeneratedFilesOutput));
            projects.Add(info);
        }

        var workspace = new AdhocWorkspace();
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Create(), snapshot.SolutionPath, projects));
        solution = WithSha256Checksums(solution, ids);
        if (solution is null)
        {
            workspace.Dispose();
            return (null, "this version of Roslyn cannot give the projects SHA-256 checksums");
        }
        return (
            new LoadedSolution(solution, snapshot.Issues)
            {
                Workspace = workspace,
                Facts = snapshot.Facts.ToDictionary(f => f.Path, StringComparer.OrdinalIgnoreCase),
            },
            null);
    }

    /// <summary>
    /// The solution with every project's texts checksummed with SHA-256, as the SDK's compiler command line and so
    /// MSBuildWorkspace have them (a ProjectInfo defaults to SHA-1, and the checksums are what project-level reuse
    /// compares). Roslyn has no public setter for it; null when the internal one is not there.
    /// </summary>
    private static Solution? WithSha256Checksums(Solution solution, IEnumerable<ProjectId> ids)
    {
        var method = typeof(Solution).GetMethod(
            "WithProjectChecksumAlgorithm",
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic,
            new[] { typeof(ProjectId), typeof(SourceHashAlgorithm) });
        if (method is null)
        {
            return null;
        }

        foreach (var id in ids)
        {
            if (method.Invoke(solution, new object[] { id, SourceHashAlgorithm.Sha256 }) is not Solution changed)
            {
                return null;
            }

            solution = changed;
        }

        return solution;
    }

    private static DocumentInfo Document(ProjectId project, DocumentSnapshot document)
        => DocumentInfo.Create(
            DocumentId.CreateNewId(project, document.FilePath),
            document.Name,
            document.Folders,
            document.Script ? SourceCodeKind.Script : SourceCodeKind.Regular,
            new Sha256FileLoader(document.FilePath),
            document.FilePath);

    /// <summary>One metadata object per file, shared by every project that references it (as MSBuildWorkspace shares them).</summary>
    private static PortableExecutableReference Metadata(MetadataReferenceSnapshot reference, Dictionary<string, PortableExecutableReference> loaded)
    {
        if (!loaded.TryGetValue(reference.FilePath, out var file))
        {
            file = MetadataReference.CreateFromFile(reference.FilePath);
            loaded[reference.FilePath] = file;
        }

        var properties = new MetadataReferenceProperties(MetadataImageKind.Assembly, reference.Aliases.ToImmutableArray(), reference.EmbedInteropTypes);
        return properties == file.Properties ? file : file.WithProperties(properties);
    }

    private static AnalyzerFileReference Analyzer(string path, Dictionary<string, AnalyzerFileReference> loaded, AnalyzerAssemblies loader)
    {
        if (!loaded.TryGetValue(path, out var reference))
        {
            reference = new AnalyzerFileReference(path, loader);
            loaded[path] = reference;
        }

        return reference;
    }

    /// <summary>
    /// Reads a file as MSBuildWorkspace does (encoding detected, no default), checksummed with SHA-256 whatever the
    /// workspace asks (it asks SHA-1 for .editorconfig files of a project it did not load from MSBuild).
    /// </summary>
    private sealed class Sha256FileLoader(string path) : TextLoader
    {
        private readonly FileTextLoader _file = new(path, defaultEncoding: null);

        public override Task<TextAndVersion> LoadTextAndVersionAsync(LoadTextOptions options, CancellationToken cancellationToken)
            => _file.LoadTextAndVersionAsync(new LoadTextOptions(SourceHashAlgorithm.Sha256), cancellationToken);
    }
}
