using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// One cache file: the key, the files and folder listings the analysis depended on, and the analysis itself (the
/// findings, files, projects and issues; not the score, coverage, baseline or gate, which every run computes from it
/// with its own options).
/// </summary>
internal sealed record CacheEntry(CacheKey Key, IReadOnlyList<FileStamp> Files, IReadOnlyList<FolderListing> Folders, AnalysisResult Result);
