using System.Globalization;
using System.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// One self-contained HTML page (inline CSS and SVG, no script, nothing fetched): the score gauge and cards, the
/// trend from --history, per-project and per-rule bars, and the findings table with links to the rule pages.
/// Every string from the solution is escaped.
/// </summary>
internal sealed class HtmlReporter : IReporter
{
    private const string Css = """
        :root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --info:#0969da; }
        * { box-sizing:border-box; }
        body { margin:0; font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif; color:var(--ink); background:var(--bg); }
        header { background:#fff; border-bottom:1px solid var(--line); padding:20px 32px; display:flex; align-items:center; gap:16px; }
        header h1 { font-size:20px; margin:0; }
        header .sub { color:var(--muted); }
        .pill { display:inline-block; border-radius:999px; padding:2px 10px; font-weight:600; font-size:12px; color:#fff; }
        .pass { background:var(--ok); } .fail { background:var(--bad); }
        main { padding:24px 32px; display:grid; gap:20px; grid-template-columns:repeat(auto-fit,minmax(420px,1fr)); }
        section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px; }
        section.wide { grid-column:1/-1; }
        h2 { font-size:15px; margin:0 0 12px; }
        .overview { display:flex; gap:24px; align-items:center; }
        .cards { display:grid; grid-template-columns:repeat(2,minmax(120px,1fr)); gap:10px; flex:1; }
        .card { border:1px solid var(--line); border-radius:6px; padding:8px 12px; }
        .card .v { font-size:22px; font-weight:600; } .card .k { color:var(--muted); font-size:12px; }
        .gate { margin-top:12px; color:var(--muted); }
        .bar { display:grid; grid-template-columns:minmax(120px,200px) 1fr 110px; gap:10px; align-items:center; margin:6px 0; }
        .bar .name { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
        .rules .bar { grid-template-columns:minmax(200px,330px) 1fr 90px; }
        .track { background:var(--bg); border-radius:4px; height:12px; overflow:hidden; }
        .fill { height:100%; border-radius:4px; }
        .num { text-align:right; color:var(--muted); font-variant-numeric:tabular-nums; }
        table { width:100%; border-collapse:collapse; }
        th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
        th { font-size:12px; color:var(--muted); font-weight:600; }
        td.where { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12px; word-break:break-all; width:30%; }
        td.where .at { white-space:nowrap; word-break:normal; }
        .sev { font-size:11px; font-weight:600; border-radius:4px; padding:1px 6px; color:#fff; }
        .error { background:var(--bad); } .warning { background:var(--warn); } .info { background:var(--info); }
        .mission { font-size:11px; font-weight:600; color:var(--bad); margin-left:4px; }
        a { color:var(--info); text-decoration:none; } a:hover { text-decoration:underline; }
        .issues li { color:var(--muted); }
        footer { color:var(--muted); padding:0 32px 24px; font-size:12px; }
        """;

