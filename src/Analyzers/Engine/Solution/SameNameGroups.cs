using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// SSOT1003's grouping, shared by the analyzer and <c>ssot-check init</c>: top-level types with the same simple
/// name and arity declared in more than one namespace family, that no concept declares and no ignore pattern
/// or legacy entry covers. With the defaults, <see cref="LegitimateFamilies"/> leaves migrations and localization
/// classes out and joins per-provider copies, specialisations and alternative implementations into one family.
/// </summary>
public static class SameNameGroups
{
    /// <param name="index">ssot-check's solution index, which knows which project references which; null in a build or for init.</param>
    /// <param name="weighEvidence">
    /// With the defaults, report only families with evidence of copying (<see cref="CopyEvidence"/>); SSOT1003 weighs
    /// it, <c>ssot-check init</c> (which ranks the families itself) does not yet.
    /// </param>
    public static ImmutableArray<ImmutableArray<DeclaredType>> Find(IEnumerable<DeclaredType> types, SsotConfigFile config, SolutionIndex? index = null, bool weighEvidence = false)
    {
        var discovery = config.Config.Discovery;
        var ignoreNames = discovery.UseDefaults ? DiscoverySection.DefaultIgnoreNames.AddRange(discovery.IgnoreNames) : discovery.IgnoreNames;
        var byName = new Dictionary<(string Name, int Arity), List<DeclaredType>>();
        var compared = new List<DeclaredType>();
        var byMetadataName = new Dictionary<string, DeclaredType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            byMetadataName[type.MetadataName] = type;
            if (type.Is(DeclaredTypeFlags.Nested)
                || type.Is(DeclaredTypeFlags.Delegate)
                || !InScope(type, discovery.Scope))
            {
                continue;
            }

            compared.Add(type);
            if (NameGlob.MatchesAny(ignoreNames, type.Name)
                || IsLegacy(type, config)
                || (discovery.UseDefaults && LegitimateFamilies.IsLeftAlone(type)))
            {
                continue;
            }

            var key = (type.Name, type.Arity);
            if (!byName.TryGetValue(key, out var members))
            {
                byName[key] = members = new List<DeclaredType>();
            }

            members.Add(type);
        }

        var legitimate = discovery.UseDefaults ? new LegitimateFamilies(compared, index) : null;
        var candidates = new List<(List<DeclaredType> Members, List<(DeclaredType A, DeclaredType B)> Pairs)>();
        foreach (var members in byName.Values)
        {
            if (members.Count < 2 || IsDeclaredConcept(members, config.Config, byMetadataName))
            {
                continue;
            }

            var pairs = PairsOfSeveralFamilies(members, discovery, legitimate);
            if (pairs.Count > 0)
            {
                candidates.Add((members, pairs));
            }
        }

        var evidence = discovery.UseDefaults && weighEvidence ? new CopyEvidence(candidates.Select(c => (IReadOnlyList<(DeclaredType, DeclaredType)>)c.Pairs), index) : null;
        var groups = ImmutableArray.CreateBuilder<ImmutableArray<DeclaredType>>();
        foreach (var (members, pairs) in candidates)
        {
            if (evidence is null || pairs.Any(pair => evidence.LookLikeCopies(pair.A, pair.B)))
            {
                members.Sort(DeclaredType.CompareByPlace);
                groups.Add(members.ToImmutableArray());
            }
        }

