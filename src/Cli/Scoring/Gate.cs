using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Scoring;

/// <summary>Decides the gate from the scores and the coverage (exit code 1 when it fails).</summary>
internal static class Gate
{
    /// <param name="baseline">With a baseline, any new violation fails the gate too (and stale entries, when asked).</param>
    public static GateResult Evaluate(ScoreReport score, Coverage coverage, GateCriteria criteria, BaselineComparison? baseline = null, bool failOnStale = false)
    {
        var scoreGate = EvaluateScores(score, coverage, criteria);
        if (baseline is null || !scoreGate.Passed)
        {
            return scoreGate;
        }

        if (!baseline.New.IsEmpty)
        {
            return new GateResult(false, $"{baseline.New.Length} new violation(s) not in the baseline ({baseline.Known.Length} known); {scoreGate.Reason}");
        }

        if (failOnStale && !baseline.Stale.IsEmpty)
        {
            return new GateResult(false, $"{baseline.Stale.Length} baseline entr{(baseline.Stale.Length == 1 ? "y is" : "ies are")} stale (fixed or changed); update the baseline with --update-baseline. {Capitalize(scoreGate.Reason)}");
        }

        return new GateResult(true, $"no new violations ({baseline.Known.Length} known, {baseline.Stale.Length} stale baseline entr{(baseline.Stale.Length == 1 ? "y" : "ies")}); {scoreGate.Reason}");
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Every criterion is checked; a failed gate names each one that failed, a passed gate each one it checked.</summary>
    private static GateResult EvaluateScores(ScoreReport score, Coverage coverage, GateCriteria criteria)
    {
        var failed = new List<string>();
        var passed = new List<string>();
        if (!criteria.MissionOnly)
        {
            double overall = score.Overall.Percent ?? 100.0;
            if (criteria.MinOverall is not { } minimum)
            {
                passed.Add("no minimum overall score set (use --min-score or thresholds.overall in ssot.json)");
            }
            else if (overall < minimum)
            {
                failed.Add($"overall score {Format(overall)}% is below the minimum {Format(minimum)}%");
            }
            else
            {
                passed.Add($"overall score {Format(overall)}% meets the minimum {Format(minimum)}%");
            }
        }

        double mission = score.Mission.Percent ?? 100.0;
        int missionViolating = score.Mission.Scored - score.Mission.Compliant;
        if (mission < criteria.MinMission)
        {
            failed.Add($"mission score {Format(mission)}% is below {Format(criteria.MinMission)}% ({missionViolating} of {score.Mission.Scored} files not mission-compliant)");
        }
        else
        {
            passed.Add(missionViolating == 0
                ? $"no mission-critical violations (mission score {Format(mission)}%)"
                : $"mission score {Format(mission)}% meets {Format(criteria.MinMission)}%");
        }

        if (coverage.Files.Percent < criteria.MinCoverage)
        {
            failed.Add($"only {Format(coverage.Files.Percent)}% of the hand-written files were analyzed ({coverage.Summary}), below the required {Format(criteria.MinCoverage)}% (thresholds.coverage); see what was not fully analyzed");
        }
        else
        {
            passed.Add(coverage.Files.IsComplete
                ? $"all {coverage.Files.Total} hand-written files analyzed"
                : $"{Format(coverage.Files.Percent)}% of the hand-written files analyzed ({coverage.Files.Display}), at least {Format(criteria.MinCoverage)}%");
        }

        if (criteria.FailOnIncomplete && !coverage.IsComplete)
        {
            failed.Add("the analysis is incomplete (--fail-on-incomplete): " + Incompleteness(coverage));
        }

        return failed.Count > 0
            ? new GateResult(false, string.Join("; ", failed) + ".")
            : new GateResult(true, string.Join("; ", passed) + ".");
    }

    private static string Incompleteness(Coverage coverage)
    {
        var parts = new List<string>();
        if (!coverage.Projects.IsComplete)
        {
            parts.Add($"{coverage.Projects.Total - coverage.Projects.Analyzed} project(s) not analyzed");
        }

        if (!coverage.Files.IsComplete)
        {
            parts.Add($"{coverage.Files.Total - coverage.Files.Analyzed} file(s) not analyzed");
        }

        if (!coverage.ProjectsWithErrors.IsEmpty)
        {
            parts.Add($"{coverage.ProjectsWithErrors.Length} project(s) with compiler errors");
        }

        if (!coverage.IncompleteEnvironments.IsEmpty)
        {
            parts.Add($"{coverage.IncompleteEnvironments.Length} project(s) without a complete environment");
        }

        if (coverage.HeldBack > 0)
        {
            parts.Add($"{coverage.HeldBack} finding(s) held back");
        }

        return string.Join(", ", parts);
    }

    private static string Format(double value) => Score.Format(value);
}
