using System.Security.Cryptography;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// A file a cached analysis depended on, as it was: its length, last write time and the SHA-256 of its content, or
/// <see cref="Hash"/> null for a file that did not exist (a Directory.Build.props or .editorconfig that would change
/// the result by appearing).
/// </summary>
/// <param name="Path">The full path.</param>
/// <param name="Ticks">The last write time (UTC ticks).</param>
internal sealed record FileStamp(string Path, long Length, long Ticks, string? Hash)
{
    /// <summary>The file as it is now (absent, or its length, time and content hash).</summary>
    public static FileStamp Take(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new FileStamp(path, 0, 0, null);
        }

        return new FileStamp(path, info.Length, info.LastWriteTimeUtc.Ticks, HashOf(path));
    }

    /// <summary>
    /// Whether the file still is what it was: absent if it was absent; otherwise the same length and, unless the
    /// last write time is also the same, the same content (a checkout rewrites every file's time, not its content).
    /// </summary>
    public bool IsUnchanged()
    {
        try
        {
            var info = new FileInfo(Path);
            if (Hash is null || !info.Exists)
            {
                return Hash is null && !info.Exists;
            }

            return info.Length == Length && (info.LastWriteTimeUtc.Ticks == Ticks || HashOf(Path) == Hash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The lowercase hex SHA-256 of the file's bytes.</summary>
    public static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