    public void Write(CheckReport report, TextWriter writer)
    {
        var analysis = report.Analysis;
        var score = report.Score;
        var headline = report.MissionOnly ? score.Mission : score.Overall;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>SSOT compliance ").Append(E(headline.Display)).Append(" — ").Append(E(analysis.Input)).Append("</title>\n");
        html.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");

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

        AppendTrend(html, report.History.IsDefault ? System.Collections.Immutable.ImmutableArray<HistoryPoint>.Empty : report.History);

        html.Append("<section><h2>Projects</h2>");
        foreach (var project in score.Projects)
        {
            double percent = project.Score.Percent ?? 100.0;
            html.Append("<div class=\"bar\"><span class=\"name\" title=\"").Append(E(project.Name)).Append("\">").Append(E(project.Name)).Append("</span>")
                .Append("<div class=\"track\"><div class=\"fill\" style=\"width:").Append(F(percent)).Append("%;background:").Append(ColorOf(percent)).Append("\"></div></div>")
                .Append("<span class=\"num\">").Append(E(project.Score.Display)).Append(" · ").Append(project.Score.Compliant).Append('/').Append(project.Score.Scored).Append("</span></div>");
        }

        html.Append("</section>\n");

        html.Append("<section class=\"rules\"><h2>Rules</h2>");
        if (score.Rules.IsEmpty)
        {
            html.Append("<p>No findings.</p>");
        }

        int maxCount = score.Rules.Select(r => r.Count).DefaultIfEmpty(1).Max();
        foreach (var rule in score.Rules)
        {
            html.Append("<div class=\"bar\"><span class=\"name\" title=\"").Append(E(rule.Title)).Append("\"><a href=\"").Append(E(RuleCatalog.HelpLink(rule.Id))).Append("\">").Append(E(rule.Id)).Append("</a> ").Append(E(rule.Title)).Append("</span>")
                .Append("<div class=\"track\"><div class=\"fill\" style=\"width:").Append(F(100.0 * rule.Count / maxCount)).Append("%;background:").Append(rule.Violations > 0 ? "#d4a72c" : "#54aeff").Append("\"></div></div>")
                .Append("<span class=\"num\">").Append(rule.Count).Append(' ').Append(rule.Unit).Append("</span></div>");
        }

        html.Append("</section>\n");

        html.Append("<section class=\"wide\"><h2>Findings (").Append(analysis.Findings.Length).Append(")</h2>");
        if (analysis.Findings.IsEmpty)
        {
            html.Append("<p>Nothing to report.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Message</th><th>Project</th></tr></thead><tbody>\n");
            foreach (var finding in analysis.Findings)
            {
                html.Append("<tr><td><span class=\"sev ").Append(E(finding.Severity)).Append("\">").Append(E(finding.Severity)).Append("</span>")
                    .Append(finding.MissionCritical ? "<span class=\"mission\">mission</span>" : string.Empty)
                    .Append(finding.HeldBack is null ? string.Empty : "<span class=\"mission\" title=\"" + E(finding.HeldBack) + "\">held back</span>").Append("</td>")
                    .Append("<td><a href=\"").Append(E(RuleCatalog.HelpLink(finding.Id))).Append("\">").Append(E(finding.Id)).Append("</a></td>")
                    .Append("<td class=\"where\">").Append(E(finding.File)).Append("<span class=\"at\">:").Append(finding.Line).Append(':').Append(finding.Column).Append("</span></td>")
                    .Append("<td>").Append(E(finding.Message)).Append("</td>")
                    .Append("<td>").Append(E(finding.Project)).Append("</td></tr>\n");
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
            .Append("<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"#eaeef2\" stroke-width=\"14\"/>")
            .Append("<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"14\" stroke-linecap=\"round\" transform=\"rotate(-90 70 70)\" stroke-dasharray=\"")
            .Append(F(circumference * percent / 100.0)).Append(' ').Append(F(circumference)).Append("\"/>")
            .Append("<text x=\"70\" y=\"76\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"600\" fill=\"#1f2328\">").Append(E(score.Display)).Append("</text></svg>");
    }

    private static void AppendCard(StringBuilder html, string name, Score score)
        => html.Append("<div class=\"card\"><div class=\"v\">").Append(E(score.Display)).Append("</div><div class=\"k\">").Append(E(name)).Append(" · ")
            .Append(score.Compliant).Append('/').Append(score.Scored).Append(" files</div></div>");

    /// <summary>A line chart of the overall and mission scores over the recorded runs.</summary>
    private static void AppendTrend(StringBuilder html, System.Collections.Immutable.ImmutableArray<HistoryPoint> history)
    {
        html.Append("<section><h2>Trend</h2>");
        if (history.Length < 2)
        {
            html.Append("<p>Run with <code>--history file</code> to record each run's scores; the trend appears from the second run.</p></section>\n");
            return;
        }

        const int Width = 440, Height = 160, Left = 36, Bottom = 24, Top = 8;
        double min = Math.Floor(Math.Min(90, history.Min(p => Math.Min(p.Overall ?? 100, p.Mission ?? 100))) / 10) * 10;
        double X(int i) => Left + ((Width - Left - 8) * i / (double)(history.Length - 1));
        double Y(double v) => Top + ((Height - Top - Bottom) * (100 - v) / (100 - min));
        html.Append("<svg width=\"100%\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" role=\"img\" aria-label=\"score trend\">");
        foreach (double tick in new[] { min, (min + 100) / 2, 100 })
        {
            html.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Width - 8).Append("\" y1=\"").Append(F(Y(tick))).Append("\" y2=\"").Append(F(Y(tick))).Append("\" stroke=\"#eaeef2\"/>")
                .Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(Y(tick) + 4)).Append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#59636e\">").Append(F(tick)).Append("</text>");
        }

        AppendLine(html, history.Select((p, i) => (X(i), p.Overall)).ToList(), Y, "#0969da");
        AppendLine(html, history.Select((p, i) => (X(i), p.Mission)).ToList(), Y, "#cf222e");
        html.Append("<text x=\"").Append(Left).Append("\" y=\"").Append(Height - 6).Append("\" font-size=\"10\" fill=\"#59636e\">").Append(E(history[0].Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</text>")
            .Append("<text x=\"").Append(Width - 8).Append("\" y=\"").Append(Height - 6).Append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#59636e\">").Append(E(history[^1].Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</text>")
            .Append("</svg><div class=\"gate\"><span style=\"color:#0969da\">■</span> overall <span style=\"color:#cf222e\">■</span> mission-critical · ").Append(history.Length).Append(" runs</div></section>\n");
    }

    private static void AppendLine(StringBuilder html, List<(double X, double? Value)> points, Func<double, double> y, string color)
    {
        var present = points.Where(p => p.Value is not null).ToList();
        if (present.Count == 0)
        {
            return;
        }

        html.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"2\" points=\"")
            .Append(string.Join(" ", present.Select(p => F(p.X) + "," + F(y(p.Value!.Value))))).Append("\"/>");
        foreach (var point in present)
        {
            html.Append("<circle cx=\"").Append(F(point.X)).Append("\" cy=\"").Append(F(y(point.Value!.Value))).Append("\" r=\"3\" fill=\"").Append(color).Append("\"/>");
        }
    }

    private static string ColorOf(double percent) => percent switch
    {
        >= 100.0 => "#1a7f37",
        >= 90.0 => "#4ac26b",
        >= 80.0 => "#d4a72c",
        >= 70.0 => "#fb8f44",
        _ => "#cf222e",
    };

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => Xml.Escape(text);
}
