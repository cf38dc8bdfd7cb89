using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// The HTML report's trend card: the overall and mission scores of the runs recorded with --history, one marker per run,
/// x labels with date and time (UTC; seconds when two runs share a minute). A --mission-only run keeps only
/// mission-critical findings, so its overall score is not comparable: it is drawn as a hollow diamond on the mission
/// line only and named in the legend. The same runs are listed in a table for screen readers and exact values.
/// </summary>
internal static class HtmlTrendChart
{
    private const int Width = 440, Height = 184, Left = 44, Right = 32, Top = 10, Bottom = 44;
    private const double MinLabelSpacing = 64;

    public static void Append(StringBuilder html, ImmutableArray<HistoryPoint> history)
    {
        html.Append("<section class=\"trend\"><h2>Trend</h2>");
        if (history.IsDefaultOrEmpty)
        {
            html.Append("<p>Run with <code>--history file</code> to record each run's scores; the trend appears from the second run.</p></section>\n");
            return;
        }

        if (history.Length == 1)
        {
            var only = history[0];
            html.Append("<p>One run recorded so far (").Append(E(When(only.Time, seconds: false))).Append(" UTC").Append(only.MissionOnly ? ", mission-only" : string.Empty)
                .Append("): the history file has this run; the trend appears from the second run.</p></section>\n");
            return;
        }

        bool seconds = history.GroupBy(p => When(p.Time, seconds: false)).Any(g => g.Count() > 1);
        var values = history.Where(p => !p.MissionOnly).Select(p => p.Overall).Concat(history.Select(p => p.Mission)).OfType<double>().DefaultIfEmpty(100);
        double min = Math.Floor(Math.Min(90, values.Min()) / 10) * 10;
        double X(int i) => Left + ((Width - Left - Right) * i / (double)(history.Length - 1));
        double Y(double v) => Top + ((Height - Top - Bottom) * (100 - v) / (100 - min));

        html.Append("<svg viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" role=\"img\" aria-label=\"score trend: ").Append(history.Length)
            .Append(" runs from ").Append(E(When(history[0].Time, seconds))).Append(" to ").Append(E(When(history[^1].Time, seconds))).Append(" UTC\">");
        foreach (double tick in new[] { min, (min + 100) / 2, 100 })
        {
            html.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(Y(tick))).Append("\" y2=\"").Append(F(Y(tick))).Append("\"/>")
                .Append("<text class=\"axis\" x=\"").Append(Left - 8).Append("\" y=\"").Append(F(Y(tick) + 4)).Append("\" text-anchor=\"end\">").Append(F(tick)).Append("</text>");
        }

        var overall = Enumerable.Range(0, history.Length).Where(i => !history[i].MissionOnly && history[i].Overall is not null).ToList();
        var mission = Enumerable.Range(0, history.Length).Where(i => history[i].Mission is not null).ToList();
        AppendLine(html, "overall", overall.Select(i => (X(i), Y(history[i].Overall!.Value))));
        AppendLine(html, "missionline", mission.Select(i => (X(i), Y(history[i].Mission!.Value))));
        foreach (int i in overall)
        {
            AppendMarker(html, "overall", i, history[i], X(i), Y(history[i].Overall!.Value), seconds);
        }

        foreach (int i in mission)
        {
            AppendMarker(html, "missionline", i, history[i], X(i), Y(history[i].Mission!.Value), seconds);
        }

