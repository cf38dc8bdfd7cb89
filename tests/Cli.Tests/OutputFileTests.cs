using System.Collections.Immutable;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Files ssot-check writes where the user asked: checked before anything is loaded (exit 2 with the option, the
/// path and why), folders created, and written atomically; the history and the baseline read defensively.
/// </summary>
public sealed class OutputFileTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Fact]
    public async Task Every_output_that_is_a_directory_is_named_before_anything_is_loaded()
    {
        using var temp = new TempSolution();
        string folder = Path.Combine(temp.Root, "folder");
        Directory.CreateDirectory(folder);

        // The solution does not even exist: the output paths are checked first, so no load could have started.
        var (exit, output, error) = await CliRunner.RunAsync(
            Path.Combine(temp.Root, "missing.slnx"), "--format", "json", "--output", folder, "--badge", folder, "--badge-json", folder, "--history", folder, "--baseline", folder, "--update-baseline");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"error: --output '{folder}' cannot be written: it is a directory.{NewLine}"
            + $"error: --badge '{folder}' cannot be written: it is a directory.{NewLine}"
            + $"error: --badge-json '{folder}' cannot be written: it is a directory.{NewLine}"
            + $"error: --history '{folder}' cannot be written: it is a directory.{NewLine}"
            + $"error: --baseline '{folder}' cannot be written: it is a directory.{NewLine}",
            error);
    }

    [Fact]
    public async Task A_baseline_that_is_a_directory_is_called_a_directory()
    {
        using var temp = new TempSolution();
        string folder = Path.Combine(temp.Root, "baseline");
        Directory.CreateDirectory(folder);

        var (exit, _, error) = await CliRunner.RunAsync(Path.Combine(temp.Root, "missing.slnx"), "--baseline", folder);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: --baseline '{folder}' cannot be read: it is a directory, not a file.{NewLine}", error);
    }

    [Fact]
    public async Task A_folder_that_is_a_file_and_a_folder_that_takes_no_files_are_named_with_the_reason()
    {
        using var temp = new TempSolution();
        string file = temp.Write("plain.txt", "x");
        string underFile = Path.Combine(file, "badge.svg");

        var (exit, _, error) = await CliRunner.RunAsync(Path.Combine(temp.Root, "missing.slnx"), "--badge", underFile);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: --badge '{underFile}' cannot be written: '{file}' is a file, not a folder.{NewLine}", error);
        Assert.Equal("x", File.ReadAllText(file));

        if (OperatingSystem.IsLinux())
        {
            // /proc takes no new files, not even from root (file permissions cannot show this when tests run as root).
            var (procExit, _, procError) = await CliRunner.RunAsync(Path.Combine(temp.Root, "missing.slnx"), "--badge-json", "/proc/ssot-badge.json");
            Assert.Equal(ExitCodes.UsageOrConfigError, procExit);
            Assert.Equal($"error: --badge-json '/proc/ssot-badge.json' cannot be written: its folder '/proc' does not accept new files.{NewLine}", procError);
        }
    }

    [Fact]
    public async Task A_missing_output_folder_is_created_and_the_report_and_badges_are_complete_files()
    {
        using var temp = new TempSolution();
        temp.Project("App");
        temp.Write("App/C.cs", "namespace App; public class C { }");
        string report = Path.Combine(temp.Root, "out", "deep", "report.json");
        string badge = Path.Combine(temp.Root, "badges", "score.svg");

        var (exit, _, error) = await CliRunner.RunAsync(Path.Combine(temp.Root, "App"), "--no-restore", "--format", "json", "--output", report, "--badge", badge);

        Assert.True(exit == ExitCodes.Success, error);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report)))
        {
            Assert.Equal(1, json.RootElement.GetProperty("files").GetProperty("scored").GetInt32());
        }

        Assert.StartsWith("<svg", File.ReadAllText(badge));
        Assert.Equal(["report.json"], Directory.GetFiles(Path.GetDirectoryName(report)!).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public void An_atomic_write_that_fails_or_is_cancelled_leaves_the_old_file_and_no_temporary_file()
    {
        using var temp = new TempSolution();
        string path = temp.Write("report.txt", "old");

        Assert.Throws<InvalidOperationException>(() => OutputFiles.WriteAtomically(path, writer =>
        {
            writer.Write("half of a ne");
            throw new InvalidOperationException("the reporter failed");
        }));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => OutputFiles.WriteAtomically(path, "new", cancelled.Token));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(temp.Root, ".report.txt.*"));

        OutputFiles.WriteAtomically(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void History_lines_of_the_wrong_shape_are_skipped_and_kept()
    {
        using var temp = new TempSolution();
        const string Existing = "[1,2]\n\"text\"\n{\"time\": 5}\n{\"time\":\"2026-11-01T10:00:00Z\",\"overall\":70,\"production\":70,\"test\":null,\"mission\":90,\"violations\":\"many\"}\n42\nnull\n";
        string path = temp.Write("history.jsonl", Existing);

        var points = HistoryRuns.Append(path, Score(), violations: 1, new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, points.Length);
        Assert.Equal((70.0, (double?)null, 0), (points[0].Overall!.Value, points[0].Test, points[0].Violations));
        Assert.Equal(
            Existing + "{\"time\":\"2026-11-21T12:00:00.0000000\\u002B00:00\",\"overall\":100,\"production\":100,\"test\":null,\"mission\":100,\"violations\":1,\"missionOnly\":false}\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void A_history_without_a_final_newline_gets_one_before_the_new_record()
    {
        using var temp = new TempSolution();
        const string Last = "{\"time\":\"2026-11-01T10:00:00Z\",\"overall\":70,\"production\":70,\"test\":null,\"mission\":90,\"violations\":3}";
        string path = temp.Write("history.jsonl", Last);

        var points = HistoryRuns.Append(path, Score(), violations: 0, new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, points.Length);
        string[] lines = File.ReadAllText(path).Split('\n');
        Assert.Equal(3, lines.Length); // two records and the empty rest after the final newline
        Assert.Equal(Last, lines[0]);
        Assert.StartsWith("{\"time\":\"2026-11-21T12:00:00", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(3, HistoryRuns.Append(path, Score(), 0, DateTimeOffset.UtcNow).Length); // both read back
    }

    [Fact]
    public void Reading_a_baseline_directory_is_a_located_usage_error()
    {
        using var temp = new TempSolution();
        string folder = Path.Combine(temp.Root, "b.json");
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<SsotCheckException>(() => Baseline.Read(folder, "b.json"));

        Assert.Equal(CheckFailure.InvalidInput, error.Failure);
        Assert.Equal("b.json: the baseline is a directory, not a file", error.Message);
    }

    private static ScoreReport Score()
        => ScoreCalculator.Compute(ImmutableArray.Create(new ScoredFile("a.cs", "P", false)), ImmutableArray<Finding>.Empty);
}
