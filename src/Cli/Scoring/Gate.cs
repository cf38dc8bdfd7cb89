using System.Globalization;

namespace Netra.Ssot.Cli.Scoring;

/// <summary>The verdict of a run: whether CI may pass, and why in one sentence.</summary>
public sealed record GateResult(bool Passed, string Reason);

/// <summary>Decides the gate from the scores (SPEC.md, exit code 1 when it fails).</summary>
public static class Gate
{
    /// <param name="missionOnly">Only mission-critical findings were kept; any of them fails the gate.</param>
    /// <param name="minScore">The overall score required (--min-score, else thresholds.overall), or null.</param>
    /// <param name="missionThreshold">thresholds.mission (default 100).</param>
    /// <param name="baseline">With a baseline, any new violation fails the gate too (and stale entries, when asked).</param>
    public static GateResult Evaluate(ScoreReport score, bool missionOnly, double? minScore, double missionThreshold, Engine.BaselineComparison? baseline = null, bool failOnStale = false)
    {
        var scoreGate = EvaluateScore(score, missionOnly, minScore, missionThreshold);
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

    private static GateResult EvaluateScore(ScoreReport score, bool missionOnly, double? minScore, double missionThreshold)
    {
        if (missionOnly)
        {
            int violating = score.Mission.Scored - score.Mission.Compliant;
            double mission = score.Mission.Percent ?? 100.0;
            if (violating > 0)
            {
                return new GateResult(false, $"{violating} file(s) have mission-critical violations (mission score {Format(mission)}%, required {Format(missionThreshold)}%).");
            }

            return mission < missionThreshold
                ? new GateResult(false, $"mission score {Format(mission)}% is below {Format(missionThreshold)}%.")
                : new GateResult(true, $"no mission-critical violations (mission score {Format(mission)}%).");
        }

        if (minScore is null)
        {
            return new GateResult(true, "no minimum score set (use --min-score or thresholds.overall in ssot.json).");
        }

        double overall = score.Overall.Percent ?? 100.0;
        return overall < minScore
            ? new GateResult(false, $"overall score {Format(overall)}% is below the minimum {Format(minScore.Value)}%.")
            : new GateResult(true, $"overall score {Format(overall)}% meets the minimum {Format(minScore.Value)}%.");
    }

    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
