using System.Collections.Immutable;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Scoring;

/// <summary>
/// Computes the scores (docs/scoring.md): a scored file is compliant when it parses and carries no warning or error;
/// mission counts only mission-critical findings. A violation outside every scored file (in ssot.json, or with no
/// location) makes its place one more unit of the overall and mission scores (not compliant overall; for mission, when the violation is mission-critical), so it can never go
/// unseen by the gate. Per project scores and per rule counts come with it.
/// </summary>
internal static class ScoreCalculator
{
    public static ScoreReport Compute(ImmutableArray<ScoredFile> files, ImmutableArray<Finding> findings)
    {
        var violating = findings.Where(f => f.IsViolation).Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var missionViolating = findings.Where(f => f.IsViolation && f.MissionCritical).Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var scoredPaths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var elsewhere = violating.Where(p => !scoredPaths.Contains(p)).Order(StringComparer.Ordinal).ToImmutableArray();

        Score ScoreOf(IEnumerable<ScoredFile> subset, HashSet<string> bad, IReadOnlyCollection<string>? places = null)
        {
            int scored = places?.Count ?? 0;
            int compliant = places?.Count(p => !bad.Contains(p)) ?? 0;
            foreach (var file in subset)
            {
                scored++;
                if (file.Analyzed && !bad.Contains(file.Path))
                {
                    compliant++;
                }
            }

            return new Score(compliant, scored);
        }

        var projects = files
            .GroupBy(f => f.Project, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProjectScore(g.Key, ScoreOf(g, violating)))
            .ToImmutableArray();
        var rules = findings
            .GroupBy(f => f.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CountOf(g.Key, g.ToList()))
            .ToImmutableArray();

        return new ScoreReport(
            ScoreOf(files, violating, elsewhere),
            ScoreOf(files.Where(f => !f.IsTest), violating),
            ScoreOf(files.Where(f => f.IsTest), violating),
            ScoreOf(files, missionViolating, elsewhere),
            projects,
            rules,
            elsewhere);
    }

    /// <summary>
    /// A rule's findings, or for SSOT1003 its families: it reports every member of a same-name family in its own
    /// project with one message naming the whole family, so the distinct messages are the families.
    /// </summary>
    private static RuleCount CountOf(string id, List<Finding> findings)
    {
        string title = RuleCatalog.Find(id)?.Title ?? id;
        if (id != RuleIdentifiers.SameNameTypes)
        {
            return new RuleCount(id, title, findings.Count, findings.Count(f => f.IsViolation));
        }

        static int Families(IEnumerable<Finding> members) => members.Select(f => f.Message).Distinct(StringComparer.Ordinal).Count();
        return new RuleCount(id, title, Families(findings), Families(findings.Where(f => f.IsViolation)), CountsFamilies: true);
    }
}
