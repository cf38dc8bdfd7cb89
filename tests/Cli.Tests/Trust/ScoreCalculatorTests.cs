using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>What counts in the score: files that do not parse, and violations outside every scored file.</summary>
public sealed class ScoreCalculatorTests
{
    private static Finding At(string file, string severity = "warning", bool mission = false)
        => new("SSOT2001", severity, mission, file, 1, 1, 1, 2, "App", "m", ImmutableArray<RelatedLocation>.Empty, "f");

    [Fact]
    public void A_violation_in_ssot_json_is_one_more_unit_of_overall_and_mission()
    {
        var files = ImmutableArray.Create(new ScoredFile("a.cs", "App", false), new ScoredFile("b.cs", "App", true));
        var score = ScoreCalculator.Compute(files, ImmutableArray.Create(At("ssot.json", "error", mission: true)));

        Assert.Equal(new Score(2, 3), score.Overall);
        Assert.Equal(new Score(2, 3), score.Mission);
        Assert.Equal(new Score(1, 1), score.Production);
        Assert.Equal(new Score(1, 1), score.Test);
        Assert.Equal(new[] { "ssot.json" }, score.OtherPlaces);
    }

    [Fact]
    public void A_non_mission_violation_elsewhere_is_mission_compliant_and_info_counts_nowhere()
    {
        var files = ImmutableArray.Create(new ScoredFile("a.cs", "App", false));
        var score = ScoreCalculator.Compute(files, ImmutableArray.Create(At("ssot.json"), At(string.Empty, "info")));

        Assert.Equal(new Score(1, 2), score.Overall);
        Assert.Equal(new Score(2, 2), score.Mission);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_compliant_nowhere()
    {
        var files = ImmutableArray.Create(new ScoredFile("a.cs", "App", false), new ScoredFile("bad.cs", "App", false, "(1,1): CS1002 ; expected"));
        var score = ScoreCalculator.Compute(files, ImmutableArray<Finding>.Empty);

        Assert.Equal(new Score(1, 2), score.Overall);
        Assert.Equal(new Score(1, 2), score.Mission);
        Assert.Equal(new Score(1, 2), Assert.Single(score.Projects).Score);
    }
}
