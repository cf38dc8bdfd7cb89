using System.CommandLine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// The options that decide what a verdict is judged by and where it is written: ssot.json, the gate, the reports,
/// the baseline, badges, history and the terminal. <c>ssot-check</c> and <c>ssot-check merge</c> take the same ones
/// (each command its own instances), so a merge of shards is gated and reported exactly as a whole run.
/// </summary>
internal sealed class GateOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "ssot.json to use. Default: the nearest one at or above <path>." };

    public Option<bool> MissionOnly { get; } = new("--mission-only") { Description = "Only mission-critical rules and entries; the gate fails on any mission-critical violation." };

    public Option<double?> MinScore { get; } = new("--min-score")
    {
        Description = "Fail (exit 1) when the overall score is below this percentage (0-100, e.g. 95 or 95.5%). Default: thresholds.overall in ssot.json.",
        HelpName = "pct",
        CustomParser = Percentages.Parse,
    };

    public Option<bool> FailOnIncomplete { get; } = new("--fail-on-incomplete")
    {
        Description = "Also fail the gate when the analysis is incomplete in any way: a project not analyzed, a project with compiler errors, a finding held back. (Files not analyzed fail it below thresholds.coverage, 100 by default, without this option.)",
    };

    public Option<ReportFormat[]> Formats { get; } = ReportFormatOption.Create();

    public Option<string[]> Outputs { get; } = new("--output")
    {
        Description = "File for the report of the --format at the same position ('-' is standard output). Without --format, the extension names the format (.txt, .json, .sarif, .md, .html). Default: standard output.",
        HelpName = "file",
    };

    public Option<string[]> Report { get; } = ReportRequests.CreateReportOption();

    public Option<string?> PathsRelativeTo { get; } = new("--paths-relative-to")
    {
        Description = "Folder the report paths are relative to. Default: the repository root (GITHUB_WORKSPACE, BUILD_SOURCESDIRECTORY, or the folder with .git at or above the solution), else the solution folder.",
        HelpName = "dir",
    };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Known violations: only violations not in this file fail the gate (the score still counts all).", HelpName = "file" };

    public Option<bool> UpdateBaseline { get; } = new("--update-baseline") { Description = "Write the current violations to the --baseline file (mission-critical ones are never baselined)." };

    public Option<bool> FailOnStale { get; } = new("--fail-on-stale") { Description = "Fail the gate when baseline entries no longer match a violation." };

    public Option<string?> Badge { get; } = new("--badge") { Description = "Write a shields-style SVG badge of the score (the mission score with --mission-only).", HelpName = "file.svg" };

    public Option<string?> BadgeJson { get; } = new("--badge-json") { Description = "Write the score as shields.io endpoint JSON.", HelpName = "file.json" };

    public Option<string?> History { get; } = new("--history") { Description = "Append this run's scores to a JSON-lines file; the html report draws the trend.", HelpName = "file" };

    public Option<Verbosity> Verbosity { get; } = VerbosityOption.Create();

    public Option<bool> Color { get; } = Commands.Terminal.CreateColorOption();

    public Option<bool> NoColor { get; } = Commands.Terminal.CreateNoColorOption();

    /// <summary>
    /// The usage errors of these options on the command line, as the <c>error: ...</c> lines to print; empty when
    /// they can be used. <paramref name="reports"/> are the reports asked for.
    /// </summary>
    public IReadOnlyList<string> Problems(ParseResult parse, out IReadOnlyList<ReportRequest> reports)
    {
        var problems = new List<string>();
        if ((parse.GetValue(UpdateBaseline) || parse.GetValue(FailOnStale)) && parse.GetValue(Baseline) is null)
        {
            problems.Add("error: --update-baseline and --fail-on-stale need --baseline <file>.");
            reports = Array.Empty<ReportRequest>();
            return problems;
        }

        var (requests, reportErrors) = ReportRequests.Resolve(
            parse.GetValue(Formats) ?? Array.Empty<ReportFormat>(),
            parse.GetValue(Outputs) ?? Array.Empty<string>(),
            parse.GetValue(Report) ?? Array.Empty<string>());
        reports = requests;
        if (reportErrors.Count > 0)
        {
            problems.AddRange(reportErrors);
            return problems;
        }

        if (parse.GetValue(Color) && parse.GetValue(NoColor))
        {
            problems.Add("error: --color and --no-color cannot be used together.");
        }

        return problems;
    }

    /// <summary>The terminal's verbosity and colours for standard output and standard error.</summary>
    public TerminalSettings Settings(ParseResult parse, TextWriter output, TextWriter error)
        => new(
            parse.GetValue(Verbosity),
            Commands.Terminal.Color(parse.GetValue(Color), parse.GetValue(NoColor), Commands.Terminal.IsTerminal(output), Environment.GetEnvironmentVariable),
            Commands.Terminal.Color(parse.GetValue(Color), parse.GetValue(NoColor), Commands.Terminal.IsErrorTerminal(error), Environment.GetEnvironmentVariable));

    /// <summary><paramref name="options"/> with the values of these options.</summary>
    public CheckOptions Apply(ParseResult parse, CheckOptions options, IReadOnlyList<ReportRequest> reports)
        => options with
        {
            ConfigPath = parse.GetValue(Config),
            MissionOnly = parse.GetValue(MissionOnly),
            MinScore = parse.GetValue(MinScore),
            FailOnIncomplete = parse.GetValue(FailOnIncomplete),
            BaselinePath = parse.GetValue(Baseline),
            UpdateBaseline = parse.GetValue(UpdateBaseline),
            FailOnStale = parse.GetValue(FailOnStale),
            BadgePath = parse.GetValue(Badge),
            BadgeJsonPath = parse.GetValue(BadgeJson),
            HistoryPath = parse.GetValue(History),
            Reports = reports,
            PathsRelativeTo = parse.GetValue(PathsRelativeTo),
        };
}
