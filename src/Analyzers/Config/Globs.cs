using System;
using System.Collections.Immutable;

namespace Netra.Ssot.Config;

/// <summary>Wildcard matching shared by name and path globs: <c>*</c> any run, <c>?</c> one character.</summary>
internal static class Wildcard
{
    /// <summary>Matches <paramref name="text"/>[start..end) against the whole pattern, without allocating.</summary>
    public static bool IsMatch(string pattern, string text, int start, int end)
    {
        int p = 0;
        int t = start;
        int starP = -1;
        int starT = 0;
        while (t < end)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}

/// <summary>A glob over a type's simple name (<c>*WebSocketManager</c>), case-sensitive like C# names.</summary>
public sealed class NameGlob
{
    public NameGlob(string pattern, ConfigSpan span = default)
    {
        Pattern = pattern;
        Span = span;
    }

    public string Pattern { get; }

    /// <summary>Where the glob is written in ssot.json (default when built in code).</summary>
    public ConfigSpan Span { get; }

    public bool IsMatch(string name) => Wildcard.IsMatch(Pattern, name, 0, name.Length);

    /// <summary>Whether any of the globs matches the name.</summary>
    public static bool MatchesAny(ImmutableArray<NameGlob> globs, string name)
    {
        foreach (var glob in globs)
        {
            if (glob.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Pattern;
}

/// <summary>
/// A glob over a path relative to the folder of ssot.json, with <c>/</c> separators: <c>**</c> matches any
/// number of folders, <c>*</c> and <c>?</c> match within one segment. Matching is ordinal.
/// </summary>
public sealed class PathGlob
{
    private readonly ImmutableArray<string> _segments;

    public PathGlob(string pattern)
    {
        Pattern = pattern;
        string normalized = pattern.Replace('\\', '/').TrimStart('/');
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        if (normalized.EndsWith("/", StringComparison.Ordinal))
        {
            normalized += "**";
        }

        _segments = ImmutableArray.Create(normalized.Split('/'));
    }

    public string Pattern { get; }

    /// <summary>Matches a relative path such as <c>src/Backend/Legacy/X.cs</c>.</summary>
    public bool IsMatch(string relativePath) => Match(0, relativePath, 0);

    private bool Match(int segment, string path, int position)
    {
        while (segment < _segments.Length)
        {
            string pattern = _segments[segment];
            if (pattern == "**")
            {
                if (segment == _segments.Length - 1)
                {
                    return true;
                }

                // Try the rest of the pattern at this folder and every deeper one.
                int pos = position;
                while (true)
                {
                    if (Match(segment + 1, path, pos))
                    {
                        return true;
                    }

                    int slash = path.IndexOf('/', pos);
                    if (slash < 0)
                    {
                        return false;
                    }

                    pos = slash + 1;
                }
            }

            if (position > path.Length)
            {
                return false;
            }

            int end = path.IndexOf('/', position);
            bool last = end < 0;
            if (last)
            {
                end = path.Length;
            }

            if (!Wildcard.IsMatch(pattern, path, position, end))
            {
                return false;
            }

            segment++;
            position = end + 1;
            if (last)
            {
                return segment == _segments.Length;
            }
        }

        return false;
    }

    public override string ToString() => Pattern;
}
