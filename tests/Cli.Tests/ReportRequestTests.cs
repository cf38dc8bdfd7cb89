using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Which reports a command line asks for (<c>--format</c>, <c>--output</c>, <c>--report format=file</c>), the verdict
/// on stderr when every report goes to a file, and unknown options named with the closest real one.
/// </summary>
public sealed class ReportRequestTests
{
    private static readonly string NewLine = Environment.NewLine;

    private static (IReadOnlyList<ReportRequest> Requests, IReadOnlyList<string> Errors) Resolve(ReportFormat[] formats, string[] outputs, params string[] reports)
        => ReportRequests.Resolve(formats, outputs, reports);

    [Fact]
    public void No_option_is_the_text_report_on_standard_output()
        => Assert.Equal([new ReportRequest(ReportFormat.Text, null)], Resolve([], []).Requests);

    [Fact]
    public void Formats_and_outputs_pair_by_position_and_a_dash_is_standard_output()
    {
        var (requests, errors) = Resolve([ReportFormat.Json, ReportFormat.Text], ["r.json", "-"]);

        Assert.Empty(errors);
        Assert.Equal([new ReportRequest(ReportFormat.Json, "r.json"), new ReportRequest(ReportFormat.Text, null)], requests);
    }

    [Fact]
    public void Without_a_format_each_output_takes_the_format_its_extension_names()
    {
        var (requests, errors) = Resolve([], ["a.sarif", "b.JSON", "c.md", "d.html", "e.htm", "f.txt"]);

        Assert.Empty(errors);
        Assert.Equal(
            [ReportFormat.Sarif, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Html, ReportFormat.Text],
            requests.Select(r => r.Format));
    }

    [Fact]
    public void An_output_whose_extension_names_no_format_is_an_error_that_says_how_to_name_it()
        => Assert.Equal(
            ["error: --output 'ssot.log' does not say its format by its extension (.txt, .json, .sarif, .md, .html); add --format before it, or use --report <format>=ssot.log."],
            Resolve([], ["ssot.log"]).Errors);

    [Fact]
    public void Report_names_format_and_file_at_once_in_any_case()
    {
        var (requests, errors) = Resolve([ReportFormat.Text], ["ssot.txt"], "SARIF=out/ssot.sarif", "json=-");

        Assert.Empty(errors);
        Assert.Equal(
            [new ReportRequest(ReportFormat.Text, "ssot.txt"), new ReportRequest(ReportFormat.Sarif, "out/ssot.sarif"), new ReportRequest(ReportFormat.Json, null)],
            requests);
    }

    [Theory]
    [InlineData("sarif", "error: --report 'sarif' is not format=file (e.g. --report sarif=ssot.sarif).")]
    [InlineData("=x.sarif", "error: --report '=x.sarif' is not format=file (e.g. --report sarif=ssot.sarif).")]
    [InlineData("sarif=", "error: --report 'sarif=' is not format=file (e.g. --report sarif=ssot.sarif).")]
    [InlineData("xml=x.xml", "error: --report 'xml=x.xml': 'xml' is not a report format; use one of: text, json, sarif, markdown, github, html.")]
    public void A_report_that_is_not_format_equals_file_is_an_error(string report, string message)
        => Assert.Equal([message], Resolve([], [], report).Errors);

    [Fact]
    public void Two_reports_on_standard_output_are_an_error()
        => Assert.Equal(
            ["error: 2 reports would go to standard output (text, json); give all but one a file (--output <file>, or --report <format>=<file>)."],
            Resolve([ReportFormat.Text, ReportFormat.Json], []).Errors);

    [Fact]
    public void More_outputs_than_formats_is_an_error()
        => Assert.Equal(
            ["error: each --output needs its own --format (e.g. --format json --output report.json), or an extension that names it."],
            Resolve([ReportFormat.Json], ["a.json", "b.json"]).Errors);

    [Fact]
    public async Task When_every_report_goes_to_a_file_stderr_names_the_files_and_the_verdict()
    {
        using var temp = new TempSolution();
        temp.Project("App");
        temp.Write("App/C.cs", "namespace App; public class C { }");
        temp.Write("ssot.json", "{ \"thresholds\": { \"overall\": 100 } }");
        string sarif = Path.Combine(temp.Root, "ssot.sarif");
        string json = Path.Combine(temp.Root, "ssot.json.report");

        var (exit, output, error) = await CliRunner.RunAsync(temp.Root, "--no-restore", "--no-progress", "--output", sarif, "--report", "json=" + json);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, output));
        Assert.Equal(
            $"Wrote {sarif}, {json}.{NewLine}"
            + $"Gate: passed: overall score 100.0% meets the minimum 100.0%; no mission-critical violations (mission score 100.0%); all 1 hand-written files analyzed.{NewLine}",
            error);
        Assert.StartsWith("{", File.ReadAllText(json));
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(sarif), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--no-restor" }, "unknown option '--no-restor' for 'ssot-check'; did you mean '--no-restore'?")]
    [InlineData(new[] { "--misson-only" }, "unknown option '--misson-only' for 'ssot-check'; did you mean '--mission-only'?")]
    [InlineData(new[] { "--no-such-option" }, "unknown option '--no-such-option' for 'ssot-check'.")]
    [InlineData(new[] { "env", "--manifets=deploy/.env" }, "unknown option '--manifets' for 'env'; did you mean '--manifest'?")]
    public async Task An_unknown_option_is_named_with_the_closest_option_of_its_command(string[] args, string message)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty, message), (exit, output, error));
    }
}
