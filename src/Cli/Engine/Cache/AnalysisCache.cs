using System.Collections;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>What looking in the cache found: the cached analysis, or null with why it could not be used.</summary>
/// <param name="Note">One sentence for the progress log (<c>-v detailed</c>).</param>
/// <param name="Variants">
/// On a miss because files changed (the key is the same), the cached analyses of the variants, which a run may reuse
/// project by project (<see cref="ProjectReuse"/>); empty otherwise.
/// </param>
/// <param name="Changed">On such a miss, the recorded files that changed, sorted.</param>
/// <param name="ChangedFolders">On such a miss, the folders whose list of C# files changed, sorted.</param>
/// <param name="ChangedVariables">On such a miss, the environment variables MSBuild evaluation reads that changed, sorted (<see cref="EnvironmentReads"/>).</param>
/// <param name="Load">On such a miss, what the last MSBuild load gave (<see cref="LoadSnapshot"/>), or null.</param>
/// <param name="LoadRefusal">Why the entry holds no load, when it could not be recorded.</param>
internal sealed record CacheLookup(
    AnalysisResult? Hit,
    string Note,
    IReadOnlyList<CachedVariant> Variants,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> ChangedFolders,
    IReadOnlyList<string> ChangedVariables,
    LoadSnapshot? Load = null,
    string? LoadRefusal = null)
{
    public CacheLookup(AnalysisResult? hit, string note)
        : this(hit, note, Array.Empty<CachedVariant>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>())
    {
    }
}

/// <summary>
/// Whole-run reuse for <c>--cache</c> (docs/monorepo.md#incremental-runs): one file per input in the cache folder,
/// holding the last analysis and everything it depended on. A run whose key and recorded files are all unchanged
/// takes the analysis from it without loading or compiling anything. The cache is read here; the command layer
/// writes it (<see cref="CacheUpdate"/>).
/// </summary>
internal static class AnalysisCache
{
    /// <summary>The layout of the cache file; a file of another layout is ignored and rewritten.</summary>
    public const int Format = 3;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The cache file of an input: its name and a hash of its full path, so several solutions share a folder.</summary>
    public static string FileFor(string cacheDirectory, string inputPath)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inputPath)))[..16];
        return Path.Combine(cacheDirectory, $"{Path.GetFileName(inputPath.TrimEnd(Path.DirectorySeparatorChar))}-{hash}.ssot-cache.json");
    }

    /// <summary>
    /// The cached analysis when the file exists, is readable, has this <paramref name="key"/> and every file, folder
    /// and environment variable it recorded is unchanged (the variables as <paramref name="environment"/> has them);
    /// otherwise null and why. Never throws for a missing, corrupt or foreign file.
    /// </summary>
    public static CacheLookup Lookup(string file, CacheKey key, IDictionary environment, CancellationToken cancellationToken)
    {
        CacheEntry? entry;
        try
        {
            if (!File.Exists(file))
            {
                return new CacheLookup(null, $"Cache miss: no entry in {file}");
            }

            entry = JsonSerializer.Deserialize<CacheEntry>(File.ReadAllText(file), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new CacheLookup(null, $"Cache {file} ignored: it cannot be read ({Clean(e.Message)}); it is rebuilt");
        }

        if (entry?.Key is null || entry.Files is null || entry.Folders is null || entry.Result is null || entry.Result.Findings.IsDefault || entry.Variants is null || entry.Variables is null)
        {
            return new CacheLookup(null, $"Cache {file} ignored: it is incomplete; it is rebuilt");
        }

        if (key.Difference(entry.Key) is { } difference)
        {
            return new CacheLookup(null, $"Cache {file} ignored: {difference}; it is rebuilt");
        }

        var changed = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(entry.Files, new ParallelOptions { CancellationToken = cancellationToken }, stamp =>
        {
            if (!stamp.IsUnchanged())
            {
                changed.Add(stamp.Path);
            }
        });
        var folders = entry.Folders.Where(f => !f.IsUnchanged()).Select(f => f.Folder).Order(StringComparer.Ordinal).ToList();
        var variables = entry.Variables.Changed(environment);

        if (!changed.IsEmpty || folders.Count > 0 || variables.Count > 0)
        {
            var files = changed.Order(StringComparer.Ordinal).ToList();
            var first = files
                .Concat(folders.Select(f => $"the C# files in {f}"))
                .Concat(variables.Select(EnvironmentReads.Describe))
                .Order(StringComparer.Ordinal)
                .ToList();
            string more = first.Count > 1 ? $" and {first.Count - 1} more" : string.Empty;
            return new CacheLookup(null, $"Cache miss: {first[0]} changed{more}", entry.Variants, files, folders, variables, entry.Load, entry.LoadRefusal);
        }

        return new CacheLookup(entry.Result, $"Cache hit: {entry.Files.Count} files and {entry.Folders.Count} folders unchanged; nothing loaded or compiled");
    }

    /// <summary>
    /// The cache file for a completed analysis, or null when a recorded file was written after the run started
    /// (the analysis may have seen the older content, so it is not cached).
    /// </summary>
    public static CacheUpdate? Entry(
        string file,
        CacheKey key,
        IReadOnlyList<FileStamp> files,
        IReadOnlyList<FolderListing> folders,
        AnalysisResult result,
        IReadOnlyList<CachedVariant> variants,
        (LoadSnapshot? Snapshot, string? Refusal) load,
        EnvironmentReads variables,
        DateTime startedUtc)
    {
        if (files.Any(f => f.Hash is not null && f.Ticks > startedUtc.Ticks))
        {
            return null;
        }

        return new CacheUpdate(file, JsonSerializer.Serialize(new CacheEntry(key, files, folders, result, variants, load.Snapshot, load.Refusal, variables), Json));
    }

    private static string Clean(string message) => message.Replace("\r", string.Empty).Replace("\n", " ").Trim();
}
