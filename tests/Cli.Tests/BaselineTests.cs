using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Baselines: known violations keep their identity when lines move, new ones still fail, stale ones are listed.</summary>
public sealed class BaselineTests
{
    private const string Config = """
        {
          "concepts": [
            { "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] },
            { "name": "Sockets", "canonical": "App.SocketManager", "match": ["*SocketManager"], "missionCritical": true }
          ]
        }
        """;

    [Fact]
    public async Task A_known_violation_survives_lines_inserted_above_it_and_a_new_one_still_fails_the_gate()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Routers.cs", "namespace App;\npublic class MessageRouter { }\npublic class OldMessageRouter { }\n");
        solution.Write("App/Sockets.cs", "namespace App;\npublic class SocketManager { }\n");
        solution.Write("ssot.json", Config);
        string baseline = Path.Combine(solution.Root, "ssot-baseline.json");

        var (created, _, _) = await CliRunner.RunAsync(solution.Root, "--baseline", baseline, "--update-baseline", "--no-progress");
        Assert.Equal(ExitCodes.Success, created);
        Assert.Contains("OldMessageRouter", File.ReadAllText(baseline));

        // Lines inserted above the known violation, and a second copy added below it.
        solution.Write("App/Routers.cs", "namespace App;\n\n// The router of record.\n\npublic class MessageRouter { }\npublic class OldMessageRouter { }\npublic class NewMessageRouter { }\n");
        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, Restore = false, BaselinePath = baseline }, solution.Root, null, CancellationToken.None);

        Assert.Equal(new[] { "App/Routers.cs:6" }, report.Baseline!.Known.Select(f => $"{f.File}:{f.Line}"));
        Assert.Equal(new[] { "App/Routers.cs:7" }, report.Baseline.New.Select(f => $"{f.File}:{f.Line}"));
        Assert.Empty(report.Baseline.Stale);
        Assert.False(report.Gate.Passed);
        Assert.StartsWith("1 new violation(s) not in the baseline (1 known)", report.Gate.Reason);
        Assert.Equal((1, 2), (report.Score.Overall.Compliant, report.Score.Overall.Scored)); // the score still counts the known violation
    }

    [Fact]
    public async Task Fixed_violations_leave_stale_entries_that_fail_only_when_asked_and_mission_critical_ones_are_never_baselined()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Routers.cs", "namespace App;\npublic class MessageRouter { }\npublic class OldMessageRouter { }\n");
        solution.Write("App/Sockets.cs", "namespace App;\npublic class SocketManager { }\npublic class LegacySocketManager { }\n");
        solution.Write("ssot.json", Config);
        string baseline = Path.Combine(solution.Root, "ssot-baseline.json");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--baseline", baseline, "--update-baseline", "--no-progress");

        Assert.Equal(ExitCodes.GateFailed, exit); // the mission-critical copy cannot be baselined
        Assert.DoesNotContain("LegacySocketManager", File.ReadAllText(baseline));
        Assert.Contains($"  new:   {Path.Combine(solution.Root, "App", "Sockets.cs")}(3,14): SSOT1001:", output); // text paths: full outside the current folder

        solution.Write("App/Sockets.cs", "namespace App;\npublic class SocketManager { }\n");
        solution.Write("App/Routers.cs", "namespace App;\npublic class MessageRouter { }\n");
        var (lenient, lenientOutput, _) = await CliRunner.RunAsync(solution.Root, "--baseline", baseline, "--no-restore", "--no-progress");
        var (strict, _, _) = await CliRunner.RunAsync(solution.Root, "--baseline", baseline, "--fail-on-stale", "--no-restore", "--no-progress");

        Assert.Equal(ExitCodes.Success, lenient);
        Assert.Contains("0 new, 0 known, 1 stale", lenientOutput);
        Assert.Contains($"  stale: {Path.Combine(solution.Root, "App", "Routers.cs")}: SSOT1001: 'OldMessageRouter'", lenientOutput);
        Assert.Equal(ExitCodes.GateFailed, strict);
    }

    [Fact]
    public async Task A_missing_or_broken_baseline_is_a_usage_error_with_its_place()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/C.cs", "namespace App; public class C { }");
        string broken = solution.Write("broken.json", "{ \"violations\": [ { \"id\": \"SSOT1001\", } \n");

        var (missing, _, missingError) = await CliRunner.RunAsync(solution.Root, "--baseline", Path.Combine(solution.Root, "none.json"), "--no-restore");
        var (bad, _, badError) = await CliRunner.RunAsync(solution.Root, "--baseline", broken, "--no-restore");
        var (usage, _, usageError) = await CliRunner.RunAsync(solution.Root, "--update-baseline", "--no-restore");

        Assert.Equal(ExitCodes.UsageOrConfigError, missing);
        Assert.Contains("does not exist; create it with --baseline", missingError);
        Assert.Equal(ExitCodes.UsageOrConfigError, bad);
        Assert.Matches(@"broken\.json:\d+:\d+: the baseline is not valid JSON", badError);
        Assert.Equal(ExitCodes.UsageOrConfigError, usage);
        Assert.Equal("error: --update-baseline and --fail-on-stale need --baseline <file>." + Environment.NewLine, usageError);
    }
}
