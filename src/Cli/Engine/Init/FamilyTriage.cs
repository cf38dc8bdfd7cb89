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
/// canonical is chosen by use: a used member before an unused one, one that every member's project can see, the
/// most references, then the old tie-breaks (not legacy-looking, in the most-referenced project, shortest namespace,
/// place). Families without evidence become <c>discovery.families</c> (sibling namespaces that differ in one
/// segment and share at least two such names), <c>discovery.ignoreNames</c> (a name in three or more namespaces),
/// or a note.
/// </summary>
internal static class FamilyTriage
{
    private static readonly string[] LegacyWords = { "legacy", "old", "obsolete", "deprecated", "compat", "backup", "archive" };

    public static TriageResult Triage(IReadOnlyList<ImmutableArray<DeclaredType>> families, SolutionFacts facts)
    {
        var concepts = new List<ConceptCandidate>();
        var notes = new List<FamilyNote>();
        var unrelated = new List<ImmutableArray<DeclaredType>>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in families)
        {
            var members = family.Select(facts.Member).ToList();
            var ordered = members
                .OrderByDescending(m => m.References > 0)
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

            if (evidence.Any(e => e.Strength == 0))
            {
                var copies = others.Where((_, i) => evidence[i].Strength > 0).Select(o => o.Type.MetadataName);
                var different = others.Where((_, i) => evidence[i].Strength == 0).Select(o => o.Type.MetadataName);
                notes.Add(new FamilyNote(name, ordered.ToImmutableArray(), $"only partly copies: {string.Join(", ", copies)} of {canonical.Type.MetadataName}, but {string.Join(", ", different)} differ; rename those first, then declare the concept"));
                continue;
            }

            var blind = others.Where(o => !facts.CanSee(o.Type.Assembly, canonical.Type.Assembly)).ToList();
            if (blind.Count > 0)
            {
                notes.Add(new FamilyNote(name, ordered.ToImmutableArray(), $"{Strongest(evidence).Text}, but in projects that do not reference each other (copies kept per service on purpose?); to share one, move it to a project they all reference"));
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

        var (globs, ignoreNames, left) = Discovery(unrelated, facts);
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

    private static Evidence Strongest(List<Evidence> evidence) => evidence.OrderByDescending(e => e.Strength).First();

    /// <summary>Why this member is canonical, in the terms of the ordering.</summary>
    private static string Why(FamilyMember canonical, List<FamilyMember> others, SolutionFacts facts)
    {
        var reasons = new List<string>();
        if (canonical.References > 0)
        {
            reasons.Add(others.All(o => o.References == 0)
                ? $"the only one used ({canonical.References} reference(s))"
                : $"the most used ({canonical.References} reference(s))");
        }
        else
        {
            reasons.Add("none is used by name");
        }

        if (others.Any(o => !others.Concat(new[] { canonical }).All(m => facts.CanSee(m.Type.Assembly, o.Type.Assembly))))
        {
            reasons.Add($"every member's project can use {canonical.Type.Assembly}");
        }

        if (!others.Any(o => o.References > canonical.References) && others.All(o => o.References == canonical.References) && facts.ReferencedBy(canonical.Type.Assembly) > 0)
        {
            reasons.Add($"in {canonical.Type.Assembly}, which {facts.ReferencedBy(canonical.Type.Assembly)} other project(s) reference");
        }

        return string.Join("; ", reasons);
    }

    /// <summary>
    /// Families without evidence: those whose namespaces differ in one segment from sibling namespaces sharing at least
    /// two such names become one <c>discovery.families</c> glob; a name in three or more namespaces becomes an ignore
    /// name; the rest are returned.
    /// </summary>
    private static (ImmutableArray<ProposedValue> Globs, ImmutableArray<ProposedValue> IgnoreNames, List<ImmutableArray<DeclaredType>> Left) Discovery(
        List<ImmutableArray<DeclaredType>> families,
        SolutionFacts facts)
    {
        var namesByGlob = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var family in families)
        {
            var namespaces = family.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).ToList();
            foreach (string glob in SiblingGlobs(namespaces))
            {
                if (!namesByGlob.TryGetValue(glob, out var names))
                {
                    namesByGlob[glob] = names = new SortedSet<string>(StringComparer.Ordinal);
                }

                names.Add(family[0].Name);
            }
        }

        var globs = namesByGlob.Where(g => g.Value.Count >= 2)
            .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(NameGlob Glob, SortedSet<string> Names)>();
        var left = new List<ImmutableArray<DeclaredType>>();
        var ignore = new List<ProposedValue>();
        foreach (var family in families)
        {
            var match = globs.FirstOrDefault(g => family.All(t => new NameGlob(g.Key).IsMatch(t.Namespace)));
            if (match.Key is not null)
            {
                if (!chosen.Any(c => c.Glob.Pattern == match.Key))
                {
                    chosen.Add((new NameGlob(match.Key), match.Value));
                }

                continue;
            }

            int namespaces = family.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).Count();
            if (namespaces >= 3)
            {
                ignore.Add(new ProposedValue(family[0].Name, $"declared in {namespaces} namespaces with different members ({Places(family, facts)}): a role name, not one concept"));
            }
            else
            {
                left.Add(family);
            }
        }

        var globProposals = chosen
            .OrderBy(c => c.Glob.Pattern, StringComparer.Ordinal)
            .Select(c => new ProposedValue(c.Glob.Pattern, $"sibling namespaces that differ in one segment declare {c.Names.Count} same-name types with different members ({string.Join(", ", c.Names.Take(4))}{(c.Names.Count > 4 ? ", ..." : string.Empty)}): one implementation per provider or plugin"))
            .ToImmutableArray();
        return (globProposals, ignore.OrderBy(i => i.Value, StringComparer.Ordinal).ToImmutableArray(), left);
    }

    /// <summary>For each pair of namespaces with as many segments, differing in exactly one that is not the first: the namespace with that segment as <c>*</c>.</summary>
    private static HashSet<string> SiblingGlobs(List<string> namespaces)
    {
        var globs = new HashSet<string>(StringComparer.Ordinal);
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
                    globs.Add(string.Join(".", segments));
                }
            }
        }

        return globs;
    }

    private static string Places(ImmutableArray<DeclaredType> family, SolutionFacts facts)
        => string.Join(", ", family.Take(3).Select(t => t.Namespace)) + (family.Length > 3 ? $" and {family.Length - 3} more" : string.Empty);

    private static bool LooksLegacy(DeclaredType type, SsotConfigFile config)
    {
        var segments = type.Namespace.Split('.').Concat(config.RelativePath(type.Path).Split('/'));
        return segments.Any(s => LegacyWords.Any(w => s.Equals(w, StringComparison.OrdinalIgnoreCase) || (s.StartsWith(w, StringComparison.OrdinalIgnoreCase) && s.Length > w.Length && char.IsUpper(s[w.Length]))));
    }
}
