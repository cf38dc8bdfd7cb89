using System.Text.Json;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>The command line end to end: exit codes, errors users see, partial loads, multi-targeting.</summary>
public sealed class CheckCommandTests
{
    private const string RouterConfig = """
        {
          "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }]
        }
        """;

    [Fact]
    public async Task A_malformed_ssot_json_exits_2_with_file_line_and_column()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/C.cs", "namespace App; public class C { }");
        string config = solution.Write("ssot.json", "{\n  \"concepts\": [\n    { \"name\": \"A\" \"canonical\": \"B\" }\n  ]\n}\n");

        var (exit, output, error) = await CliRunner.RunAsync(Path.Combine(solution.Root, "App"), "--no-restore");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        string firstLine = error.Split(Environment.NewLine)[0];
        Assert.Equal($"{SsotCheck.Display(config, Directory.GetCurrentDirectory())}(3,19): error SSOT0001: expected ',' or '}}' after the value of \"name\"", firstLine);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_exits_2_with_a_clear_message()
    {
        var (exit, _, error) = await CliRunner.RunAsync("/no/such/place/App.sln");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal("error: '/no/such/place/App.sln' does not exist. Pass a solution (.sln, .slnx), a project (.csproj) or a folder that contains one." + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("--min-score takes a percentage from 0 to 100 (e.g. 95 or 95.5%), not '150'.", "--min-score", "150")]
    [InlineData("--format 'xml' is not a report format; use one of: text, json, sarif, markdown, github, html.", "--format", "xml")]
    [InlineData("unknown option '--no-such-option' for 'ssot-check'.", "--no-such-option")]
    public async Task Bad_arguments_exit_2_naming_the_problem(string expectedError, params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty, expectedError.Replace("\n", Environment.NewLine, StringComparison.Ordinal)), (exit, output, error));
    }

    [Fact]
    public async Task A_clean_solution_scores_exactly_100_and_passes_a_100_gate()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("App/Other.cs", "namespace App; public class Other { }");
        solution.Write("ssot.json", RouterConfig);

        var (exit, output, _) = await CliRunner.RunAsync(Path.Combine(solution.Root, "App", "App.csproj"), "--min-score", "100", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("\"overall\": 100.0,", output);
        Assert.Contains("\"scored\": 2,", output);
        Assert.Contains("\"diagnostics\": []", output);
    }

    [Fact]
    public async Task A_violation_fails_a_min_score_gate_with_exit_1()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("App/Other.cs", "namespace App; public class OtherMessageRouter { }");
        solution.Write("ssot.json", RouterConfig);

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--min-score", "60");

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.Contains("App/Other.cs(1,29): warning SSOT1001: 'OtherMessageRouter' is a second implementation of concept 'MessageRouter'", output);
        Assert.Contains("overall      50.0%  1/2 files compliant", output);
        Assert.Contains("Gate: FAILED: overall score 50.0% is below the minimum 60.0%.", output);
    }

    [Fact]
    public async Task A_project_that_fails_to_load_is_named_and_the_rest_is_still_analyzed()
    {
        using var solution = new TempSolution();
        solution.Project("Good");
        solution.Write("Good/Router.cs", "namespace App; public class MessageRouter { } public class SecondMessageRouter { }");
        solution.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"> this is not XML");
        solution.Write("ssot.json", RouterConfig);

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Good/Router.cs", Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray()).GetProperty("file").GetString());
        Assert.Equal(new[] { "Good" }, json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var brokenIssues = json.RootElement.GetProperty("loadIssues").EnumerateArray()
            .Where(i => i.GetProperty("project").ValueKind == JsonValueKind.String && i.GetProperty("project").GetString() == "Broken")
            .ToList();
        var error = Assert.Single(brokenIssues, i => i.GetProperty("severity").GetString() == "error");
        Assert.Contains("Broken.csproj", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Compiler_errors_are_counted_and_named_without_stopping_the_analysis()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { } public class SecondMessageRouter { Missing m; int x = \"s\"; }");
        solution.Write("ssot.json", RouterConfig);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, Restore = false }, solution.Root, null, CancellationToken.None);

        Assert.Equal(new LoadIssue("warning", "App", "App has 2 compiler error(s); findings in its files may be incomplete."), Assert.Single(report.Analysis.LoadIssues));
        Assert.Equal(new[] { "App/Router.cs:1 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
    }

    [Fact]
    public async Task A_multi_targeted_project_counts_each_file_once_and_merges_findings_of_every_target()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { } public class SharedMessageRouter { }");
        solution.Write("App/Net8.cs", "namespace App;\n#if NET8_0\npublic class OldMessageRouter { }\n#endif\npublic class Plain { }");
        solution.Write("ssot.json", RouterConfig);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(new[] { "App/Net8.cs", "App/Router.cs" }, report.Analysis.Files.Select(f => f.Path));
        Assert.Equal(
            new[] { "App/Net8.cs:3 SSOT1001", "App/Router.cs:1 SSOT1001" },
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
        Assert.Equal(new[] { "App" }, report.Analysis.Projects);
        Assert.Equal(0, report.Score.Overall.Compliant);
    }

    [Fact]
    public async Task Explain_prints_the_rule_page_and_refuses_unknown_ids()
    {
        var (exit, output, _) = await CliRunner.RunAsync("explain", "ssot1001");
        var (_, upperCase, _) = await CliRunner.RunAsync("explain", "SSOT1001");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(upperCase, output);
        Assert.StartsWith("# SSOT1001: ", output, StringComparison.Ordinal);

        var (unknownExit, _, error) = await CliRunner.RunAsync("explain", "SSOT9999");
        Assert.Equal(ExitCodes.UsageOrConfigError, unknownExit);
        Assert.Equal($"error: unknown rule 'SSOT9999'. Rules: {string.Join(", ", Netra.Ssot.Catalog.RuleCatalog.Rules.Select(r => r.Id))}." + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("env", "  ssot-check env [<path>] [options]")]
    [InlineData("init", "  ssot-check init [<path>] [options]")]
    [InlineData("rules", "  ssot-check rules [options]")]
    [InlineData("explain", "  ssot-check explain <id> [options]")]
    public async Task A_subcommands_help_shows_its_own_usage_without_the_checks_path(string command, string usage)
    {
        var output = new StringWriter();
        int exit = await CheckCommand.Create(TextWriter.Null, TextWriter.Null).Parse([command, "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(usage.Replace("ssot-check", System.CommandLine.RootCommand.ExecutableName, StringComparison.Ordinal), lines[Array.IndexOf(lines, "Usage:") + 1]); // testhost here
        Assert.Equal(command is "env" or "init" ? 1 : 0, lines.Count(l => l.StartsWith("  <path>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rules_lists_the_catalog_as_a_table()
    {
        var (exit, output, _) = await CliRunner.RunAsync("rules");

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.Equal("ID        Severity  Category                        Mission  Title", lines[0]);
        Assert.Equal("SSOT0001  warning   Netra.Ssot.Configuration        mission  Invalid ssot.json", lines[1]);
        Assert.Equal(Netra.Ssot.Catalog.RuleCatalog.Rules.Length, lines.Count(l => l.StartsWith("SSOT", StringComparison.Ordinal)));
    }
}
