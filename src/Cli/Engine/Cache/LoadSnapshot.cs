using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// What the restore and the MSBuild load of a solution gave, as the cache keeps it, so that a run in which only the
/// content of source files changed can build the same solution without restoring or loading
/// (<see cref="CachedSolutionLoader"/>, docs/monorepo.md#loads-from-the-cache).
/// </summary>
/// <param name="SolutionPath">The solution file the workspace loaded, or null for projects or a folder.</param>
/// <param name="Projects">Every loaded project, in the workspace's order.</param>
/// <param name="Issues">What the restore and the load said (in the order a run reports them).</param>
/// <param name="Facts">What MSBuild evaluation said about the requested projects (<see cref="ProjectEvaluator"/>).</param>
/// <param name="Contents">
/// The files whose content the load only points at (source and additional files, ssot.json): a change of them is
/// read from disk by the snapshot as by a new load. A change of any other recorded file needs a new load.
/// </param>
/// <param name="Derived">
/// The files the SDK wrote under <c>obj/</c> during the load (AssemblyInfo, GlobalUsings, the generated
/// .editorconfig), which the cache key does not record: the snapshot is used only while they are as they were.
/// </param>
internal sealed record LoadSnapshot(
    string? SolutionPath,
    IReadOnlyList<ProjectSnapshot> Projects,
    IReadOnlyList<LoadIssue> Issues,
    IReadOnlyList<ProjectFacts> Facts,
    IReadOnlyList<string> Contents,
    IReadOnlyList<FileStamp> Derived);

/// <summary>One loaded project as <see cref="Microsoft.CodeAnalysis.ProjectInfo"/> needs it.</summary>
/// <param name="Name">The workspace's project name (with the target framework of a multi-targeted project: <c>Lib(net8.0)</c>).</param>
/// <param name="CompilationOutput">The path of the assembly the compilation would write (<c>CompilationOutputInfo.AssemblyPath</c>).</param>
/// <param name="GeneratedFilesOutput">Where source generators' files go (<c>CompilationOutputInfo.GeneratedFilesOutputDirectory</c>).</param>
internal sealed record ProjectSnapshot(
    string Name,
    string AssemblyName,
    string? FilePath,
    string? OutputFilePath,
    string? OutputRefFilePath,
    string? CompilationOutput,
    string? GeneratedFilesOutput,
    string? DefaultNamespace,
    ParseSettings Parse,
    CompilationSettings Compilation,
    IReadOnlyList<DocumentSnapshot> Documents,
    IReadOnlyList<DocumentSnapshot> AdditionalDocuments,
    IReadOnlyList<DocumentSnapshot> AnalyzerConfigDocuments,
    IReadOnlyList<ProjectReferenceSnapshot> ProjectReferences,
    IReadOnlyList<MetadataReferenceSnapshot> MetadataReferences,
    IReadOnlyList<string> AnalyzerReferences);

/// <summary>A document of a project: its name, folders, file and kind (regular or script).</summary>
internal sealed record DocumentSnapshot(string Name, IReadOnlyList<string> Folders, string FilePath, bool Script);

/// <summary>A reference to another loaded project, by its position in <see cref="LoadSnapshot.Projects"/>.</summary>
internal sealed record ProjectReferenceSnapshot(int Project, IReadOnlyList<string> Aliases, bool EmbedInteropTypes);

/// <summary>A referenced assembly file with its aliases.</summary>
internal sealed record MetadataReferenceSnapshot(string FilePath, IReadOnlyList<string> Aliases, bool EmbedInteropTypes);
