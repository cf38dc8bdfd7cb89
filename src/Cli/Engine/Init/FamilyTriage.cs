using System.Collections.Immutable;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>The proposals drawn from SSOT1003's families: concepts, discovery entries and the families left as notes.</summary>
internal sealed record TriageResult(
    ImmutableArray<ConceptCandidate> Concepts,
    ImmutableArray<ProposedValue> Families,
    ImmutableArray<ProposedValue> IgnoreNames,
    ImmutableArray<FamilyNote> NotProposed);

/// <summary>
/// Sorts same-name families by evidence. A family becomes a concept only when every other member has evidence
/// (<see cref="Evidence"/>) of being a copy of the canonical one, and its project can use the canonical one. The
/// canonical is chosen by use: a used member before an unused one (and one a framework may use before a dead one), one that every member's project can see, the
/// most references, then the old tie-breaks (not legacy-looking, in the most-referenced project, shortest namespace,
/// place). Families without evidence become <c>discovery.families</c> (sibling namespaces that differ in one
/// segment and share at least two such names), <c>discovery.ignoreNames</c> (a name in three or more namespaces),
/// or a note.
/// </summary>
internal static class FamilyTriage
{
    private static readonly string[] LegacyWords = { "legacy", "old", "obsolete", "deprecated", "compat", "backup", "archive" };

    /// <param name="production">Every production type (nested ones too): what a concept's <c>match</c> would claim.</param>
    public static TriageResult Triage(IReadOnlyList<ImmutableArray<DeclaredType>> families, IReadOnlyCollection<DeclaredType> production, SolutionFacts facts)
    {
        var byName = production.ToLookup(t => t.Name, StringComparer.Ordinal);
        var concepts = new List<ConceptCandidate>();
        var notes = new List<FamilyNote>();
        var unrelated = new List<ImmutableArray<DeclaredType>>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in families)
        {
            var members = family.Select(facts.Member).ToList();
            var ordered = members
                .OrderByDescending(m => m.References > 0)
                .ThenBy(m => m.Unused)
                .ThenByDescending(m => members.All(o => facts.CanSee(o.Type.Assembly, m.Type.Assembly)))
                .ThenByDescending(m => m.References)
                .ThenBy(m => LooksLegacy(m.Type, facts.Config))
                .ThenByDescending(m => facts.ReferencedBy(m.Type.Assembly))
                .ThenBy(m => m.Type.Namespace.Count(c => c == '.'))
                .ThenBy(m => m.Type, Comparer<DeclaredType>.Create(DeclaredType.CompareByPlace))
                .ToList();
            var canonical = ordered[0];
            var others = ordered.Skip(1).ToList();
            var canonicalShape = facts.Shape(canonical.Type);
            var evidence = others.Select(o => canonicalShape is not null && facts.Shape(o.Type) is { } shape ? Evidence.Between(canonicalShape, shape) : Evidence.None).ToList();
            string name = family[0].Name;
            if (evidence.All(e => e.Strength == 0))
            {
                unrelated.Add(family);
                continue;
            }

            if (others.Select(o => Mapping(canonical, o, facts)).FirstOrDefault(m => m is not null) is { } mapping)
            {
                notes.Add(new FamilyNote(
                    name,
                    ordered.ToImmutableArray(),
                    $"{Strongest(evidence).Text}, but {mapping} converts one into the other: a model kept apart on purpose at a boundary (an API or storage shape), not a copy to merge"));
                continue;
            }

            if (evidence.Any(e => e.Strength == 0))
            {
                var copies = others.Where((_, i) => evidence[i].Strength > 0).Select(o => o.Type.MetadataName).ToList();
                var different = others.Where((_, i) => evidence[i].Strength == 0).Select(o => o.Type.MetadataName).ToList();
                notes.Add(new FamilyNote(
                    name,
                    ordered.ToImmutableArray(),
                    $"partly copies: {string.Join(", ", copies)} {(copies.Count == 1 ? "copies" : "copy")} {canonical.Type.MetadataName} ({Strongest(evidence).Text}), "
                    + $"but {string.Join(", ", different)} {(different.Count == 1 ? "is a different thing: rename it" : "are different things: rename them")}, then declare the concept"));
                continue;
            }

            // A dead copy need not see the canonical one (it is to be deleted); a live one must be able to use it.
            var blind = others.Where(o => !o.Unused && !facts.CanSee(o.Type.Assembly, canonical.Type.Assembly)).ToList();
            if (blind.Count > 0)
            {
                notes.Add(new FamilyNote(name, ordered.ToImmutableArray(), $"{Strongest(evidence).Text}, but in projects that do not reference each other (copies kept per service on purpose?); to share one, move it to a project they all reference"));
                continue;
            }

            // SSOT1001 reports every concrete class or struct the name glob matches: a nested type, another arity or a
            // legacy copy of the name would be reported too, so such a family is left for a hand-written concept.
            var claimed = byName[name]
                .Where(t => t.IsConcrete && !family.Contains(t) && t.BaseClass != canonical.Type.MetadataName)
                .OrderBy(t => t, Comparer<DeclaredType>.Create(DeclaredType.CompareByPlace))
                .ToList();
            if (claimed.Count > 0)
            {
                notes.Add(new FamilyNote(name, ordered.ToImmutableArray(), $"{Strongest(evidence).Text}, but \"match\": [\"{name}\"] would also claim {string.Join(", ", claimed.Take(3).Select(t => t.MetadataName))}{(claimed.Count > 3 ? $" and {claimed.Count - 3} more" : string.Empty)}; rename those, or write the concept by hand (implements, aliases)"));
                continue;
            }

            string conceptName = canonical.Type.Arity == 0 ? name : $"{name}`{canonical.Type.Arity}";
            for (int n = 2; !usedNames.Add(conceptName); n++)
            {
                conceptName = $"{name}{n}";
            }

            var weakest = evidence.OrderBy(e => e.Strength).First();
            string text = others.Count == 1 ? weakest.Text : $"{weakest.Text} (the weakest of {others.Count} copies)";
            concepts.Add(new ConceptCandidate(conceptName, canonical, others.ToImmutableArray(), weakest.Strength, text, Why(canonical, others, facts)));
        }

