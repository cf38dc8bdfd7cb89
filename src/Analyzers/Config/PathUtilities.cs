using System;

namespace Netra.Ssot.Config;

/// <summary>Path helpers that behave the same on every OS (analyzers may not touch the file system).</summary>
public static class PathUtilities
{
    /// <summary>The path with <c>/</c> separators.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string? GetDirectory(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? null : normalized.Substring(0, slash);
    }

    /// <summary>
    /// The path relative to <paramref name="root"/> with <c>/</c> separators, or the normalized full path when
    /// it is not under the root.
    /// </summary>
    public static string MakeRelative(string? root, string path)
    {
        string normalized = Normalize(path);
        if (root is null || root.Length == 0)
        {
            return normalized;
        }

        string prefix = Normalize(root);
        if (!prefix.EndsWith("/", StringComparison.Ordinal))
        {
            prefix += "/";
        }

        return normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(prefix.Length)
            : normalized;
    }

    public static string GetFileName(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
