using System.CommandLine;
using System.Text.RegularExpressions;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// What a terminal shows: findings and ssot.json errors in the compiler's format with paths from the current folder,
/// <c>-v|--verbosity</c>, colour (<c>--color</c>, <c>--no-color</c>, <c>NO_COLOR</c>) and progress cut to the width.
/// </summary>
public sealed partial class TerminalOutputTests
{
    private const string Router = "'OtherMessageRouter' is a second implementation of concept 'MessageRouter'; the canonical one is 'MessageRouter' (App/Router.cs) [App] [mission]";
    private const string Gate = "Gate: FAILED: mission score 0.0% is below 100.0% (1 of 1 files not mission-compliant).";
    private static readonly string NewLine = Environment.NewLine;

    /// <summary>A repository with a solution folder in src/ and one mission-critical duplicate in src/App/Router.cs(3,14).</summary>
    private static TempSolution Repository()
    {
        var temp = new TempSolution();
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        temp.Write("repo/src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("repo/src/App/Router.cs", "namespace App;\npublic class MessageRouter { }\npublic class OtherMessageRouter { }\n");
        temp.Write("repo/src/ssot.json", "{ \"concepts\": [{ \"name\": \"MessageRouter\", \"canonical\": \"App.MessageRouter\", \"match\": [\"*MessageRouter\"], \"missionCritical\": true }] }\n");
        return temp;
    }

    private static string App(TempSolution temp) => Path.Combine(temp.Root, "repo", "src", "App");

    /// <summary>A path as the text report shows it: relative to the folder the tool runs in, else full.</summary>
    private static string FromHere(string path) => SsotCheck.Display(path, Directory.GetCurrentDirectory());

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + NewLine));

    [Fact]
    public async Task Text_findings_are_relative_to_the_current_folder_in_the_compiler_format_while_annotations_stay_relative_to_the_repository_root()
    {
        using var temp = Repository();
        string annotations = Path.Combine(temp.Root, "annotations.txt");

        var (exit, output, _) = await CliRunner.RunAsync(App(temp), "--no-restore", "--format", "text", "--report", "github=" + annotations);
        var (_, fromSolution, _) = await CliRunner.RunAsync(App(temp), "--no-restore", "--paths-relative-to", Path.Combine(temp.Root, "repo", "src"));

        Assert.Equal(ExitCodes.GateFailed, exit);
        var lines = output.Split(NewLine);
        Assert.Equal($"ssot-check {SsotCheck.ToolVersion}: {SsotCheck.Display(Path.Combine(App(temp), "App.csproj"), Directory.GetCurrentDirectory())}", lines[0]);
        Assert.Equal($"config: {FromHere(Path.Combine(temp.Root, "repo", "src", "ssot.json"))}", lines[1]);
        Assert.Equal($"{FromHere(Path.Combine(App(temp), "Router.cs"))}(3,14): error SSOT1001: {Router}", lines[3]);
        Assert.StartsWith("::error file=src/App/Router.cs,line=3,col=14,", File.ReadAllText(annotations), StringComparison.Ordinal);
        Assert.Equal($"App/Router.cs(3,14): error SSOT1001: {Router}", fromSolution.Split(NewLine)[3]);
    }

    [Fact]
    public async Task A_malformed_ssot_json_is_reported_in_the_format_of_the_findings()
    {
        using var temp = Repository();
        string config = temp.Write("repo/src/ssot.json", "{\n  \"concepts\": [],\n  \"thresholds\": { \"overal\": 90 }\n}\n");

        var (exit, output, error) = await CliRunner.RunAsync(App(temp), "--no-restore");

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        string display = SsotCheck.Display(config, Directory.GetCurrentDirectory());
        Assert.Equal(
            Lines(
                $"{display}(3,19): error SSOT0001: unknown key \"overal\" in \"thresholds\"; did you mean \"overall\"? Expected one of: overall, mission, coverage",
                $"{display} has 1 error(s); fix them and run again (see docs/config.md)."),
            error);
    }

    [Fact]
    public async Task Quiet_shows_the_error_findings_and_the_gate_line_and_minimal_adds_the_score()
    {
        using var temp = Repository();
        string router = FromHere(Path.Combine(App(temp), "Router.cs"));

        var quiet = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "q");
        var minimal = await CliRunner.RunAsync(App(temp), "--no-restore", "--verbosity", "minimal");

        Assert.Equal((ExitCodes.GateFailed, Lines($"{router}(3,14): error SSOT1001: {Router}", Gate), string.Empty), quiet);
        Assert.Equal(
            (ExitCodes.GateFailed, Lines(
                $"{router}(3,14): error SSOT1001: {Router}",
                string.Empty,
                "Score",
                "  overall       0.0%  0/1 files compliant",
                "  production    0.0%  0/1 files compliant",
                "  test           n/a  0/0 files compliant",
                "  mission       0.0%  0/1 files compliant",
                "  coverage    100.0%  1/1 files analyzed, 1/1 projects",
                string.Empty,
                Gate), string.Empty),
            minimal);
    }

    [Fact]
    public async Task Quiet_with_every_report_in_a_file_prints_only_the_gate_line()
    {
        using var temp = Repository();
        string sarif = Path.Combine(temp.Root, "out.sarif");

        var (exit, output, error) = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "quiet", "--output", sarif);

        Assert.Equal((ExitCodes.GateFailed, string.Empty, Lines(Gate)), (exit, output, error));
        Assert.True(File.Exists(sarif));
    }

    [Fact]
    public async Task Detailed_adds_the_analyzed_projects_and_logs_timed_progress_and_diagnostic_adds_every_load_message()
    {
        using var temp = Repository();
        string project = FromHere(Path.Combine(App(temp), "App.csproj"));

        var (exit, output, error) = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "detailed");
        var (_, diagnostic, _) = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "diag");
        var (_, _, noProgress) = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "d", "--no-progress");

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.EndsWith(
            Lines(
                "Rules",
                "  SSOT1001     1  Second implementation of a concept",
                string.Empty,
                "Analyzed projects",
                $"  App         {project}, 0 compiler error(s)",
                string.Empty,
                Gate),
            output,
            StringComparison.Ordinal);
        var steps = error.Split(NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => TimedLine().Match(l)).ToList();
        Assert.All(steps, s => Assert.True(s.Success));
        Assert.Equal(
            new[] { "MSBuild", "Loading App.csproj", "Loaded App (net10.0)", "Compiling App", "Analyzing App (1/1)" },
            steps.Select(s => s.Groups["step"].Value is var step && step.StartsWith("MSBuild ", StringComparison.Ordinal) ? "MSBuild" : step));
        Assert.EndsWith(
            Lines(
                $"  App         {project}, 0 compiler error(s)",
                string.Empty,
                "Load messages, as MSBuild and the workspace gave them: none",
                string.Empty,
                Gate),
            diagnostic,
            StringComparison.Ordinal);
        Assert.Equal(string.Empty, noProgress);
    }

    [Theory]
    [InlineData("q", "Quiet")]
    [InlineData("QUIET", "Quiet")]
    [InlineData("m", "Minimal")]
    [InlineData("n", "Normal")]
    [InlineData("Normal", "Normal")]
    [InlineData("d", "Detailed")]
    [InlineData("diag", "Diagnostic")]
    [InlineData("diagnostic", "Diagnostic")]
    public void Verbosity_takes_the_names_and_short_forms_dotnet_takes_in_any_case(string value, string expected)
    {
        var option = VerbosityOption.Create();
        var parse = new RootCommand { option }.Parse(new[] { "-v", value });

        Assert.Empty(parse.Errors);
        Assert.Equal(Enum.Parse<Verbosity>(expected), parse.GetValue(option));
        Assert.Equal(Verbosity.Normal, new RootCommand { option }.Parse(Array.Empty<string>()).GetValue(option));
    }

    [Theory]
    [InlineData("--verbosity 'loud' is not a verbosity; use one of: q[uiet], m[inimal], n[ormal], d[etailed], diag[nostic].", "--verbosity", "loud")]
    [InlineData("--color and --no-color cannot be used together.", "--color", "--no-color")]
    [InlineData("unknown option '--no-colour' for 'ssot-check'; did you mean '--no-color'?", "--no-colour")]
    [InlineData("unknown option '--verbosty' for 'ssot-check'; did you mean '--verbosity'?", "--verbosty")]
    public async Task Bad_terminal_options_exit_2_naming_the_problem(string expected, params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        Assert.Equal(expected, error.TrimEnd().Replace("error: ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Color_paints_the_severity_words_and_the_gate_and_no_color_does_not()
    {
        using var temp = Repository();
        string router = FromHere(Path.Combine(App(temp), "Router.cs"));

        var colored = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "q", "--color");
        var plain = await CliRunner.RunAsync(App(temp), "--no-restore", "-v", "q", "--no-color");

        Assert.Equal(
            (ExitCodes.GateFailed, Lines(
                $"{router}(3,14): \u001b[31merror\u001b[0m SSOT1001: {Router}",
                "Gate: \u001b[1;31mFAILED\u001b[0m: mission score 0.0% is below 100.0% (1 of 1 files not mission-compliant)."), string.Empty),
            colored);
        Assert.Equal((ExitCodes.GateFailed, Lines($"{router}(3,14): error SSOT1001: {Router}", Gate), string.Empty), plain);
    }

    [Theory]
    [InlineData(false, false, true, "", true)] // a terminal
    [InlineData(false, false, false, "", false)] // redirected
    [InlineData(false, false, true, "NO_COLOR=1", false)]
    [InlineData(false, false, true, "NO_COLOR=", true)] // NO_COLOR counts only when not empty
    [InlineData(false, false, true, "TERM=dumb", false)]
    [InlineData(false, false, false, "DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=1", true)]
    [InlineData(false, false, false, "DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=true", true)]
    [InlineData(false, false, false, "DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=0", false)]
    [InlineData(false, false, false, "NO_COLOR=1;DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=1", false)]
    [InlineData(true, false, false, "NO_COLOR=1", true)] // a command-line flag overrides the environment
    [InlineData(false, true, true, "DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=1", false)]
    public void Colour_is_on_for_a_terminal_unless_no_color_says_otherwise(bool color, bool noColor, bool isTerminal, string environment, bool expected)
    {
        var variables = environment.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=', 2)).ToDictionary(v => v[0], v => v[1]);

        Assert.Equal(expected, Terminal.Color(color, noColor, isTerminal, name => variables.GetValueOrDefault(name)).Enabled);
    }

    [Fact]
    public void Progress_is_cut_to_one_column_less_than_the_terminal_and_never_when_redirected()
    {
        string line = "Analyzing Netra.Backend.Infrastructure.Tests (12/40)";
        var error = new StringWriter();
        var progress = new ConsoleProgress(error, width: 20);

        progress.Report(line);
        progress.Report("Compiling App");

        Assert.Equal("Analyzing Netra.B...", ConsoleProgress.Cut(line, 21));
        Assert.Equal("Analyzing Netra...", ConsoleProgress.Cut(line, 19));
        Assert.Equal(line, ConsoleProgress.Cut(line, null));
        Assert.Equal(line, ConsoleProgress.Cut(line, line.Length + 1));
        Assert.Equal("\rAnalyzing Netra....\rCompiling App      ", error.ToString());
    }

    [GeneratedRegex(@"^\[ *\d+\.\d\ds\] (?<step>.+)$")]
    private static partial Regex TimedLine();
}
