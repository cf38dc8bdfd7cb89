using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// One cache file: the key, the files and folder listings the analysis depended on, and the analysis itself (the
/// findings, files, projects and issues; not the score, coverage, baseline or gate, which every run computes from it
/// with its own options).
/// </summary>
internal sealed record CacheEntry(CacheKey Key, IReadOnlyList<FileStamp> Files, IReadOnlyList<FolderListing> Folders, AnalysisResult Result);

/// <summary>A cache file to write: the command layer writes it atomically where the user pointed --cache.</summary>
/// <param name="Path">The full path of the cache file.</param>
/// <param name="Text">Its content.</param>
internal sealed record CacheUpdate(string Path, string Text);
