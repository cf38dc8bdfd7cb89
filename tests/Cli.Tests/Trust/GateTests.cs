using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>The gate's decision table, criterion by criterion, without loading anything.</summary>
public sealed class GateTests
{
    private static readonly Coverage Complete = new(new Portion(2, 2), new Portion(10, 10), ImmutableArray<ProjectErrors>.Empty, 0, ImmutableArray<string>.Empty);

    private static ScoreReport Scores(int overallCompliant, int missionCompliant, int scored = 10)
        => new(new Score(overallCompliant, scored), new Score(overallCompliant, scored), new Score(0, 0), new Score(missionCompliant, scored),
            ImmutableArray<ProjectScore>.Empty, ImmutableArray<RuleCount>.Empty, ImmutableArray<string>.Empty);

    private static GateCriteria Criteria(bool missionOnly = false, double? overall = null, double mission = 100, double coverage = 100, bool failOnIncomplete = false)
        => new(missionOnly, overall, mission, coverage, failOnIncomplete);

    [Fact]
    public void Passes_when_every_criterion_is_met_and_says_each_one()
        => Assert.Equal(
            new GateResult(true, "overall score 90.0% meets the minimum 90.0%; no mission-critical violations (mission score 100.0%); all 10 hand-written files analyzed."),
            Gate.Evaluate(Scores(9, 10), Complete, Criteria(overall: 90)));

    [Fact]
    public void Fails_on_the_mission_threshold_in_a_normal_run()
        => Assert.Equal(
            new GateResult(false, "mission score 90.0% is below 100.0% (1 of 10 files not mission-compliant)."),
            Gate.Evaluate(Scores(9, 9), Complete, Criteria(overall: 50)));

    [Fact]
    public void Names_every_failed_criterion()
        => Assert.Equal(
            new GateResult(false, "overall score 50.0% is below the minimum 90.0%; mission score 90.0% is below 95.0% (1 of 10 files not mission-compliant); "
                + "only 50.0% of the hand-written files were analyzed (5/10 files analyzed, 1/2 projects), below the required 100.0% (thresholds.coverage); see what was not fully analyzed."),
            Gate.Evaluate(Scores(5, 9), Complete with { Files = new Portion(5, 10), Projects = new Portion(1, 2) }, Criteria(overall: 90, mission: 95)));

    [Fact]
    public void Mission_only_does_not_gate_the_overall_score_but_still_gates_coverage()
    {
        Assert.Equal(
            new GateResult(true, "no mission-critical violations (mission score 100.0%); all 10 hand-written files analyzed."),
            Gate.Evaluate(Scores(1, 10), Complete, Criteria(missionOnly: true, overall: 90)));
        Assert.False(Gate.Evaluate(Scores(1, 10), Complete with { Files = new Portion(9, 10) }, Criteria(missionOnly: true)).Passed);
    }

    [Fact]
    public void A_lower_mission_threshold_tolerates_what_it_says()
        => Assert.Equal(
            new GateResult(true, "no minimum overall score set (use --min-score or thresholds.overall in ssot.json); mission score 80.0% meets 80.0%; all 10 hand-written files analyzed."),
            Gate.Evaluate(Scores(8, 8), Complete, Criteria(mission: 80)));

    [Fact]
    public void Fail_on_incomplete_lists_what_is_missing()
    {
        var partial = new Coverage(new Portion(1, 2), new Portion(10, 10), ImmutableArray.Create(new ProjectErrors("A", 3)), 2, ImmutableArray.Create("restore failed for B (NU1101)"));
        Assert.Equal(
            new GateResult(false, "the analysis is incomplete (--fail-on-incomplete): 1 project(s) not analyzed, 1 project(s) with compiler errors, 1 project(s) without a complete environment, 2 finding(s) held back."),
            Gate.Evaluate(Scores(10, 10), partial, Criteria(failOnIncomplete: true)));
        Assert.True(Gate.Evaluate(Scores(10, 10), partial, Criteria()).Passed);
    }

    [Fact]
    public void Nothing_scored_still_needs_full_coverage()
        => Assert.False(Gate.Evaluate(Scores(0, 0, scored: 0), Complete with { Files = new Portion(0, 4) }, Criteria()).Passed);
}
