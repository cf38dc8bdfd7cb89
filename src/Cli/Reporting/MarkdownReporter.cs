using System.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// A pull-request comment: the gate and the score table first, then per-project and per-rule tables and the top
/// findings (errors first), every name and path escaped so that code cannot break the table or inject HTML.
/// GitHub refuses a comment over 65,536 characters: the lists are capped (projects, findings, load issues, the
/// length of each cell), and a comment still over the limit is cut at a line with a note pointing at the full report.
/// </summary>
internal sealed class MarkdownReporter : IReporter
{
    /// <summary>GitHub's limit on the body of an issue or pull-request comment.</summary>
    public const int MaxCommentLength = 65_536;

    private const int TopFindings = 20;

    /// <summary>Load-issue causes listed in the comment.</summary>
    private const int MaxLoadIssueLines = 20;

    /// <summary>Projects listed, the least compliant first.</summary>
    private const int MaxProjects = 50;

    /// <summary>Characters of one name, path or message in a cell.</summary>
    private const int MaxCellText = 400;

    private const string CutNote = "\n… (cut to GitHub's 65,536-character limit on a comment; the JSON, SARIF or HTML report has everything)\n";

    public void Write(CheckReport report, TextWriter writer)
    {
        var comment = new StringWriter();
        WriteComment(report, comment);
        string text = comment.ToString();
        if (text.Length > MaxCommentLength)
        {
            int cut = text.LastIndexOf('\n', MaxCommentLength - CutNote.Length - 1);
            text = text[..(cut + 1)] + CutNote.TrimStart('\n');
        }

        writer.Write(text);
    }

    private static void WriteComment(CheckReport report, StringWriter writer)
    {
        var score = report.Score;
        var headline = report.MissionOnly ? score.Mission : score.Overall;
        writer.WriteLine($"## {(report.Gate.Passed ? "✅" : "❌")} SSOT compliance{(report.MissionOnly ? " (mission-critical)" : string.Empty)}: {headline.Display}");
        writer.WriteLine();
        writer.WriteLine($"**Gate {(report.Gate.Passed ? "passed" : "failed")}:** {Escape(report.Gate.Reason)}");
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine();
            writer.WriteLine($"Baseline `{Escape(baseline.Path)}`: {baseline.New.Length} new, {baseline.Known.Length} known, {baseline.Stale.Length} stale.");
        }

        writer.WriteLine();
        writer.WriteLine("| Score | Compliance | Compliant files |");
        writer.WriteLine("|---|---:|---:|");
        WriteScoreRow(writer, "Overall", score.Overall);
        WriteScoreRow(writer, "Production", score.Production);
        WriteScoreRow(writer, "Tests", score.Test);
        WriteScoreRow(writer, "Mission-critical", score.Mission);
        writer.WriteLine();
        writer.WriteLine($"**Coverage:** {Escape(report.Coverage.Summary)}.");

        writer.WriteLine();
        writer.WriteLine("<details><summary>Projects</summary>");
        writer.WriteLine();
        writer.WriteLine("| Project | Compliance | Compliant files |");
        writer.WriteLine("|---|---:|---:|");
        var projects = score.Projects.Length <= MaxProjects ? score.Projects.ToList() : score.Projects.OrderBy(p => p.Score.Percent ?? 101).Take(MaxProjects).ToList();
        foreach (var project in projects)
        {
            WriteScoreRow(writer, Escape(project.Name), project.Score);
        }

        if (projects.Count < score.Projects.Length)
        {
            writer.WriteLine($"| … and {score.Projects.Length - projects.Count} more (the {MaxProjects} least compliant are shown) | | |");
        }

        writer.WriteLine();
        writer.WriteLine("</details>");
        writer.WriteLine();

        if (!score.Rules.IsEmpty)
        {
            writer.WriteLine("| Rule | | Findings | Violations |");
            writer.WriteLine("|---|---|---:|---:|");
            foreach (var rule in score.Rules)
            {
                writer.WriteLine($"| [{rule.Id}]({RuleCatalog.HelpLink(rule.Id)}) | {Escape(rule.Title)} | {rule.Count}{(rule.CountsFamilies ? " " + rule.Unit : string.Empty)} | {rule.Violations} |");
            }

            writer.WriteLine();
        }

        var top = report.Analysis.Findings
            .OrderBy(f => f.HeldBack is not null ? 3 : f.Severity switch { "error" => 0, "warning" => 1, _ => 2 })
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .Take(TopFindings)
            .ToList();
        if (top.Count > 0)
        {
            writer.WriteLine($"### Top findings{(report.Analysis.Findings.Length > top.Count ? $" ({top.Count} of {report.Analysis.Findings.Length})" : string.Empty)}");
            writer.WriteLine();
            writer.WriteLine("| | Rule | Where | Message |");
            writer.WriteLine("|---|---|---|---|");
            foreach (var finding in top)
            {
                string icon = finding.HeldBack is not null ? "⏸️ held back" : finding.Severity switch { "error" => "🛑", "warning" => "⚠️", _ => "ℹ️" };
                string message = finding.HeldBack is null ? finding.Message : $"{finding.Message} (held back: {finding.HeldBack})";
                writer.WriteLine($"| {icon}{(finding.MissionCritical ? " mission" : string.Empty)} | [{finding.Id}]({RuleCatalog.HelpLink(finding.Id)}) | {Escape(finding.File)}:{finding.Line} | {Escape(message)} |");
            }

            writer.WriteLine();
        }

        if (!report.Analysis.LoadIssues.IsEmpty || !report.Analysis.AnalyzerFailures.IsEmpty)
        {
            writer.WriteLine("**Not fully analyzed** (the score stands on the files that were):");
            foreach (string line in LoadIssueGroups.Capped(LoadIssueGroups.Of(report.Analysis.LoadIssues), MaxLoadIssueLines, "the JSON report lists every load issue."))
            {
                writer.WriteLine($"- {Escape(line)}");
            }

            foreach (var failure in report.Analysis.AnalyzerFailures)
            {
                writer.WriteLine($"- analyzer failure: {Escape($"{failure.Analyzer} in {failure.Project}: {failure.Message}")}");
            }

            writer.WriteLine();
        }

        writer.WriteLine($"<sub>ssot-check {Escape(report.ToolVersion)} · {Escape(report.Analysis.Input)}</sub>");
    }

    private static void WriteScoreRow(TextWriter writer, string name, Score score)
        => writer.WriteLine($"| {name} | {score.Display} | {score.Compliant}/{score.Scored} |");

    /// <summary>
    /// Text in a table cell or a sentence: Markdown and HTML metacharacters neutralised, one line, at most
    /// <see cref="MaxCellText"/> characters of the original (then an ellipsis).
    /// </summary>
    public static string Escape(string text)
    {
        bool cut = text.Length > MaxCellText;
        int length = !cut ? text.Length : char.IsHighSurrogate(text[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText;
        var builder = new StringBuilder(length + 8);
        foreach (char c in text.AsSpan(0, length))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n': builder.Append(' '); break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }
}
