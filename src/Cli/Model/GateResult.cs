namespace Netra.Ssot.Cli.Model;

/// <summary>The verdict of a run: whether CI may pass, and why in one sentence.</summary>
internal sealed record GateResult(bool Passed, string Reason);

/// <summary>What the gate requires of a run (docs/scoring.md#the-gate).</summary>
/// <param name="MissionOnly">Only mission-critical findings were kept; the overall score is not gated.</param>
/// <param name="MinOverall">The overall score required (--min-score, else thresholds.overall), or null.</param>
/// <param name="MinMission">thresholds.mission (default 100: no mission-critical violation anywhere).</param>
/// <param name="MinCoverage">thresholds.coverage: the share of hand-written files that must have been analyzed (default 100).</param>
/// <param name="FailOnIncomplete">--fail-on-incomplete: also fail when a project was not analyzed, compiled with errors, or a finding was held back.</param>
internal sealed record GateCriteria(bool MissionOnly, double? MinOverall, double MinMission, double MinCoverage, bool FailOnIncomplete);
