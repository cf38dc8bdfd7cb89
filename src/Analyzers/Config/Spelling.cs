using System;
using System.Collections.Generic;

namespace Netra.Ssot.Config;

/// <summary>Turns a misspelt name into a suggestion: the closest candidate within a few edits, ignoring case.</summary>
public static class Spelling
{
    /// <summary>
    /// The candidate closest to <paramref name="name"/> when it is within <paramref name="maxDistance"/> edits, or
    /// when one of them is the other with a segment left off at the end (<c>JWT_SECRET</c> for <c>JWT_SECRET_KEY</c>) or
    /// <paramref name="name"/> is a candidate without its leading segments (<c>ValidateToken</c> for
    /// <c>WebhookClientOptions:ValidateToken</c>); else null.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, int maxDistance = 2)
    {
        foreach (string candidate in candidates)
        {
            if (IsSegmentPrefix(name, candidate) || IsSegmentPrefix(candidate, name) || IsSegmentSuffix(name, candidate))
            {
                return candidate;
            }
        }

        return ClosestWithin(name, candidates, maxDistance);
    }

    /// <summary>The candidate fewest edits away from <paramref name="name"/> (ignoring case), if within <paramref name="maxDistance"/>.</summary>
    public static string? ClosestWithin(string name, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        int bestDistance = maxDistance + 1;
        foreach (string candidate in candidates)
        {
            if (Math.Abs(name.Length - candidate.Length) >= bestDistance)
            {
                continue; // the lengths alone are too far apart (and a 100,000-character name costs nothing)
            }

            int distance = EditDistance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    public static int EditDistance(string a, string b)
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

    /// <summary><paramref name="shorter"/> is the end of <paramref name="longer"/> after a <c>_</c>, <c>:</c> or <c>.</c> separator.</summary>
    private static bool IsSegmentSuffix(string shorter, string longer)
        => shorter.Length > 0
            && longer.Length > shorter.Length
            && longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase)
            && longer[longer.Length - shorter.Length - 1] is '_' or ':' or '.';

    /// <summary><paramref name="shorter"/> is <paramref name="longer"/> up to a <c>_</c>, <c>:</c> or <c>.</c> separator.</summary>
    private static bool IsSegmentPrefix(string shorter, string longer)
        => shorter.Length > 0
            && longer.Length > shorter.Length
            && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            && longer[shorter.Length] is '_' or ':' or '.';
}
