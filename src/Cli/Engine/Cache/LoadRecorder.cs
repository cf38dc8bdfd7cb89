using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Records what an MSBuild load gave (<see cref="LoadSnapshot"/>), or says why it cannot be recorded faithfully:
/// a project in another language, options the snapshot cannot rebuild exactly (checked by rebuilding them and
/// comparing), a file that is not UTF-8, a reference that is not a file. A load that cannot be recorded is simply
/// done again by the next run.
/// </summary>
internal static class LoadRecorder
{
    /// <param name="issues">What the restore and the load said, in the order the run reported them.</param>
    /// <param name="configPath">The ssot.json in use (its content does not change the load).</param>
    public static (LoadSnapshot? Snapshot, string? Refusal) Take(LoadedSolution loaded, IReadOnlyList<LoadIssue> issues, string? configPath, CancellationToken cancellationToken)
    {
        var solution = loaded.Solution;
        var projects = solution.Projects.ToList();
        var positions = projects.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var contents = new SortedSet<string>(StringComparer.Ordinal);
        var derived = new SortedSet<string>(StringComparer.Ordinal);
        if (configPath is not null)
        {
            contents.Add(configPath);
        }

        var recorded = new List<ProjectSnapshot>();
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (snapshot, refusal) = Record(project, positions, contents, derived);
            if (snapshot is null)
            {
                return (null, refusal);
            }

            recorded.Add(snapshot);
        }

