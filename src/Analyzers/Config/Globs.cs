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
/// <remarks>
/// The pattern is compiled once into steps, and a path is matched by running all steps at once over its segments
/// (a set of live steps, as in an NFA), so the time is at most path segments x pattern segments x segment length,
/// whatever the number of <c>**</c>. A backtracking matcher takes exponential time on <c>**/**/**/.../x</c>.
/// </remarks>
public sealed class PathGlob
{
    /// <summary>Segment patterns; null for a <c>**</c> that matches zero or more whole segments.</summary>
    private readonly string?[] _steps;

    public PathGlob(string pattern, ConfigSpan span = default)
    {
        Pattern = pattern;
        Span = span;
        string normalized = pattern.Replace('\\', '/').TrimStart('/');
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        if (normalized.EndsWith("/", StringComparison.Ordinal))
        {
            normalized += "**";
        }

        _steps = Compile(normalized.Split('/'));
    }

    public string Pattern { get; }

    /// <summary>Where the glob is written in ssot.json (for SSOT0002); default when it was not read from a file.</summary>
    public ConfigSpan Span { get; }

    /// <summary>Matches a relative path such as <c>src/Backend/Legacy/X.cs</c>.</summary>
    public bool IsMatch(string relativePath)
    {
        int count = _steps.Length;
        var live = new bool[count + 1];
        var next = new bool[count + 1];
        live[0] = true;
        FollowEmptyMatches(live);
        int position = 0;
        while (true)
        {
            int end = relativePath.IndexOf('/', position);
            bool last = end < 0;
            if (last)
            {
                end = relativePath.Length;
            }

            System.Array.Clear(next, 0, next.Length);
            bool any = false;
            for (int step = 0; step < count; step++)
            {
                if (!live[step])
                {
                    continue;
                }

                string? segment = _steps[step];
                if (segment is null)
                {
                    next[step] = any = true; // ** takes this folder and stays
                }
                else if (Wildcard.IsMatch(segment, relativePath, position, end))
                {
                    next[step + 1] = any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            FollowEmptyMatches(next);
            (live, next) = (next, live);
            if (last)
            {
                return live[count];
            }

            position = end + 1;
        }
    }

    /// <summary>
    /// Splits the pattern into steps. Repeated <c>**</c> collapse into one (they match the same paths). A final
    /// <c>**</c> needs at least one more segment (<c>tests/**</c> matches files under tests, not a file named tests),
    /// so it becomes <c>*</c> followed by <c>**</c>.
    /// </summary>
    private static string?[] Compile(string[] segments)
    {
        var steps = new System.Collections.Generic.List<string?>(segments.Length + 1);
        for (int i = 0; i < segments.Length; i++)
        {
            bool anyFolders = segments[i] == "**";
            if (anyFolders && i == segments.Length - 1)
            {
                steps.Add("*");
                steps.Add(null);
            }
            else if (anyFolders)
            {
                if (steps.Count == 0 || steps[steps.Count - 1] is not null)
                {
                    steps.Add(null);
                }
            }
            else
            {
                steps.Add(segments[i]);
            }
        }

        return steps.ToArray();
    }

    /// <summary>A live <c>**</c> may match no folder at all, so the step after it is live too.</summary>
    private void FollowEmptyMatches(bool[] live)
    {
        for (int step = 0; step < _steps.Length; step++)
        {
            if (live[step] && _steps[step] is null)
            {
                live[step + 1] = true;
            }
        }
    }

    public override string ToString() => Pattern;
}
