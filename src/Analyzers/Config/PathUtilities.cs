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
    /// The config-relative path (through <c>SsotConfigFile.RelativePath</c>: what the <c>tests</c>/<c>exclude</c>/legacy
    /// globs match and what rule messages show): relative to <paramref name="root"/> with <c>/</c> separators, compared
    /// without case; the normalized full path when it is not under the root (never <c>../</c>: a glob cannot reach it).
    /// Pure string work, no file system (analyzers may not touch it).
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

    /// <summary>An absolute path: <c>/x</c>, <c>C:/x</c> or a UNC path <c>//server/x</c> (after <see cref="Normalize"/>).</summary>
    public static bool IsRooted(string path)
        => path.StartsWith("/", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));

    /// <summary><paramref name="relative"/> combined with <paramref name="directory"/>, <c>.</c> and <c>..</c> segments resolved, with <c>/</c> separators.</summary>
    public static string Resolve(string directory, string relative)
    {
        string combined = Normalize(directory).TrimEnd('/') + "/" + Normalize(relative);
        var segments = new System.Collections.Generic.List<string>();
        foreach (string segment in combined.Split('/'))
        {
            if (segment == "." || (segment.Length == 0 && segments.Count > 0))
            {
                continue;
            }

            if (segment == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    public static string GetFileName(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
