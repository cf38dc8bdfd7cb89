using System.Text.Json;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests.Html;

/// <summary>
/// The HTML report of the sample, with a three-run history (two runs on one day, the middle one --mission-only), laid
/// out by a real headless Chromium at 1400, 1000 and 400 px and measured from the DOM: nothing wider than the viewport,
/// every bar visible and as long as its value says, every rule title whole, one trend marker per run with x labels that
/// tell two runs of a day apart, and the mission-only run marked.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class HtmlLayoutTests(SampleFixture sample)
{
    /// <summary>The layout facts the tests assert, gathered in the page (doc and win are the report's document and window).</summary>
    private const string Measure = """
        const vw = win.innerWidth, box = e => e.getBoundingClientRect();
        const outside = [...doc.body.querySelectorAll('*')].filter(e => box(e).width > 0 && (box(e).left < -0.5 || box(e).right > vw + 0.5))
          .map(e => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || ''));
        const bars = section => [...doc.querySelectorAll(section + ' .bar')].map(b => {
          const name = b.querySelector('.name');
          return { name: name.textContent, truncated: name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight + 1,
                   track: box(b.querySelector('.track')).width, fill: box(b.querySelector('.fill')).width };
        });
        const trend = doc.querySelector('section.trend'), table = doc.querySelector('table.findings');
        return JSON.stringify({
          viewport: vw, scrollWidth: doc.scrollingElement.scrollWidth, outside,
          rules: bars('section.rules'), projects: bars('section.projects'),
          chartWidth: box(trend.querySelector(':scope > svg')).width,
          runs: [...new Set([...trend.querySelectorAll('.point')].map(p => p.getAttribute('data-run')))].sort((a, b) => a - b),
          overallPoints: trend.querySelectorAll('.point.overall').length,
          missionPoints: trend.querySelectorAll('.point.missionline').length,
          missionOnlyRuns: [...trend.querySelectorAll('.point.mission-only')].map(p => p.getAttribute('data-run')),
          labels: [...trend.querySelectorAll('.xlabel')].map(t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ')),
          legend: trend.querySelector('.mission-only-legend')?.textContent.trim() ?? null,
          findingRows: table.tBodies[0].rows.length,
          tableInside: box(table).left >= box(table.closest('section')).left && box(table).right <= box(table.closest('section')).right,
          background: win.getComputedStyle(doc.body).backgroundColor,
        });
        """;

    [ChromiumTheory]
    [InlineData(1400)]
    [InlineData(1000)]
    [InlineData(400)]
    public async Task The_report_fits_the_width_with_every_bar_visible_every_title_whole_and_the_runs_told_apart(int width)
    {
        var report = WithHistory();
        var layout = await MeasureAsync(report, width, dark: false);

        Assert.Equal(width, layout.Viewport);
        Assert.Empty(layout.Outside);
        Assert.Equal(width, layout.ScrollWidth);

        int most = report.Score.Rules.Max(r => r.Count);
        Assert.Equal(report.Score.Rules.Select(r => $"{r.Id} {r.Title}"), layout.Rules.Select(r => r.Name));
        Assert.All(layout.Rules.Zip(report.Score.Rules), pair =>
        {
            var (bar, rule) = pair;
            Assert.False(bar.Truncated, $"{rule.Id}'s title is cut at {width} px");
            Assert.True(bar.Track >= 80, $"{rule.Id}'s bar track is {bar.Track} px wide at {width} px");
            double expected = Math.Max(3, bar.Track * rule.Count / most);
            Assert.InRange(bar.Fill, expected - 1, expected + 1);
        });

        Assert.Equal(report.Score.Projects.Select(p => p.Name), layout.Projects.Select(p => p.Name));
        Assert.All(layout.Projects.Zip(report.Score.Projects), pair =>
        {
            var (bar, project) = pair;
            Assert.False(bar.Truncated, $"{project.Name} is cut at {width} px");
            Assert.True(bar.Track >= 80, $"{project.Name}'s bar track is {bar.Track} px wide at {width} px");
            Assert.InRange(bar.Fill, (bar.Track * project.Score.Percent!.Value / 100) - 1, (bar.Track * project.Score.Percent!.Value / 100) + 1);
        });

        Assert.True(layout.ChartWidth > 200, $"the trend chart is {layout.ChartWidth} px wide at {width} px");
        Assert.Equal(["0", "1", "2"], layout.Runs);
        Assert.Equal((2, 3), (layout.OverallPoints, layout.MissionPoints));
        Assert.Equal(["1"], layout.MissionOnlyRuns);
        Assert.Equal(["2026-11-21 09:15", "2026-11-21 17:40 ◇", "2026-11-22 08:05"], layout.Labels);
        Assert.Equal("--mission-only run (1, ◇ after its time): on the mission line only, as its overall score counts only mission-critical findings", layout.Legend);

        Assert.Equal(report.Analysis.Findings.Length, layout.FindingRows);
        Assert.True(layout.TableInside, $"the findings table overflows its card at {width} px");
        Assert.Equal("rgb(246, 248, 250)", layout.Background);
    }

    [ChromiumFact]
    public async Task Dark_mode_follows_the_system_setting_and_keeps_the_layout()
    {
        var layout = await MeasureAsync(WithHistory(), 1000, dark: true);

        Assert.Equal("rgb(13, 17, 23)", layout.Background);
        Assert.Empty(layout.Outside);
        Assert.All(layout.Rules, r => Assert.True(r.Fill > 0));
    }

    /// <summary>The sample's report after a full run and a --mission-only run on 21 November, this run on the 22nd.</summary>
    private CheckReport WithHistory()
    {
        using var temp = new TempSolution();
        string path = temp.Write("history.jsonl", """
            {"time":"2026-11-21T09:15:00Z","overall":58.7,"production":57.9,"test":62.5,"mission":86.9,"violations":27}
            {"time":"2026-11-21T17:40:00Z","overall":93.4,"production":92.1,"test":100,"mission":93.4,"violations":3,"missionOnly":true}

            """);
        var (points, _) = HistoryFile.Add(path, sample.Slnx.Score, 25, new DateTimeOffset(2026, 11, 22, 8, 5, 0, TimeSpan.Zero), missionOnly: false);
        Assert.Equal([false, true, false], points.Select(p => p.MissionOnly));
        return sample.Slnx with { History = points };
    }

    private static async Task<Layout> MeasureAsync(CheckReport report, int width, bool dark)
    {
        var writer = new StringWriter();
        new HtmlReporter().Write(report, writer);
        string json = await HeadlessChromium.MeasureAsync(writer.ToString(), width, dark, Measure);
        return JsonSerializer.Deserialize<Layout>(json, JsonSerializerOptions.Web) ?? throw new InvalidOperationException("no measurements: " + json);
    }

    private sealed record Bar(string Name, bool Truncated, double Track, double Fill);

    private sealed record Layout(
        int Viewport,
        int ScrollWidth,
        IReadOnlyList<string> Outside,
        IReadOnlyList<Bar> Rules,
        IReadOnlyList<Bar> Projects,
        double ChartWidth,
        IReadOnlyList<string> Runs,
        int OverallPoints,
        int MissionPoints,
        IReadOnlyList<string> MissionOnlyRuns,
        IReadOnlyList<string> Labels,
        string? Legend,
        int FindingRows,
        bool TableInside,
        string Background);
}
