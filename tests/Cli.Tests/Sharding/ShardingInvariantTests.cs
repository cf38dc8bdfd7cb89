using System.Text.Json;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Generator;

namespace Netra.Ssot.Cli.Tests.Sharding;

/// <summary>
/// The invariant of sharding: merging the shards of any N-way split gives what one whole run gives (the same JSON,
/// SARIF and text reports, so the same findings, fingerprints, score and coverage; the same baseline; the same exit
/// code), on the sample and on a generated multi-project solution, for N = 2, 3 and 7.
/// </summary>
[Collection(SampleCollection.Name)] // the fixture restores the sample first
public sealed class ShardingInvariantTests
{
    [Fact]
    public async Task Merging_any_split_of_the_sample_equals_a_whole_run()
    {
        using var work = new TempSolution();
        await AssertMergesEqualWholeRun(Path.Combine(Repository.Sample, "NetraApex.slnx"), work.Root, expectedExitCode: ExitCodes.GateFailed, expectedProjects: 4);
    }

    [Fact]
    public async Task Merging_any_split_of_a_generated_solution_equals_a_whole_run()
    {
        using var solution = new TempSolution();
        SolutionGenerator.Write(solution.Root, projects: 3, files: 3);
        using var work = new TempSolution();
        // The first run restores; the shards then load the same restored solution.
        await AssertMergesEqualWholeRun(solution.Root, work.Root, expectedExitCode: ExitCodes.Success, expectedProjects: 5, restore: true);
    }

    private static async Task AssertMergesEqualWholeRun(string input, string work, int expectedExitCode, int expectedProjects, bool restore = false)
    {
        string[] noRestore = ["--no-restore"];
        // The reports name the baseline file: every run writes the same one, and the merge must write it as the whole run did.
        string baseline = Path.Combine(work, "ssot.baseline.json");
        var whole = await CliRunner.RunAsync([input, .. restore ? [] : noRestore, .. Reports(work, "whole"), "--baseline", baseline, "--update-baseline"]);
        Assert.Equal(expectedExitCode, whole.ExitCode);
        string wholeBaseline = File.ReadAllText(baseline);
        Assert.Contains("\"fingerprint\"", File.ReadAllText(Path.Combine(work, "whole.json")), StringComparison.Ordinal);

        foreach (int count in new[] { 2, 3, 7 })
        {
            var shards = new List<string>();
            var analyzed = new List<string>();
            for (int k = 1; k <= count; k++)
            {
                string shard = Path.Combine(work, $"shard-{k}-of-{count}.json");
                var run = await CliRunner.RunAsync(input, "--no-restore", "--shard", $"{k}/{count}", "--shard-output", shard);
                Assert.Equal((ExitCodes.Success, string.Empty), (run.ExitCode, run.Output));
                using var document = JsonDocument.Parse(File.ReadAllText(shard));
                analyzed.AddRange(document.RootElement.GetProperty("analysis").GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("projectPath").GetString()!).Distinct());
                shards.Add(shard);
            }

            // Every project is analyzed by exactly one shard.
            Assert.Equal(expectedProjects, analyzed.Count);
            Assert.Equal(analyzed.Count, analyzed.Distinct().Count());

            string name = $"merge{count}";
            shards.Reverse(); // any order
            File.Delete(baseline);
            var merge = await CliRunner.RunAsync(["merge", .. shards, .. Reports(work, name), "--baseline", baseline, "--update-baseline"]);
            Assert.Equal((expectedExitCode, whole.Output), (merge.ExitCode, merge.Output));
            Assert.Equal(wholeBaseline, File.ReadAllText(baseline));
            foreach (string extension in new[] { "json", "sarif", "txt" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(work, $"whole.{extension}")), File.ReadAllText(Path.Combine(work, $"{name}.{extension}")));
            }
        }
    }

    private static string[] Reports(string work, string name)
        => ["--report", $"json={Path.Combine(work, name + ".json")}", "--report", $"sarif={Path.Combine(work, name + ".sarif")}", "--report", $"text={Path.Combine(work, name + ".txt")}"];
}
