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
    public static GateResult Evaluate(ScoreReport score, bool missionOnly, double? minScore, double missionThreshold)
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
