using System.Text;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one annotation per finding (error, warning or notice), escaped as the
/// Actions toolkit does, then one notice with the score and the gate. Paths are relative to the solution folder,
/// so run ssot-check from the repository root or on a solution there for the annotations to land on the files.
/// </summary>
internal sealed class GithubReporter : IReporter
{
    /// <summary>Load-issue causes annotated (GitHub shows only the first few annotations of a kind per step).</summary>
    private const int MaxLoadIssueAnnotations = 10;

    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var finding in report.Analysis.Findings)
        {
            string command = finding.HeldBack is not null ? "notice" : finding.Severity switch { "error" => "error", "warning" => "warning", _ => "notice" };
            string heldBack = finding.HeldBack is null ? string.Empty : $" [held back: {finding.HeldBack}]";
            writer.WriteLine(
                $"::{command} file={Property(finding.File)},line={finding.Line},col={finding.Column},endLine={finding.EndLine},endColumn={finding.EndColumn},title={Property(finding.Id + (finding.MissionCritical ? " (mission-critical)" : string.Empty))}::{Data(finding.Message + heldBack)}");
        }

        foreach (string line in LoadIssueGroups.Capped(LoadIssueGroups.Of(report.Analysis.LoadIssues), MaxLoadIssueAnnotations, "the JSON report (--format json) lists every load issue."))
        {
            writer.WriteLine($"::warning title={Property("ssot-check: not fully analyzed")}::{Data(line)}");
        }

        var headline = report.MissionOnly ? report.Score.Mission : report.Score.Overall;
        writer.WriteLine($"::{(report.Gate.Passed ? "notice" : "error")} title={Property("SSOT compliance " + headline.Display)}::{Data("Gate " + (report.Gate.Passed ? "passed" : "failed") + ": " + report.Gate.Reason + " Coverage: " + report.Coverage.Summary + ".")}");
    }

    /// <summary>The message part: %, CR and LF escaped.</summary>
    public static string Data(string text) => Escape(text, property: false);

    /// <summary>A property value: also ':' and ','.</summary>
    public static string Property(string text) => Escape(text, property: true);

    private static string Escape(string text, bool property)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