        var (globs, ignoreNames, left) = Discovery(unrelated);
        notes.AddRange(left.Select(f => new FamilyNote(
            f[0].Name,
            f.Select(facts.Member).ToImmutableArray(),
            "same name, different members: probably distinct things; rename one, or add the name to discovery.ignoreNames")));
        return new TriageResult(
            concepts.OrderByDescending(c => c.Strength).ThenBy(c => c.Name, StringComparer.Ordinal).ToImmutableArray(),
            globs,
            ignoreNames,
            notes.OrderBy(n => n.Name, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>
    /// A method or constructor of one member that takes the other (Duplicati's web DTO <c>UpdateInfo.FromSrc(AutoUpdater.UpdateInfo)</c>):
    /// the two are kept apart on purpose and mapped, so their shared members are the mapping, not a copy. Null when neither takes the other.
    /// </summary>
    private static string? Mapping(FamilyMember a, FamilyMember b, SolutionFacts facts) => MapsFrom(a, b, facts) ?? MapsFrom(b, a, facts);

    private static string? MapsFrom(FamilyMember mapper, FamilyMember source, SolutionFacts facts)
    {
        if (facts.Symbol(mapper.Type) is not { } symbol)
        {
            return null;
        }

        foreach (var method in symbol.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>())
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type is Microsoft.CodeAnalysis.INamedTypeSymbol type
                    && type.OriginalDefinition.ContainingAssembly?.Name == source.Type.Assembly
                    && Netra.Ssot.Engine.SymbolNames.MetadataName(type.OriginalDefinition) == source.Type.MetadataName)
                {
                    string member = method.MethodKind == Microsoft.CodeAnalysis.MethodKind.Constructor ? "ctor" : method.Name;
                    return $"{mapper.Type.MetadataName}.{member}({source.Type.MetadataName})";
                }
            }
        }

