using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// The human summary: findings in the compiler's clickable format, then scores, projects, rules and the gate, as much
/// of it as the <see cref="Verbosity"/> asks for, with colour on a terminal.
/// </summary>
internal sealed class TextReporter : IReporter
{
    private readonly Verbosity _verbosity;
    private readonly AnsiColor _color;

    /// <summary>The whole report without colour, as written to a file.</summary>
    public TextReporter()
        : this(Verbosity.Normal, AnsiColor.None)
    {
    }

    public TextReporter(Verbosity verbosity, AnsiColor color)
    {
        _verbosity = verbosity;
        _color = color;
    }

    public void Write(CheckReport report, TextWriter writer)
    {
        var analysis = report.Analysis;
        if (_verbosity == Verbosity.Quiet)
        {
            foreach (var finding in analysis.Findings.Where(f => f.Severity == "error"))
            {
                writer.WriteLine(FindingLine(finding));
            }

            writer.WriteLine(GateLine(report, _color));
            return;
        }

        if (_verbosity >= Verbosity.Normal)
        {
            writer.WriteLine($"ssot-check {report.ToolVersion}: {analysis.Input}{(report.MissionOnly ? " (mission-critical only)" : string.Empty)}");
            writer.WriteLine($"config: {analysis.ConfigFile ?? "none found (only checks that need no configuration ran)"}");
            writer.WriteLine();
        }

        foreach (var finding in analysis.Findings)
        {
            writer.WriteLine(FindingLine(finding));
        }

        if (!analysis.Findings.IsEmpty)
        {
            writer.WriteLine();
        }

        var score = report.Score;
        writer.WriteLine("Score");
        WriteScore(writer, "overall", score.Overall);
        WriteScore(writer, "production", score.Production);
        WriteScore(writer, "test", score.Test);
        WriteScore(writer, "mission", score.Mission);
        writer.WriteLine($"  {"coverage",-10}  {Score.Format(report.Coverage.Files.Percent) + "%",6}  {report.Coverage.Summary}");
        if (!score.OtherPlaces.IsEmpty)
        {
            writer.WriteLine($"  overall and mission also count {string.Join(", ", score.OtherPlaces.Select(p => p.Length == 0 ? "(no location)" : p))}, which carr{(score.OtherPlaces.Length == 1 ? "ies" : "y")} a violation outside the C# files");
        }

        if (_verbosity >= Verbosity.Normal)
        {
            writer.WriteLine();
            WriteProjectsAndRules(report, writer);
        }

        WriteNotAnalyzed(analysis, writer);
        writer.WriteLine();
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine($"Baseline {baseline.Path}: {baseline.New.Length} new, {baseline.Known.Length} known, {baseline.Stale.Length} stale");
            foreach (var finding in baseline.New)
            {
                writer.WriteLine($"  new:   {finding.File}({finding.Line},{finding.Column}): {finding.Id}: {finding.Message}");
            }

            foreach (var entry in baseline.Stale)
            {
                writer.WriteLine($"  stale: {entry.File}: {entry.Id}: {entry.Message}");
            }

            writer.WriteLine();
        }

        writer.WriteLine(GateLine(report, _color));
    }

    /// <summary>The verdict, <c>Gate: passed: ...</c> or <c>Gate: FAILED: ...</c>: the text report's last line.</summary>
    public static string GateLine(CheckReport report) => GateLine(report, AnsiColor.None);

    /// <summary>The verdict, its word in green (passed) or red (FAILED) when colour is on.</summary>
    public static string GateLine(CheckReport report, AnsiColor color)
        => $"Gate: {(report.Gate.Passed ? color.Passed("passed") : color.Failed("FAILED"))}: {report.Gate.Reason}";

    /// <summary><c>path(line,col): severity ID: message [project]</c>, then [mission] and [held back: why] when they apply.</summary>
    private string FindingLine(Finding finding)
        => CompilerMessage.Format(finding.File, finding.Line, finding.Column, _color.Severity(finding.Severity), finding.Id, finding.Message)
            + $" [{finding.Project}]{(finding.MissionCritical ? " [mission]" : string.Empty)}{(finding.HeldBack is null ? string.Empty : $" [held back: {finding.HeldBack}]")}";

    private void WriteProjectsAndRules(CheckReport report, TextWriter writer)
    {
        var score = report.Score;
        writer.WriteLine("Projects");
        int nameWidth = Math.Max(10, score.Projects.Select(p => p.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var project in score.Projects)
        {
            writer.WriteLine($"  {project.Name.PadRight(nameWidth)}  {project.Score.Display,6}  {project.Score.Compliant}/{project.Score.Scored} files compliant");
        }

        writer.WriteLine();
        writer.WriteLine("Rules");
        if (score.Rules.IsEmpty)
        {
            writer.WriteLine("  no findings");
        }

        foreach (var rule in score.Rules)
        {
            writer.WriteLine($"  {rule.Id}  {rule.Count,4}  {rule.Title}{(rule.CountsFamilies ? " (" + rule.Unit + ")" : string.Empty)}");
        }

        if (_verbosity >= Verbosity.Detailed)
        {
            writer.WriteLine();
            writer.WriteLine("Analyzed projects");
            foreach (var project in report.Analysis.AnalyzedProjects)
            {
                writer.WriteLine($"  {project.Name.PadRight(nameWidth)}  {project.Path}, {project.CompilerErrors} compiler error(s){(project.Degraded is null ? string.Empty : ", environment incomplete: " + project.Degraded)}");
            }
        }
    }

    private void WriteNotAnalyzed(AnalysisResult analysis, TextWriter writer)
    {
        if (!analysis.LoadIssues.IsEmpty || !analysis.AnalyzerFailures.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("Not fully analyzed (the score stands on the files that were)");
            foreach (var group in LoadIssueGroups.Of(analysis.LoadIssues))
            {
                writer.WriteLine("  " + group.Display);
            }

            foreach (var failure in analysis.AnalyzerFailures)
            {
                writer.WriteLine($"  analyzer crash: {failure.Analyzer} in {failure.Project}: {failure.Message} (please report this bug)");
            }
        }

        if (_verbosity == Verbosity.Diagnostic)
        {
            writer.WriteLine();
            writer.WriteLine($"Load messages, as MSBuild and the workspace gave them: {(analysis.LoadIssues.IsEmpty ? "none" : analysis.LoadIssues.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            foreach (var issue in analysis.LoadIssues)
            {
                writer.WriteLine($"  {issue.Severity}: {(issue.Project is null ? string.Empty : $"[{issue.Project}] ")}{issue.Message}");
            }
        }
    }

    private static void WriteScore(TextWriter writer, string label, Score score)
        => writer.WriteLine($"  {label,-10}  {score.Display,6}  {score.Compliant}/{score.Scored} files compliant");

}