        return groups.ToImmutable();
    }

    /// <summary>
    /// The pairs of members of a same-name group that are in different families: in namespaces of different families
    /// (<see cref="FamilyOf"/>) and, with the defaults, not related by <see cref="LegitimateFamilies.AreOneFamily"/>.
    /// Pairwise, not transitive: a copy in a project that sees the original is reported even when a third member is a
    /// per-service copy of both. With the defaults, the group is then reported when one of these pairs looks like a
    /// copy (<see cref="CopyEvidence"/>).
    /// </summary>
    private static List<(DeclaredType A, DeclaredType B)> PairsOfSeveralFamilies(List<DeclaredType> members, DiscoverySection discovery, LegitimateFamilies? legitimate)
    {
        var pairs = new List<(DeclaredType A, DeclaredType B)>();
        var families = members.Select(m => FamilyOf(m.Namespace, discovery)).ToList();
        for (int i = 0; i < members.Count; i++)
        {
            for (int j = i + 1; j < members.Count; j++)
            {
                if (!string.Equals(families[i], families[j], StringComparison.Ordinal)
                    && (legitimate is null || !legitimate.AreOneFamily(members[i], members[j])))
                {
                    pairs.Add((members[i], members[j]));
                    if (legitimate is null)
                    {
                        return pairs; // without the defaults one pair decides, and no evidence is weighed
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// The family a namespace belongs to: the first <c>families</c> glob it matches, else the namespace with version
    /// segments (<c>V2</c>, <c>v3_1</c>, <c>2019_01_01</c>) folded when the defaults are on, else the namespace.
    /// </summary>
    public static string FamilyOf(string ns, DiscoverySection discovery)
    {
        foreach (var family in discovery.Families)
        {
            if (family.IsMatch(ns))
            {
                return "family:" + family.Pattern;
            }
        }

        if (!discovery.UseDefaults || ns.Length == 0)
        {
            return ns;
        }

        string[] segments = ns.Split('.');
        for (int i = 0; i < segments.Length; i++)
        {
            if (IsVersionSegment(segments[i]))
            {
                segments[i] = "{version}";
            }
        }

        return string.Join(".", segments);
    }

    /// <summary><c>V2</c>, <c>v10</c>, <c>V3_1</c>, <c>V2019_01_01</c>, <c>_2019_01_01</c>: a 'v' or '_' and digits, '_' between.</summary>
    private static bool IsVersionSegment(string segment)
    {
        if (segment.Length < 2 || !(segment[0] is 'v' or 'V' or '_') || !char.IsDigit(segment[1]))
        {
            return false;
        }

        for (int i = 2; i < segment.Length; i++)
        {
            if (!(char.IsDigit(segment[i]) || (segment[i] == '_' && i + 1 < segment.Length && char.IsDigit(segment[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InScope(DeclaredType type, ConceptScope scope) => scope switch
    {
        ConceptScope.Production => !type.Is(DeclaredTypeFlags.Test),
        ConceptScope.Test => type.Is(DeclaredTypeFlags.Test),
        _ => true,
    };

    /// <summary>
    /// Whether a concept declares this family: a member is the concept's canonical type or an alias, or its name matches
    /// the concept's <c>match</c> globs and it is the same kind of type as the canonical (class or record, struct,
    /// interface, enum, delegate). A concept for the enum <c>InvoiceStatus</c> matching <c>*Status</c> does not declare a
    /// family of <c>PaymentStatus</c> classes (SSOT1001 does not compare them with the enum either). When the canonical
    /// type is not among the compared types, the globs decide alone.
    /// </summary>
    private static bool IsDeclaredConcept(List<DeclaredType> members, SsotConfig config, Dictionary<string, DeclaredType> byMetadataName)
    {
        foreach (var concept in config.Concepts)
        {
            byMetadataName.TryGetValue(concept.Canonical, out var canonical);
            foreach (var member in members)
            {
                if (member.MetadataName == concept.Canonical
                    || concept.Aliases.Any(a => a.Value == member.MetadataName)
                    || (NameGlob.MatchesAny(concept.Match, member.Name) && (canonical is null || IsSameTypeKind(member, canonical))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSameTypeKind(DeclaredType a, DeclaredType b)
    {
        const DeclaredTypeFlags Kind = DeclaredTypeFlags.Class | DeclaredTypeFlags.Struct | DeclaredTypeFlags.Interface | DeclaredTypeFlags.Enum | DeclaredTypeFlags.Delegate;
        return (a.Flags & Kind) == (b.Flags & Kind);
    }

    /// <summary>Retired code is the legacy rules' business (SSOT3xxx), not a discovery finding.</summary>
    private static bool IsLegacy(DeclaredType type, SsotConfigFile config)
    {
        if (LegacyCatalog.MatchPath(config, type.Path) is not null)
        {
            return true;
        }

        foreach (var entry in config.Config.Legacy)
        {
            if ((entry.Kind == LegacyKind.Namespace && LegacyCatalog.IsWithin(type.Namespace, entry.Target))
                || (entry.Kind == LegacyKind.Type && type.MetadataName == entry.Target))
            {
                return true;
            }
        }

        return false;
    }
}
