using System.Collections.Immutable;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests;

public sealed class HistoryTests
{
    [Fact]
    public void Each_run_appends_one_line_and_unreadable_lines_are_skipped()
    {
        using var temp = new TempSolution();
        string path = temp.Write("history.jsonl", "{\"time\":\"2026-11-01T10:00:00Z\",\"overall\":70,\"production\":null,\"test\":80,\"mission\":90,\"violations\":3}\nnot json\n{\"overall\":1}\n");
        var score = ScoreCalculator.Compute(ImmutableArray.Create(new ScoredFile("a.cs", "P", false)), ImmutableArray<Finding>.Empty);

        var points = HistoryRuns.Append(path, score, violations: 0, new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, points.Length);
        Assert.Equal((70.0, (double?)null, 3), (points[0].Overall!.Value, points[0].Production, points[0].Violations));
        Assert.Equal((100.0, 100.0), (points[1].Overall!.Value, points[1].Mission!.Value));
        string last = File.ReadAllLines(path)[^1];
        Assert.StartsWith("{\"time\":\"2026-11-21T12:00:00", last);
        Assert.EndsWith(",\"overall\":100,\"production\":100,\"test\":null,\"mission\":100,\"violations\":0,\"missionOnly\":false}", last);
        Assert.Equal(3, HistoryRuns.Append(path, score, 0, DateTimeOffset.UtcNow).Length); // the line it wrote reads back
    }

    [Fact]
    public void A_mission_only_run_is_recorded_as_one_and_lines_without_the_field_read_as_full_runs()
    {
        using var temp = new TempSolution();
        string path = temp.Write("history.jsonl", "{\"time\":\"2026-11-01T10:00:00Z\",\"overall\":70,\"production\":70,\"test\":null,\"mission\":90,\"violations\":3}\n");
        var score = ScoreCalculator.Compute(ImmutableArray.Create(new ScoredFile("a.cs", "P", false)), ImmutableArray<Finding>.Empty);

        var (points, text) = HistoryFile.Add(path, score, violations: 0, new DateTimeOffset(2026, 11, 1, 18, 30, 0, TimeSpan.Zero), missionOnly: true);

        Assert.Equal([false, true], points.Select(p => p.MissionOnly));
        Assert.EndsWith(",\"mission\":100,\"violations\":0,\"missionOnly\":true}\n", text);
    }

    [Fact]
    public async Task Each_run_with_history_appends_its_line_and_the_html_report_draws_the_trend()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("ssot.json", "{}");
        string history = Path.Combine(solution.Root, "out", "history.jsonl");
        string html = Path.Combine(solution.Root, "out", "report.html");

        var (first, _, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--history", history, "--format", "html", "--output", html);
        Assert.Contains("the trend appears from the second run", File.ReadAllText(html));
        var (second, _, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--history", history, "--format", "html", "--output", html);

        Assert.Equal((0, 0), (first, second));
        var lines = File.ReadAllLines(history);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.EndsWith(",\"overall\":100,\"production\":100,\"test\":null,\"mission\":100,\"violations\":0,\"missionOnly\":false}", l));
        Assert.Contains("aria-label=\"score trend: 2 runs from ", File.ReadAllText(html));
    }
}
