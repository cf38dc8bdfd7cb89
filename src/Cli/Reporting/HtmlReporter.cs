using System.Globalization;
using System.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// One self-contained HTML page (inline CSS and SVG, no script, nothing fetched), readable from 320 px wide up and in light
/// and dark mode: the score gauge and cards, the trend from --history (<see cref="HtmlTrendChart"/>), per-project and
/// per-rule bars, and the findings table with links to the rule pages. Every string from the solution is escaped.
/// </summary>
internal sealed class HtmlReporter : IReporter
{
    private static readonly string[] Columns = ["Severity", "Rule", "Where", "Message", "Project"];

    public void Write(CheckReport report, TextWriter writer)
    {
        var analysis = report.Analysis;
        var score = report.Score;
        var headline = report.MissionOnly ? score.Mission : score.Overall;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>SSOT compliance ").Append(E(headline.Display)).Append(" — ").Append(E(analysis.Input)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlReportStyle.Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><div><h1>SSOT compliance").Append(report.MissionOnly ? " (mission-critical)" : string.Empty).Append("</h1>");
        html.Append("<div class=\"sub\">").Append(E(analysis.Input)).Append(" · ssot-check ").Append(E(report.ToolVersion)).Append("</div></div>");
        html.Append("<span class=\"pill ").Append(report.Gate.Passed ? "pass\">gate passed" : "fail\">gate failed").Append("</span></header>\n<main>\n");

        // Overview: gauge and score cards.
        html.Append("<section><h2>Score</h2><div class=\"overview\">");
        AppendGauge(html, headline, report);
        html.Append("<div class=\"cards\">");
        AppendCard(html, "Overall", score.Overall);
        AppendCard(html, "Production", score.Production);
        AppendCard(html, "Tests", score.Test);
        AppendCard(html, "Mission-critical", score.Mission);
        html.Append("</div></div><div class=\"gate\">").Append(E(report.Gate.Reason)).Append("</div>");
        html.Append("<div class=\"gate\">Coverage ").Append(E(Score.Format(report.Coverage.Files.Percent))).Append("%: ").Append(E(report.Coverage.Summary)).Append("</div>");
        if (report.Baseline is { } baseline)
        {
            html.Append("<div class=\"gate\">Baseline ").Append(E(baseline.Path)).Append(": ")
                .Append(baseline.New.Length).Append(" new, ").Append(baseline.Known.Length).Append(" known, ").Append(baseline.Stale.Length).Append(" stale</div>");
        }

        html.Append("</section>\n");

        HtmlTrendChart.Append(html, report.History);

        html.Append("<section class=\"projects\"><h2>Projects</h2><div class=\"bars\">");
        foreach (var project in score.Projects)
        {
            double percent = project.Score.Percent ?? 100.0;
            html.Append("<div class=\"bar\"><span class=\"name\">").Append(E(project.Name)).Append("</span>")
                .Append("<div class=\"track\" aria-hidden=\"true\"><div class=\"fill\" style=\"width:").Append(F(percent)).Append("%;background:").Append(ColorOf(percent)).Append("\"></div></div>")
                .Append("<span class=\"num\">").Append(E(project.Score.Display)).Append(" · ").Append(project.Score.Compliant).Append('/').Append(project.Score.Scored).Append("</span></div>");
        }

        html.Append("</div></section>\n");

        html.Append("<section class=\"rules wide\"><h2>Rules</h2>");
        if (score.Rules.IsEmpty)
        {
            html.Append("<p>No findings.</p>");
        }

        int maxCount = score.Rules.Select(r => r.Count).DefaultIfEmpty(1).Max();
        html.Append("<div class=\"bars\">");
        foreach (var rule in score.Rules)
        {
            html.Append("<div class=\"bar\"><span class=\"name\"><a href=\"").Append(E(RuleCatalog.HelpLink(rule.Id))).Append("\">").Append(E(rule.Id)).Append("</a> ").Append(E(rule.Title)).Append("</span>")
                .Append("<div class=\"track\" aria-hidden=\"true\"><div class=\"fill\" style=\"width:").Append(F(100.0 * rule.Count / maxCount)).Append("%;background:").Append(rule.Violations > 0 ? "#d4a72c" : "#54aeff").Append("\"></div></div>")
                .Append("<span class=\"num\">").Append(rule.Count).Append(' ').Append(rule.Unit).Append("</span></div>");
        }

        html.Append("</div></section>\n");

