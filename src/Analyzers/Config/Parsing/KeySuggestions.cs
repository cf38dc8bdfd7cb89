using System;
using System.Collections.Immutable;
using System.Linq;

namespace Netra.Ssot.Config.Parsing;

/// <summary>The message for a key no table accepts, with the closest known key when it looks like a typo.</summary>
internal static class KeySuggestions
{
    public static string UnknownKey(string key, ImmutableArray<string> knownKeys, string where)
    {
        string? suggestion = Suggest(key, knownKeys);
        return "unknown key " + NameSyntax.Quote(key) + " in " + where
            + (suggestion is null ? "." : "; did you mean \"" + suggestion + "\"?")
            + " Expected one of: " + string.Join(", ", knownKeys.Where(k => k != "$schema"));
    }

    /// <summary>The closest known key within two edits, to turn a typo into a fix.</summary>
    public static string? Suggest(string key, ImmutableArray<string> knownKeys)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (var candidate in knownKeys)
        {
            if (Math.Abs(key.Length - candidate.Length) >= bestDistance)
            {
                continue; // the lengths alone are too far apart (and a 100,000-character key costs nothing)
            }

            int distance = EditDistance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
