using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// One cache file: the key, the files and folder listings the analysis depended on, and the analysis itself (the
/// findings, files, projects and issues; not the score, coverage, baseline or gate, which every run computes from it
/// with its own options), and each variant's analysis with what it was computed from, for project-level reuse when
/// some file changed (<see cref="ProjectReuse"/>), and what the restore and MSBuild load gave, for a run in which only
/// source contents changed (<see cref="Load"/>, or why the load could not be recorded: <see cref="LoadRefusal"/>),
/// and the environment variables MSBuild evaluation can read (<see cref="Variables"/>).
/// </summary>
internal sealed record CacheEntry(
    CacheKey Key,
    IReadOnlyList<FileStamp> Files,
    IReadOnlyList<FolderListing> Folders,
    AnalysisResult Result,
    IReadOnlyList<CachedVariant> Variants,
    LoadSnapshot? Load = null,
    string? LoadRefusal = null,
    EnvironmentReads? Variables = null);