        html.Append("<section class=\"wide\"><h2 id=\"findings\">Findings (").Append(analysis.Findings.Length).Append(")</h2>");
        if (analysis.Findings.IsEmpty)
        {
            html.Append("<p>Nothing to report.</p>");
        }
        else
        {
            // Explicit roles: below 700 px the rows are stacked with display:block, which drops the implicit table semantics.
            html.Append("<table class=\"findings\" role=\"table\" aria-labelledby=\"findings\"><thead role=\"rowgroup\"><tr role=\"row\">");
            foreach (string column in Columns)
            {
                html.Append("<th scope=\"col\" role=\"columnheader\">").Append(column).Append("</th>");
            }

            html.Append("</tr></thead><tbody role=\"rowgroup\">\n");
            foreach (var finding in analysis.Findings)
            {
                html.Append("<tr role=\"row\"><td class=\"sevcell\" role=\"cell\"><span class=\"sev ").Append(E(finding.Severity)).Append("\">").Append(E(finding.Severity)).Append("</span>")
                    .Append(finding.MissionCritical ? "<span class=\"mission\">mission</span>" : string.Empty)
                    .Append(finding.HeldBack is null ? string.Empty : "<span class=\"mission\" title=\"" + E(finding.HeldBack) + "\">held back</span>").Append("</td>")
                    .Append("<td class=\"rule\" role=\"cell\" data-label=\"Rule\"><a href=\"").Append(E(RuleCatalog.HelpLink(finding.Id))).Append("\">").Append(E(finding.Id)).Append("</a></td>")
                    .Append("<td class=\"where\" role=\"cell\" data-label=\"Where\">").Append(PathWithBreaks(finding.File)).Append("<span class=\"at\">:").Append(finding.Line).Append(':').Append(finding.Column).Append("</span></td>")
                    .Append("<td class=\"message\" role=\"cell\">").Append(E(finding.Message)).Append("</td>")
                    .Append("<td role=\"cell\" data-label=\"Project\">").Append(E(finding.Project)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>\n");

        if (!analysis.LoadIssues.IsEmpty || !analysis.AnalyzerFailures.IsEmpty)
        {
            html.Append("<section class=\"wide\"><h2>Not fully analyzed</h2><p>The score stands on the files that were analyzed.</p><ul class=\"issues\">");
            foreach (var group in LoadIssueGroups.Of(analysis.LoadIssues))
            {
                html.Append("<li>").Append(E(group.Display)).Append("</li>");
            }

            foreach (var failure in analysis.AnalyzerFailures)
            {
                html.Append("<li>analyzer failure: ").Append(E($"{failure.Analyzer} in {failure.Project}: {failure.Message}")).Append("</li>");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</main>\n<footer>").Append(score.Overall.Scored).Append(" files scored in ").Append(analysis.Projects.Length)
            .Append(" project(s); generated code and excluded files are not scored. Config: ").Append(E(analysis.ConfigFile ?? "none")).Append(".</footer>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void AppendGauge(StringBuilder html, Score score, CheckReport report)
    {
        const double Radius = 52;
        double circumference = 2 * Math.PI * Radius;
        double percent = score.Percent ?? 0;
        string color = report.Gate.Passed ? ColorOf(percent) : "#cf222e";
        html.Append("<svg width=\"140\" height=\"140\" viewBox=\"0 0 140 140\" role=\"img\" aria-label=\"").Append(E(score.Display)).Append(" compliant\">")
            .Append("<circle class=\"gauge-track\" cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke-width=\"14\"/>")
            .Append("<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"14\" stroke-linecap=\"round\" transform=\"rotate(-90 70 70)\" stroke-dasharray=\"")
            .Append(F(circumference * percent / 100.0)).Append(' ').Append(F(circumference)).Append("\"/>")
            .Append("<text class=\"gauge-text\" x=\"70\" y=\"76\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"600\">").Append(E(score.Display)).Append("</text></svg>");
    }

    private static void AppendCard(StringBuilder html, string name, Score score)
        => html.Append("<div class=\"card\"><div class=\"v\">").Append(E(score.Display)).Append("</div><div class=\"k\">").Append(E(name)).Append(" · ")
            .Append(score.Compliant).Append('/').Append(score.Scored).Append(" files</div></div>");

    private static string ColorOf(double percent) => percent switch
    {
        >= 100.0 => "#1a7f37",
        >= 90.0 => "#4ac26b",
        >= 80.0 => "#d4a72c",
        >= 70.0 => "#fb8f44",
        _ => "#cf222e",
    };

    /// <summary>The escaped path with a line-break opportunity after each separator, so long paths wrap at folders.</summary>
    private static string PathWithBreaks(string path) => string.Join("/<wbr>", path.Split('/').Select(E));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => Xml.Escape(text);
}