        return null;
    }

    private static Evidence Strongest(List<Evidence> evidence) => evidence.OrderByDescending(e => e.Strength).First();

    /// <summary>Why this member is canonical, in the terms of the ordering.</summary>
    private static string Why(FamilyMember canonical, List<FamilyMember> others, SolutionFacts facts)
    {
        var reasons = new List<string>();
        if (canonical.References > 0)
        {
            // The most used copy loses to one every project can see (Duplicati's Serialization.Filter, 1 reference,
            // before the server's own Database.Filter, 4): say so, rather than calling the canonical one the most used.
            var mostUsed = others.OrderByDescending(o => o.References).First();
            reasons.Add(others.All(o => o.References == 0) ? $"the only one used ({canonical.References} reference(s))"
                : mostUsed.References <= canonical.References ? $"the most used ({canonical.References} reference(s))"
                : $"used ({canonical.References} reference(s); {mostUsed.Type.MetadataName} has {mostUsed.References})");
        }
        else
        {
            reasons.Add("none is used by name");
        }

        var all = others.Append(canonical).ToList();
        bool VisibleToAll(FamilyMember member) => all.All(m => facts.CanSee(m.Type.Assembly, member.Type.Assembly));
        if (VisibleToAll(canonical) && others.Any(o => !VisibleToAll(o)))
        {
            reasons.Add($"every member's project can use {canonical.Type.Assembly}");
        }

        if (!others.Any(o => o.References > canonical.References) && others.All(o => o.References == canonical.References) && facts.ReferencedBy(canonical.Type.Assembly) > 0)
        {
            reasons.Add($"in {canonical.Type.Assembly}, which {facts.ReferencedBy(canonical.Type.Assembly)} other project(s) reference, directly or through another");
        }

        return string.Join("; ", reasons);
    }

    /// <summary>
    /// Families without evidence: sibling namespaces (the same but for one segment, not the first) that share at
    /// least two such names are providers or plugins of one kind, and the namespace glob with <c>*</c> for that
    /// segment becomes one <c>discovery.families</c> entry, when every namespace it matches among these families is
    /// such a sibling (so <c>Shop.*</c> is not proposed because <c>Shop.Orders</c> and <c>Shop.Catalog</c> share one
    /// name). A family inside one glob is covered; a name in three or more namespaces becomes an ignore name; the
    /// rest are returned.
    /// </summary>
    private static (ImmutableArray<ProposedValue> Globs, ImmutableArray<ProposedValue> IgnoreNames, List<ImmutableArray<DeclaredType>> Left) Discovery(
        List<ImmutableArray<DeclaredType>> families)
    {
        var pairNames = new Dictionary<(string Glob, string A, string B), SortedSet<string>>();
        foreach (var family in families)
        {
            var namespaces = family.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var (glob, a, b) in SiblingPairs(namespaces))
            {
                if (!pairNames.TryGetValue((glob, a, b), out var names))
                {
                    pairNames[(glob, a, b)] = names = new SortedSet<string>(StringComparer.Ordinal);
                }

                names.Add(family[0].Name);
            }
        }

        var familyNamespaces = families.SelectMany(f => f.Select(t => t.Namespace)).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<(NameGlob Glob, SortedSet<string> Names)>();
        foreach (var byGlob in pairNames.Where(p => p.Value.Count >= 2).GroupBy(p => p.Key.Glob).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var glob = new NameGlob(byGlob.Key);
            var siblings = byGlob.SelectMany(p => new[] { p.Key.A, p.Key.B }).ToHashSet(StringComparer.Ordinal);
            if (familyNamespaces.Where(glob.IsMatch).All(siblings.Contains))
            {
                chosen.Add((glob, new SortedSet<string>(byGlob.SelectMany(p => p.Value), StringComparer.Ordinal)));
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var left = new List<ImmutableArray<DeclaredType>>();
        var ignore = new List<ProposedValue>();
        foreach (var family in families)
        {
            var match = chosen.FirstOrDefault(c => family.All(t => c.Glob.IsMatch(t.Namespace)));
            if (match.Glob is not null)
            {
                used.Add(match.Glob.Pattern);
                continue;
            }

            int namespaces = family.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).Count();
            if (namespaces >= 3)
            {
                ignore.Add(new ProposedValue(family[0].Name, $"declared in {namespaces} namespaces with different members ({Places(family)}): a role name, not one concept"));
            }
            else
            {
                left.Add(family);
            }
        }

        var globProposals = chosen
            .Where(c => used.Contains(c.Glob.Pattern))
            .Select(c => new ProposedValue(c.Glob.Pattern, $"sibling namespaces that differ in one segment declare the same names with different members ({string.Join(", ", c.Names.Take(4))}{(c.Names.Count > 4 ? ", ..." : string.Empty)}): one implementation per provider or plugin"))
            .ToImmutableArray();
        return (globProposals, ignore.OrderBy(i => i.Value, StringComparer.Ordinal).ToImmutableArray(), left);
    }

    /// <summary>Pairs of namespaces with as many segments that differ in exactly one, not the first; the glob has <c>*</c> there.</summary>
    private static List<(string Glob, string A, string B)> SiblingPairs(List<string> namespaces)
    {
        var pairs = new List<(string, string, string)>();
        for (int i = 0; i < namespaces.Count; i++)
        {
            for (int j = i + 1; j < namespaces.Count; j++)
            {
                string[] a = namespaces[i].Split('.');
                string[] b = namespaces[j].Split('.');
                if (a.Length != b.Length)
                {
                    continue;
                }

                var differing = Enumerable.Range(0, a.Length).Where(k => a[k] != b[k]).ToList();
                if (differing.Count == 1 && differing[0] > 0)
                {
                    var segments = (string[])a.Clone();
                    segments[differing[0]] = "*";
                    pairs.Add((string.Join(".", segments), namespaces[i], namespaces[j]));
                }
            }
        }

        return pairs;
    }

    private static string Places(ImmutableArray<DeclaredType> family)
        => string.Join(", ", family.Take(3).Select(t => t.Namespace)) + (family.Length > 3 ? $" and {family.Length - 3} more" : string.Empty);

    private static bool LooksLegacy(DeclaredType type, SsotConfigFile config)
    {
        var segments = type.Namespace.Split('.').Concat(config.RelativePath(type.Path).Split('/'));
        return segments.Any(s => LegacyWords.Any(w => s.Equals(w, StringComparison.OrdinalIgnoreCase) || (s.StartsWith(w, StringComparison.OrdinalIgnoreCase) && s.Length > w.Length && char.IsUpper(s[w.Length]))));
    }
}