        foreach (int i in LabelledRuns(history.Length))
        {
            html.Append("<text class=\"axis xlabel\" data-run=\"").Append(i).Append("\" x=\"").Append(F(X(i))).Append("\" y=\"").Append(Height - Bottom + 16).Append("\" text-anchor=\"middle\">")
                .Append("<tspan x=\"").Append(F(X(i))).Append("\">").Append(E(history[i].Time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</tspan>")
                .Append("<tspan x=\"").Append(F(X(i))).Append("\" dy=\"12\">").Append(E(history[i].Time.ToUniversalTime().ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture)))
                .Append(history[i].MissionOnly ? " ◇" : string.Empty).Append("</tspan></text>");
        }

        html.Append("</svg><div class=\"legend\">")
            .Append("<span><svg width=\"18\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"18\" y2=\"5\" stroke=\"var(--overall)\" stroke-width=\"2\"/></svg> overall</span>")
            .Append("<span><svg width=\"18\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"18\" y2=\"5\" stroke=\"var(--missionline)\" stroke-width=\"2\"/></svg> mission-critical</span>");
        int missionOnlyRuns = history.Count(p => p.MissionOnly);
        if (missionOnlyRuns > 0)
        {
            html.Append("<span class=\"mission-only-legend\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path d=\"M6 1 L11 6 L6 11 L1 6 Z\" fill=\"var(--card)\" stroke=\"var(--missionline)\" stroke-width=\"2\"/></svg> --mission-only run (")
                .Append(missionOnlyRuns).Append(", ◇ after its time): on the mission line only, as its overall score counts only mission-critical findings</span>");
        }

        html.Append("<span>").Append(history.Length).Append(" runs, times in UTC</span></div>");
        AppendRunTable(html, history, seconds);
        html.Append("</section>\n");
    }

    /// <summary>The runs whose x label is drawn: every run while labels fit, else every n-th and always the last.</summary>
    private static List<int> LabelledRuns(int count)
    {
        double spacing = (Width - Left - Right) / (double)(count - 1);
        int step = Math.Max(1, (int)Math.Ceiling(MinLabelSpacing / spacing));
        var runs = Enumerable.Range(0, count).Where(i => i % step == 0).ToList();
        if (runs[^1] != count - 1)
        {
            if ((count - 1 - runs[^1]) * spacing < MinLabelSpacing)
            {
                runs.RemoveAt(runs.Count - 1);
            }

            runs.Add(count - 1);
        }

        return runs;
    }

    private static void AppendLine(StringBuilder html, string series, IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        if (list.Count > 1)
        {
            html.Append("<polyline class=\"").Append(series).Append("\" points=\"").Append(string.Join(" ", list.Select(p => F(p.X) + "," + F(p.Y)))).Append("\"/>");
        }
    }

    private static void AppendMarker(StringBuilder html, string series, int run, HistoryPoint point, double x, double y, bool seconds)
    {
        string title = When(point.Time, seconds) + " UTC" + (point.MissionOnly ? " (--mission-only run)" : string.Empty)
            + ": overall " + Percent(point.Overall) + ", mission-critical " + Percent(point.Mission) + ", " + point.Violations.ToString(CultureInfo.InvariantCulture) + " violations";
        if (point.MissionOnly)
        {
            html.Append("<path class=\"").Append(series).Append(" point mission-only\" data-run=\"").Append(run).Append("\" d=\"M")
                .Append(F(x)).Append(' ').Append(F(y - 6)).Append(" L").Append(F(x + 6)).Append(' ').Append(F(y)).Append(" L").Append(F(x)).Append(' ').Append(F(y + 6))
                .Append(" L").Append(F(x - 6)).Append(' ').Append(F(y)).Append(" Z\">");
        }
        else
        {
            html.Append("<circle class=\"").Append(series).Append(" point\" data-run=\"").Append(run).Append("\" cx=\"").Append(F(x)).Append("\" cy=\"").Append(F(y)).Append("\" r=\"3.5\">");
        }

        html.Append("<title>").Append(E(title)).Append("</title>").Append(point.MissionOnly ? "</path>" : "</circle>");
    }

    private static void AppendRunTable(StringBuilder html, ImmutableArray<HistoryPoint> history, bool seconds)
    {
        html.Append("<details><summary>Runs</summary><table class=\"runs\"><thead><tr><th scope=\"col\">Time (UTC)</th><th scope=\"col\">Run</th><th scope=\"col\">Overall</th><th scope=\"col\">Mission-critical</th><th scope=\"col\">Violations</th></tr></thead><tbody>");
        foreach (var point in history)
        {
            html.Append("<tr><td>").Append(E(When(point.Time, seconds))).Append("</td><td>").Append(point.MissionOnly ? "--mission-only" : "full").Append("</td><td>")
                .Append(E(Percent(point.Overall))).Append("</td><td>").Append(E(Percent(point.Mission))).Append("</td><td>").Append(point.Violations).Append("</td></tr>");
        }

        html.Append("</tbody></table></details>");
    }

    private static string When(DateTimeOffset time, bool seconds)
        => time.ToUniversalTime().ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => Xml.Escape(text);
}
