using System.Text.Json;
using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>
/// The gate must never pass when it should fail: a configuration under another name, mission-critical violations
/// outside the C# files, thresholds.mission and thresholds.coverage in every run, strict percentages.
/// </summary>
public sealed class GateTrustTests
{
    private const string RouterConcept = """{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }""";

    private static TempSolution RouterSolution(string config)
    {
        var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("App/Other.cs", "namespace App; public class OtherMessageRouter { }");
        solution.Write("ssot.json", config);
        return solution;
    }

    [Fact]
    public async Task A_config_under_another_name_is_honoured_by_every_rule()
    {
        using var solution = RouterSolution("{}");
        string ci = solution.Write("ci/ci-ssot.json", $$"""{ "concepts": [{{RouterConcept}}], "thresholds": { "overall": 95.0 } }""");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--config", ci, "--no-restore", "--format", "json");

        Assert.Equal(ExitCodes.GateFailed, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("ci/ci-ssot.json", json.RootElement.GetProperty("config").GetString());
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("SSOT1001 App/Other.cs:1:29", $"{finding.GetProperty("id").GetString()} {finding.GetProperty("file").GetString()}:{finding.GetProperty("line").GetInt32()}:{finding.GetProperty("column").GetInt32()}");
        Assert.Equal("overall score 50.0% is below the minimum 95.0%.", json.RootElement.GetProperty("gate").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Mission_only_fails_on_a_mission_critical_violation_located_in_ssot_json()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("ssot.json", "{\n  \"critical\": [{ \"symbol\": \"App.Missing\", \"missionCritical\": true }]\n}\n");

        // Restored: an unrestored project would hold SSOT2001 back, since a missing package could be its cause.
        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--mission-only");

        Assert.Equal(ExitCodes.GateFailed, exit);
        var lines = output.Split(Environment.NewLine);
        // The text report's paths are relative to the current folder, full outside it (the test runs in its bin folder).
        Assert.Contains(Path.Combine(solution.Root, "ssot.json") + "(2,16): error SSOT2001: critical symbol 'App.Missing' does not resolve in project 'App'; add a reference to the project or package that defines it, or fix the name [App] [mission]", lines);
        Assert.Contains("  mission      50.0%  1/2 files compliant", lines);
        Assert.Contains("  overall and mission also count ssot.json, which carries a violation outside the C# files", lines);
        Assert.Equal("Gate: FAILED: mission score 50.0% is below 100.0% (1 of 2 files not mission-compliant).", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public async Task A_normal_run_gates_on_thresholds_mission_too()
    {
        string config = $$"""{ "concepts": [{{RouterConcept.Replace("}", ", \"missionCritical\": true }")}}] }""";
        using var solution = RouterSolution(config);

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore");

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.EndsWith("Gate: FAILED: mission score 50.0% is below 100.0% (1 of 2 files not mission-compliant)." + Environment.NewLine, output);
    }

    [Fact]
    public async Task Thresholds_mission_below_100_is_a_real_criterion_in_both_modes()
    {
        string config = $$"""{ "concepts": [{{RouterConcept.Replace("}", ", \"missionCritical\": true }")}}], "thresholds": { "mission": 50.0 } }""";
        using var solution = RouterSolution(config);

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore");
        var (missionExit, missionOutput, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--mission-only");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("Gate: passed: no minimum overall score set (use --min-score or thresholds.overall in ssot.json); mission score 50.0% meets 50.0%; all 2 hand-written files analyzed." + Environment.NewLine, output);
        Assert.Equal(ExitCodes.Success, missionExit);
        Assert.EndsWith("Gate: passed: mission score 50.0% meets 50.0%; all 2 hand-written files analyzed." + Environment.NewLine, missionOutput);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("Infinity")]
    [InlineData("150")]
    [InlineData("100.5")]
    [InlineData("50%%")]
    public async Task A_min_score_that_is_not_a_percentage_is_a_usage_error(string value)
    {
        var (exit, output, error) = await CliRunner.RunAsync("--min-score", value);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"--min-score takes a percentage from 0 to 100 (e.g. 95 or 95.5%), not '{value}'.", error);
    }

    [Theory]
    [InlineData("50%", ExitCodes.Success)]
    [InlineData("50", ExitCodes.Success)]
    [InlineData("50.1%", ExitCodes.GateFailed)]
    public async Task A_min_score_may_carry_a_percent_sign(string value, int expected)
    {
        using var solution = RouterSolution($$"""{ "concepts": [{{RouterConcept}}] }""");

        var (exit, _, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--min-score", value);

        Assert.Equal(expected, exit);
    }
}
