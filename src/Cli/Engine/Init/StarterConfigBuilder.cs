using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// Draws <c>init</c>'s proposals from the compiled solution, in the order their effects depend on: <c>tests</c>
/// globs first (they turn files into test code, which SSOT1003 does not compare), then <c>legacy</c> entries (SSOT1003
/// leaves legacy types out, and a canonical type must not be legacy), then SSOT1003's remaining families, triaged
/// by evidence (<see cref="FamilyTriage"/>). Each later step sees the configuration the earlier ones propose, so the
/// file, run unchanged, reports what the proposals say it will.
/// </summary>
internal static class StarterConfigBuilder
{
    public static (ImmutableArray<ProposedValue> Tests, ImmutableArray<LegacyProposal> Legacy, TriageResult Families) Build(
        IReadOnlyCollection<DeclaredType> declarations,
        CompiledSolution compiled,
        IEnumerable<string> projects,
        string rootDirectory,
        CancellationToken cancellationToken)
    {
        var detected = compiled.Variants
            .Where(v => v.Project.FilePath is not null)
            .GroupBy(v => v.Project.FilePath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Any(v => v.IsTestProject), StringComparer.Ordinal);
        var tests = TestGlobProposals.Propose(rootDirectory, projects, detected);
        var withTests = ConfigWith(rootDirectory, tests, ImmutableArray<LegacyProposal>.Empty);

        // What SSOT1003 compares under the proposed tests globs: production types outside them.
        var production = declarations
            .Where(t => !t.Is(DeclaredTypeFlags.Test) && !withTests.IsDeclaredTestPath(withTests.RelativePath(t.Path)))
            .ToList();
        var facts = new SolutionFacts(compiled, withTests, cancellationToken);
        var families = SameNameGroups.Find(production, withTests);
        facts.CountUses(families.SelectMany(f => f).Concat(LegacyProposals.UnusedCandidates(production, facts)));

        var legacy = LegacyProposals.Propose(production, families, facts);
        var withLegacy = ConfigWith(rootDirectory, tests, legacy);
        var remaining = SameNameGroups.Find(production, withLegacy);
        return (tests, legacy, FamilyTriage.Triage(remaining, production, facts));
    }

    /// <summary>The configuration of the proposals so far, parsed as ssot-check would parse the written file.</summary>
    private static SsotConfigFile ConfigWith(string rootDirectory, ImmutableArray<ProposedValue> tests, ImmutableArray<LegacyProposal> legacy)
    {
        var json = new Dictionary<string, object>
        {
            ["tests"] = tests.Select(t => t.Value).ToArray(),
            ["legacy"] = legacy.Select(l => new Dictionary<string, string> { [l.Kind] = l.Target }).ToArray(),
        };
        var parsed = SsotConfigParser.Parse(SourceText.From(JsonSerializer.Serialize(json)));
        return new SsotConfigFile(Path.Combine(rootDirectory, SsotConfigParser.FileName), parsed);
    }
}
