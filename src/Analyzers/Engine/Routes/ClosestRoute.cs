using System;
using System.Collections.Generic;
using System.Linq;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// The served route a client most likely meant. Each client segment is compared with the route's segments (equal,
/// one part of the other (<c>socket</c>, <c>websocket</c>), an abbreviation such as <c>ws</c> for <c>websocket</c>, a typo, a parameter that accepts
/// the value); the route whose segments explain the client's best wins, then the smaller edit distance of the whole
/// paths, then the template's order. So <c>/ws</c> is closest to <c>/api/v1/websocket</c>, not to <c>/health</c>.
/// </summary>
public static class ClosestRoute
{
    private static readonly char[] Slash = { '/' };

    private const int Equal = 0;
    private const int Parameter = 1;
    private const int Part = 1;
    private const int Abbreviation = 2;
    private const int Typo = 3;
    private const int Unrelated = 4;

    /// <summary>The closest served route, or null when none shares anything with the path (naming one would mislead).</summary>
    public static ServedRoute? Find(string path, IEnumerable<ServedRoute> routes)
    {
        int unrelated = Unrelated * path.Split(Slash, StringSplitOptions.RemoveEmptyEntries).Length;
        return routes
            .Where(r => r.Parsed is not null)
            .Select(r => (Route: r, Cost: Cost(path, r.Parsed!), Distance: Spelling.EditDistance(path.ToUpperInvariant(), r.Template.ToUpperInvariant())))
            .Where(c => c.Cost < unrelated)
            .OrderBy(c => c.Cost)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Route.Template, StringComparer.Ordinal)
            .ThenBy(c => c.Route.Kind)
            .Select(c => c.Route)
            .FirstOrDefault();
    }

    private static int Cost(string path, RouteTemplate template)
    {
        var segments = path.Split(Slash, StringSplitOptions.RemoveEmptyEntries);
        int cost = 0;
        foreach (string segment in segments)
        {
            int best = Unrelated;
            foreach (var candidate in template.Segments)
            {
                best = Math.Min(best, candidate.IsLiteral ? Compare(segment, candidate.Text) : candidate.Accepts(segment) ? Parameter : Unrelated);
            }

            cost += best;
        }

        return cost;
    }

    private static int Compare(string client, string served)
    {
        string a = client.ToUpperInvariant();
        string b = served.ToUpperInvariant();
        if (a == b)
        {
            return Equal;
        }

        if (Math.Min(a.Length, b.Length) >= 2 && (a.IndexOf(b, StringComparison.Ordinal) >= 0 || b.IndexOf(a, StringComparison.Ordinal) >= 0))
        {
            return Part;
        }

        if (IsAbbreviation(a, b) || IsAbbreviation(b, a))
        {
            return Abbreviation;
        }

        return Spelling.EditDistance(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 3) ? Typo : Unrelated;
    }

    /// <summary>The letters of <paramref name="shorter"/> appear in order in <paramref name="longer"/>, starting with its first.</summary>
    private static bool IsAbbreviation(string shorter, string longer)
    {
        if (shorter.Length < 2 || shorter.Length >= longer.Length || shorter[0] != longer[0])
        {
            return false;
        }

        int i = 0;
        foreach (char c in longer)
        {
            if (i < shorter.Length && c == shorter[i])
            {
                i++;
            }
        }

        return i == shorter.Length;
    }
}
