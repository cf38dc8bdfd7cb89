using System.Text.Json;
using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>Every report says what the score stands on, and the gate fails by default when it does not stand on the whole solution.</summary>
public sealed class CoverageTests
{
    private static TempSolution SolutionWithAnUnloadableProject(string config = "{}")
    {
        var solution = new TempSolution();
        solution.Project("Good");
        solution.Write("Good/Router.cs", "namespace Good; public class MessageRouter { }");
        solution.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"> this is not XML");
        solution.Write("Broken/A.cs", "namespace Broken; public class A { }");
        solution.Write("Broken/Sub/B.cs", "namespace Broken; public class B { }");
        solution.Write("Broken/obj/Generated.cs", "namespace Broken; public class G { }");
        solution.Write("Broken/bin/Copy.cs", "namespace Broken; public class C { }");
        solution.Write("ssot.json", config);
        return solution;
    }

    [Fact]
    public async Task Files_of_a_project_that_did_not_load_count_as_not_analyzed_and_fail_the_default_gate()
    {
        using var solution = SolutionWithAnUnloadableProject();

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--format", "json");

        Assert.Equal(ExitCodes.GateFailed, exit);
        using var json = JsonDocument.Parse(output);
        var coverage = json.RootElement.GetProperty("coverage");
        Assert.Equal(
            """{"projects":{"analyzed":1,"total":2},"files":{"analyzed":1,"total":3,"percent":33.3},"projectsWithErrors":[],"incompleteEnvironments":[],"heldBack":0,"complete":false}""",
            JsonSerializer.Serialize(coverage));
        Assert.Equal(
            "only 33.3% of the hand-written files were analyzed (1/3 files analyzed, 1/2 projects), below the required 100.0% (thresholds.coverage); see what was not fully analyzed.",
            json.RootElement.GetProperty("gate").GetProperty("reason").GetString());
        Assert.Equal(100.0, json.RootElement.GetProperty("score").GetProperty("overall").GetDouble());
    }

    [Fact]
    public async Task Thresholds_coverage_accepts_a_known_partial_analysis()
    {
        using var solution = SolutionWithAnUnloadableProject("""{ "thresholds": { "coverage": 33.0 } }""");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore");

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.Contains("  coverage     33.3%  1/3 files analyzed, 1/2 projects", lines);
        Assert.Contains("Gate: passed: no minimum overall score set (use --min-score or thresholds.overall in ssot.json); no mission-critical violations (mission score 100.0%); 33.3% of the hand-written files analyzed (1/3), at least 33.0%.", lines);
    }

    [Fact]
    public async Task Files_of_a_project_whose_missing_packages_leave_compiler_errors_count_as_not_analyzed()
    {
        using var solution = new TempSolution();
        solution.Project("App", extra: """<ItemGroup><PackageReference Include="Netra.Ssot.NoSuchPackage" Version="1.0.0" /></ItemGroup>""");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { public NoSuch.Client? Client { get; set; } }");
        solution.Write("ssot.json", "{}");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root);

        Assert.Equal(ExitCodes.GateFailed, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.Contains("  coverage      0.0%  0/1 files analyzed, 1/1 projects, 1 project with compiler errors (App: 1), 1 project analyzed without a complete environment (restore failed for App (NU1101))", lines);
        Assert.Contains("Gate: FAILED: only 0.0% of the hand-written files were analyzed (0/1 files analyzed, 1/1 projects, 1 project with compiler errors (App: 1), 1 project analyzed without a complete environment (restore failed for App (NU1101))), below the required 100.0% (thresholds.coverage); see what was not fully analyzed.", lines);
    }

    [Fact]
    public async Task Fail_on_incomplete_fails_on_compiler_errors_that_the_default_gate_accepts()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { Missing m; }");
        solution.Write("ssot.json", "{}");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore");
        var (strictExit, strictOutput, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--fail-on-incomplete");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("  coverage    100.0%  1/1 files analyzed, 1/1 projects, 1 project with compiler errors (App: 1)" + Environment.NewLine, output);
        Assert.Equal(ExitCodes.GateFailed, strictExit);
        Assert.EndsWith("Gate: FAILED: the analysis is incomplete (--fail-on-incomplete): 1 project(s) with compiler errors." + Environment.NewLine, strictOutput);
    }

    [Fact]
    public async Task A_file_that_does_not_parse_is_not_compliant_and_not_analyzed()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("App/Broken.cs", "namespace App;\npublic class Broken {\n    void M( {\n");
        File.WriteAllBytes(Path.Combine(solution.Root, "App", "Noise.cs"), Enumerable.Range(0, 512).Select(i => (byte)((i * 7919) % 251)).ToArray());
        solution.Write("ssot.json", """{ "thresholds": { "coverage": 0 } }""");

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore");

        Assert.Equal(ExitCodes.GateFailed, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.Contains("Gate: FAILED: mission score 33.3% is below 100.0% (2 of 3 files not mission-compliant).", lines);
        Assert.Contains("  overall      33.3%  1/3 files compliant", lines);
        Assert.Contains("  mission      33.3%  1/3 files compliant", lines);
        Assert.Contains("  warning: App: App/Broken.cs(3,13): CS1026 ) expected; the file does not parse, so it counts as not compliant and not analyzed.", lines);
        Assert.Single(lines, l => l.StartsWith("  warning: App: App/Noise.cs(", StringComparison.Ordinal) && l.EndsWith("; the file does not parse, so it counts as not compliant and not analyzed.", StringComparison.Ordinal));
        Assert.StartsWith("  coverage     33.3%  1/3 files analyzed, 1/1 projects, 1 project with compiler errors (App: ", lines.Single(l => l.StartsWith("  coverage", StringComparison.Ordinal)));
    }
}
