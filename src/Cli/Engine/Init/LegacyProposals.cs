using System.Collections.Immutable;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// Proposes <c>legacy</c> entries: namespaces named Legacy, Obsolete or Deprecated; namespaces whose types are all
/// <c>[Obsolete]</c>; namespaces of at least two types none of which is used from outside the namespace (and none
/// of which a framework could find without its name); and single <c>[Obsolete]</c> types of a same-name family.
/// A namespace entry names a replacement when the same-name families link its types to one other namespace.
/// </summary>
internal static class LegacyProposals
{
    private static readonly string[] LegacyWords = { "Legacy", "Obsolete", "Deprecated" };

    /// <summary>Namespaces whose types could all be dead: at least two types, none findable without its name; count their uses.</summary>
    public static IEnumerable<DeclaredType> UnusedCandidates(IReadOnlyCollection<DeclaredType> production, SolutionFacts facts)
        => ByNamespace(production)
            .Where(g => g.Value.Count >= 2 && g.Value.All(t => !facts.Traits(t).FoundWithoutName))
            .SelectMany(g => g.Value);

    /// <param name="production">The production, top-level types of the solution.</param>
    /// <param name="families">SSOT1003's families before any legacy entry, to find replacements.</param>
    public static ImmutableArray<LegacyProposal> Propose(IReadOnlyCollection<DeclaredType> production, IReadOnlyList<ImmutableArray<DeclaredType>> families, SolutionFacts facts)
    {
        var proposals = new List<LegacyProposal>();
        var namespaces = ByNamespace(production);
        var covered = new List<string>();
        bool Covered(string ns) => covered.Any(c => ns == c || ns.StartsWith(c + ".", StringComparison.Ordinal));

        foreach (var (ns, types) in namespaces)
        {
            string[] segments = ns.Split('.');
            int index = Array.FindIndex(segments, s => LegacyWords.Contains(s, StringComparer.OrdinalIgnoreCase));
            if (index < 0)
            {
                continue;
            }

            string prefix = string.Join(".", segments.Take(index + 1));
            if (Covered(prefix))
            {
                continue;
            }

            covered.Add(prefix);
            var inside = namespaces.Where(n => n.Key == prefix || n.Key.StartsWith(prefix + ".", StringComparison.Ordinal)).SelectMany(n => n.Value).ToList();
            int obsolete = inside.Count(t => facts.Traits(t).Obsolete);
            proposals.Add(new LegacyProposal("namespace", prefix, null, $"named '{segments[index]}': {inside.Count} type(s){(obsolete > 0 ? $", {obsolete} [Obsolete]" : string.Empty)}"));
        }

        foreach (var (ns, types) in namespaces)
        {
            if (Covered(ns) || types.Count < 2)
            {
                continue;
            }

            if (types.All(t => facts.Traits(t).Obsolete))
            {
                covered.Add(ns);
                proposals.Add(new LegacyProposal("namespace", ns, null, $"its {types.Count} types are all [Obsolete]"));
            }
            else if (types.All(t => !facts.Traits(t).FoundWithoutName && facts.Use(t).OutsideNamespace == 0))
            {
                covered.Add(ns);
                proposals.Add(new LegacyProposal("namespace", ns, null, $"none of its {types.Count} types is named outside it, and none has attributes, base types or extension methods a framework could find: dead code? delete it, or keep this entry so nothing new starts using it"));
            }
        }

        for (int i = 0; i < proposals.Count; i++)
        {
            if (Replacement(proposals[i].Target, families, Covered) is { } replacement)
            {
                proposals[i] = proposals[i] with { Replacement = replacement.Namespace, Why = proposals[i].Why + $"; {replacement.Namespace} has the same-name {replacement.Names}" };
            }
        }

        foreach (var family in families)
        {
            var live = family.Where(t => !Covered(t.Namespace) && !facts.Traits(t).Obsolete).ToList();
            foreach (var type in family.Where(t => !Covered(t.Namespace) && facts.Traits(t).Obsolete))
            {
                proposals.Add(new LegacyProposal(
                    "type",
                    type.MetadataName,
                    live.Count == 1 ? live[0].MetadataName : null,
                    live.Count == 1 ? $"[Obsolete]; {live[0].MetadataName} has the same name" : "[Obsolete], in a same-name family"));
            }
        }

        return proposals.OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Target, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Whether a legacy entry covers the type: its namespace (or a parent) or the type itself.</summary>
    public static bool Covers(IEnumerable<LegacyProposal> proposals, DeclaredType type)
        => proposals.Any(p => p.Kind == "namespace"
            ? type.Namespace == p.Target || type.Namespace.StartsWith(p.Target + ".", StringComparison.Ordinal)
            : type.MetadataName == p.Target);

    /// <summary>The one namespace outside the legacy ones where the same-name counterparts of the namespace's types live.</summary>
    private static (string Namespace, string Names)? Replacement(string legacy, IReadOnlyList<ImmutableArray<DeclaredType>> families, Func<string, bool> covered)
    {
        bool Inside(DeclaredType t) => t.Namespace == legacy || t.Namespace.StartsWith(legacy + ".", StringComparison.Ordinal);
        var linked = families.Where(f => f.Any(Inside)).ToList();
        var targets = linked.SelectMany(f => f.Where(t => !covered(t.Namespace)).Select(t => t.Namespace)).Distinct(StringComparer.Ordinal).ToList();
        if (linked.Count == 0 || targets.Count != 1)
        {
            return null;
        }

        var names = linked.Select(f => f[0].Name).Order(StringComparer.Ordinal).ToList();
        return (targets[0], names.Count == 1 ? $"'{names[0]}'" : $"{names.Count} types ({string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", ..." : string.Empty)})");
    }

    private static SortedDictionary<string, List<DeclaredType>> ByNamespace(IEnumerable<DeclaredType> production)
    {
        var byNamespace = new SortedDictionary<string, List<DeclaredType>>(StringComparer.Ordinal);
        foreach (var type in production.Where(t => t.Namespace.Length > 0 && !t.Is(DeclaredTypeFlags.Nested)))
        {
            if (!byNamespace.TryGetValue(type.Namespace, out var list))
            {
                byNamespace[type.Namespace] = list = new List<DeclaredType>();
            }

            list.Add(type);
        }

        return byNamespace;
    }
}
