using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The human summary: findings in the compiler's clickable format, then scores, projects, rules and the gate.</summary>
internal sealed class TextReporter : IReporter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var analysis = report.Analysis;
        writer.WriteLine($"ssot-check {report.ToolVersion}: {analysis.Input}{(report.MissionOnly ? " (mission-critical only)" : string.Empty)}");
        writer.WriteLine($"config: {analysis.ConfigFile ?? "none found (only checks that need no configuration ran)"}");
        writer.WriteLine();

        foreach (var finding in analysis.Findings)
        {
            writer.WriteLine($"{finding.File}({finding.Line},{finding.Column}): {finding.Severity} {finding.Id}: {finding.Message} [{finding.Project}]{(finding.MissionCritical ? " [mission]" : string.Empty)}{(finding.HeldBack is null ? string.Empty : $" [held back: {finding.HeldBack}]")}");
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

        writer.WriteLine();

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

        writer.WriteLine(GateLine(report));
    }

    /// <summary>The verdict, <c>Gate: passed: ...</c> or <c>Gate: FAILED: ...</c>: the text report's last line.</summary>
    public static string GateLine(CheckReport report) => $"Gate: {(report.Gate.Passed ? "passed" : "FAILED")}: {report.Gate.Reason}";

    private static void WriteScore(TextWriter writer, string label, Score score)
        => writer.WriteLine($"  {label,-10}  {score.Display,6}  {score.Compliant}/{score.Scored} files compliant");

}