        return (
            new LoadSnapshot(
                solution.FilePath,
                recorded,
                issues.ToList(),
                loaded.Facts.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
                contents.ToList(),
                derived.Select(FileStamp.Take).ToList()),
            null);
    }

    private static (ProjectSnapshot? Snapshot, string? Refusal) Record(Project project, Dictionary<ProjectId, int> positions, SortedSet<string> contents, SortedSet<string> derived)
    {
        if (project.Language != LanguageNames.CSharp || project.ParseOptions is not CSharpParseOptions parse || project.CompilationOptions is not CSharpCompilationOptions options)
        {
            return (null, $"{project.Name} is not a C# project");
        }

        var parseSettings = ParseSettings.From(parse);
        if (!parseSettings.ToOptions().Equals(parse))
        {
            return (null, $"the parse options of {project.Name} cannot be recorded");
        }

        string directory = Path.GetDirectoryName(project.FilePath) ?? Environment.CurrentDirectory;
        var compilationSettings = CompilationSettings.From(options);
        if (!SameOptions(compilationSettings.ToOptions(directory), options))
        {
            return (null, $"the compilation options of {project.Name} cannot be recorded");
        }

        var documents = new List<DocumentSnapshot>();
        foreach (var document in project.Documents)
        {
            if (document.FilePath is null)
            {
                return (null, $"a document of {project.Name} has no file");
            }

            if (document.TryGetText(out var text) && (text.ChecksumAlgorithm != SourceHashAlgorithm.Sha256 || (text.Encoding is { } encoding && encoding.CodePage != 65001)))
            {
                return (null, $"{document.FilePath} is not read as UTF-8 with SHA-256 checksums");
            }

            (CacheInputs.IsDerived(document.FilePath) ? derived : contents).Add(document.FilePath);
            documents.Add(new DocumentSnapshot(document.Name, document.Folders.ToList(), document.FilePath, document.SourceCodeKind == SourceCodeKind.Script));
        }

        var additional = new List<DocumentSnapshot>();
        foreach (var document in project.AdditionalDocuments)
        {
            if (document.FilePath is null)
            {
                return (null, $"an additional file of {project.Name} has no path");
            }

            contents.Add(document.FilePath);
            additional.Add(new DocumentSnapshot(document.Name, document.Folders.ToList(), document.FilePath, Script: false));
        }

        var analyzerConfigs = new List<DocumentSnapshot>();
        foreach (var document in project.AnalyzerConfigDocuments)
        {
            if (document.FilePath is null)
            {
                return (null, $"an analyzer config file of {project.Name} has no path");
            }

            if (CacheInputs.IsDerived(document.FilePath))
            {
                derived.Add(document.FilePath);
            }

            analyzerConfigs.Add(new DocumentSnapshot(document.Name, document.Folders.ToList(), document.FilePath, Script: false));
        }

        var projectReferences = new List<ProjectReferenceSnapshot>();
        foreach (var reference in project.AllProjectReferences)
        {
            if (!positions.TryGetValue(reference.ProjectId, out int position))
            {
                return (null, $"{project.Name} references a project that did not load");
            }

            projectReferences.Add(new ProjectReferenceSnapshot(position, reference.Aliases.ToList(), reference.EmbedInteropTypes));
        }

        var metadata = new List<MetadataReferenceSnapshot>();
        foreach (var reference in project.MetadataReferences)
        {
            if (reference is not PortableExecutableReference { FilePath: { } path } file || file.Properties.Kind != MetadataImageKind.Assembly)
            {
                return (null, $"{project.Name} references an assembly that is not a file");
            }

            metadata.Add(new MetadataReferenceSnapshot(path, file.Properties.Aliases.ToList(), file.Properties.EmbedInteropTypes));
        }

        var analyzers = new List<string>();
        foreach (var reference in project.AnalyzerReferences)
        {
            if (reference is not AnalyzerFileReference { FullPath: { } path })
            {
                return (null, $"{project.Name} references an analyzer that is not a file");
            }

            analyzers.Add(path);
        }

        return (
            new ProjectSnapshot(
                project.Name,
                project.AssemblyName,
                project.FilePath,
                project.OutputFilePath,
                project.OutputRefFilePath,
                project.CompilationOutputInfo.AssemblyPath,
                project.CompilationOutputInfo.GeneratedFilesOutputDirectory,
                project.DefaultNamespace,
                parseSettings,
                compilationSettings,
                documents,
                additional,
                analyzerConfigs,
                projectReferences,
                metadata,
                analyzers),
            null);
    }

    /// <summary>
    /// The rebuilt options equal the loaded ones in everything but the resolvers the workspace supplies, the
    /// per-file options it derives from the .editorconfig files (both recreated by the workspace of the snapshot) and
    /// the compiler's internal <c>DebugPlusMode</c> (<c>/debug+</c>), which only shapes emitted debug information
    /// and is copied for the comparison.
    /// </summary>
    private static bool SameOptions(CSharpCompilationOptions rebuilt, CSharpCompilationOptions loaded)
    {
        if (!ReferenceEquals(loaded.AssemblyIdentityComparer, DesktopAssemblyIdentityComparer.Default))
        {
            return false;
        }

        var comparable = rebuilt
            .WithXmlReferenceResolver(loaded.XmlReferenceResolver)
            .WithSourceReferenceResolver(loaded.SourceReferenceResolver)
            .WithMetadataReferenceResolver(loaded.MetadataReferenceResolver)
            .WithStrongNameProvider(loaded.StrongNameProvider)
            .WithSyntaxTreeOptionsProvider(loaded.SyntaxTreeOptionsProvider);
        return comparable.Equals(loaded) || WithDebugPlusModeOf(comparable, loaded).Equals(loaded);
    }

    private static CompilationOptions WithDebugPlusModeOf(CSharpCompilationOptions options, CSharpCompilationOptions source)
    {
        const System.Reflection.BindingFlags Internal = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
        var property = typeof(CompilationOptions).GetProperty("DebugPlusMode", Internal);
        var with = typeof(CSharpCompilationOptions).GetMethod("WithDebugPlusMode", Internal, new[] { typeof(bool) });
        return property?.GetValue(source) is bool value && with?.Invoke(options, new object[] { value }) is CompilationOptions copied ? copied : options;
    }
}
