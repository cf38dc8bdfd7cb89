using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>A same-name family proposed as a concept, with the declaration suggested as canonical.</summary>
internal sealed record ConceptCandidate(string Name, DeclaredType Canonical, ImmutableArray<DeclaredType> Others, string Why);

/// <summary>What <c>ssot-check init</c> found: the candidates and what they were drawn from.</summary>
internal sealed record StarterConfig(
    string Solution,
    string RootDirectory,
    ImmutableArray<ConceptCandidate> Concepts,
    int Projects,
    int Files,
    ImmutableArray<LoadIssue> LoadIssues);

/// <summary>
/// Turns the solution's same-name families (SSOT1003's grouping, with its default ignores) into concept
/// candidates. The suggested canonical is production code before test code, not in a legacy-looking folder or
/// namespace, in the project most other projects reference, then the shortest namespace.
/// </summary>
internal static class StarterConfigBuilder
{
    private static readonly string[] LegacyWords = { "legacy", "old", "obsolete", "deprecated", "compat", "backup", "archive" };

    public static ImmutableArray<ConceptCandidate> Suggest(IReadOnlyCollection<DeclaredType> declarations, CompiledSolution compiled, SsotConfigFile emptyConfig)
    {
        var referencedBy = ReferenceCounts(compiled);
        var candidates = ImmutableArray.CreateBuilder<ConceptCandidate>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in SameNameGroups.Find(declarations, emptyConfig))
        {
            var ordered = group
                .OrderBy(t => t.Is(DeclaredTypeFlags.Test))
                .ThenBy(t => LooksLegacy(t, emptyConfig))
                .ThenByDescending(t => referencedBy.GetValueOrDefault(t.Assembly))
                .ThenBy(t => t.Namespace.Count(c => c == '.'))
                .ThenBy(t => t, Comparer<DeclaredType>.Create(DeclaredType.CompareByPlace))
                .ToList();
            var canonical = ordered[0];
            string name = canonical.Arity == 0 ? canonical.Name : $"{canonical.Name}`{canonical.Arity}";
            for (int n = 2; !usedNames.Add(name); n++)
            {
                name = $"{canonical.Name}{n}";
            }

            candidates.Add(new ConceptCandidate(name, canonical, ordered.Skip(1).ToImmutableArray(), Why(canonical, ordered, referencedBy, emptyConfig)));
        }

        return candidates.OrderBy(c => c.Name, StringComparer.Ordinal).ToImmutableArray();
    }

    private static string Why(DeclaredType canonical, List<DeclaredType> ordered, Dictionary<string, int> referencedBy, SsotConfigFile config)
    {
        var reasons = new List<string>();
        if (!canonical.Is(DeclaredTypeFlags.Test) && ordered.Any(t => t.Is(DeclaredTypeFlags.Test)))
        {
            reasons.Add("production code");
        }

        if (!LooksLegacy(canonical, config) && ordered.Any(t => LooksLegacy(t, config)))
        {
            reasons.Add("the others look legacy");
        }

        int references = referencedBy.GetValueOrDefault(canonical.Assembly);
        if (references > 0 && ordered.Any(t => referencedBy.GetValueOrDefault(t.Assembly) < references))
        {
            reasons.Add($"in {canonical.Assembly}, which {references} other project(s) reference");
        }

        return reasons.Count == 0 ? "first by namespace depth and place" : string.Join("; ", reasons);
    }

    private static bool LooksLegacy(DeclaredType type, SsotConfigFile config)
    {
        var segments = type.Namespace.Split('.').Concat(config.RelativePath(type.Path).Split('/'));
        return segments.Any(s => LegacyWords.Any(w => s.Equals(w, StringComparison.OrdinalIgnoreCase) || s.StartsWith(w, StringComparison.OrdinalIgnoreCase) && s.Length > w.Length && char.IsUpper(s[w.Length])));
    }

    /// <summary>How many of the compiled projects reference each assembly (a shared library scores high).</summary>
    private static Dictionary<string, int> ReferenceCounts(CompiledSolution compiled)
    {
        var assemblyOf = compiled.Variants
            .GroupBy(v => v.Project.Id)
            .ToDictionary(g => g.Key, g => g.First().Compilation.AssemblyName ?? string.Empty);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in compiled.Variants.GroupBy(v => v.Name).Select(g => g.First().Project))
        {
            foreach (var reference in project.ProjectReferences)
            {
                if (assemblyOf.TryGetValue(reference.ProjectId, out string? assembly))
                {
                    counts[assembly] = counts.GetValueOrDefault(assembly) + 1;
                }
            }
        }

        return counts;
    }
}
