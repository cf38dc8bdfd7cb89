using System.Text.Json.Nodes;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Generator;

namespace Netra.Ssot.Cli.Tests.Sharding;

/// <summary>Real shard results of a small generated solution: a 2-way split, a shard of a 3-way split, and shards of changed code and config.</summary>
public sealed class ShardFiles : IAsyncLifetime, IDisposable
{
    private readonly TempSolution _solution = new();
    private readonly TempSolution _work = new();

    public string Solution => _solution.Root;

    public string First => Path.Combine(_work.Root, "shard-1-of-2.json");

    public string Second => Path.Combine(_work.Root, "shard-2-of-2.json");

    public string SecondOfThree => Path.Combine(_work.Root, "shard-2-of-3.json");

    /// <summary>Shard 2/2 after a source file changed.</summary>
    public string SecondOfOtherCode => Path.Combine(_work.Root, "shard-2-of-2.other-code.json");

    /// <summary>Shard 2/2 after ssot.json changed.</summary>
    public string SecondOfOtherConfig => Path.Combine(_work.Root, "shard-2-of-2.other-config.json");

    /// <summary>The changed ssot.json.</summary>
    public string OtherConfig => Path.Combine(_work.Root, "ssot.json");

    public string Work => _work.Root;

    public async Task InitializeAsync()
    {
        SolutionGenerator.Write(_solution.Root, projects: 2, files: 2);
        await Shard("1/2", First, restore: true);
        await Shard("2/2", Second);
        await Shard("2/3", SecondOfThree);

        string source = Directory.EnumerateFiles(_solution.Root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        string original = File.ReadAllText(source);
        File.WriteAllText(source, original + "\n// changed\n");
        await Shard("2/2", SecondOfOtherCode);
        File.WriteAllText(source, original);

        string config = Path.Combine(_solution.Root, "ssot.json");
        string originalConfig = File.ReadAllText(config);
        File.WriteAllText(OtherConfig, InsertThreshold(originalConfig));
        File.WriteAllText(config, File.ReadAllText(OtherConfig));
        await Shard("2/2", SecondOfOtherConfig);
        File.WriteAllText(config, originalConfig);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _solution.Dispose();
        _work.Dispose();
    }

    /// <summary>A copy of <paramref name="shard"/> with one top-level field changed.</summary>
    public string Edited(string shard, string name, string field, JsonNode value)
    {
        var json = JsonNode.Parse(File.ReadAllText(shard))!;
        json[field] = value;
        string path = Path.Combine(Work, name);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static string InsertThreshold(string config)
    {
        int brace = config.IndexOf('{', StringComparison.Ordinal);
        return config[..(brace + 1)] + "\n  \"thresholds\": { \"overall\": 10 }," + config[(brace + 1)..];
    }

    private async Task Shard(string shard, string output, bool restore = false)
    {
        var run = await CliRunner.RunAsync(restore ? [_solution.Root, "--shard", shard, "--shard-output", output] : [_solution.Root, "--no-restore", "--shard", shard, "--shard-output", output]);
        if (run.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException($"shard {shard} exited {run.ExitCode}: {run.Error}");
        }
    }
}

/// <summary>
/// <c>--shard K/N --shard-output FILE</c> and <c>ssot-check merge</c>: bad values and missing companions are usage
/// errors (exit 2), and a merge refuses a set that is not every shard of one split of the same code, ssot.json and
/// tool, naming the file (exit 2).
/// </summary>
public sealed class ShardingCommandTests(ShardFiles files) : IClassFixture<ShardFiles>
{
    [Theory]
    [InlineData("4/3", "--shard '4/3': K must be from 1 to N (3).")]
    [InlineData("0/2", "--shard '0/2': K must be from 1 to N (2).")]
    [InlineData("two/four", "--shard takes K/N, shard K of N (e.g. 2/4), not 'two/four'.")]
    public async Task A_bad_shard_value_is_a_usage_error(string value, string message)
    {
        var run = await CliRunner.RunAsync(files.Solution, "--shard", value, "--shard-output", Path.Combine(files.Work, "unused.json"));

        Assert.Equal((ExitCodes.UsageOrConfigError, message), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_shard_needs_its_output_file_and_the_output_file_needs_a_shard()
    {
        var noOutput = await CliRunner.RunAsync(files.Solution, "--shard", "1/2");
        var noShard = await CliRunner.RunAsync(files.Solution, "--shard-output", Path.Combine(files.Work, "unused.json"));

        Assert.Equal((ExitCodes.UsageOrConfigError, "error: --shard needs --shard-output <file>: a shard writes its result there for 'ssot-check merge'." + Environment.NewLine), (noOutput.ExitCode, noOutput.Error));
        Assert.Equal((ExitCodes.UsageOrConfigError, "error: --shard-output needs --shard K/N." + Environment.NewLine), (noShard.ExitCode, noShard.Error));
    }

    [Fact]
    public async Task A_shard_refuses_reports_badges_history_and_baselines()
    {
        var run = await CliRunner.RunAsync(
            files.Solution, "--shard", "1/2", "--shard-output", Path.Combine(files.Work, "unused.json"),
            "--report", "json=r.json", "--badge", "b.svg", "--history", "h.jsonl", "--baseline", "b.json", "--update-baseline");

        Assert.Equal(
            (ExitCodes.UsageOrConfigError, "error: --report, --badge, --history, --baseline, --update-baseline cannot be used with --shard: a shard writes no report and gates nothing; pass them to 'ssot-check merge'." + Environment.NewLine),
            (run.ExitCode, run.Error));
        Assert.False(File.Exists(Path.Combine(files.Work, "unused.json")));
    }

    [Fact]
    public async Task A_merge_refuses_a_missing_shard()
    {
        var run = await CliRunner.RunAsync("merge", files.First);

        Assert.Equal((ExitCodes.UsageOrConfigError, "error: missing shard 2/2: a merge needs every shard of the split." + Environment.NewLine), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_shard_given_twice()
    {
        string copy = Path.Combine(files.Work, "copy-of-shard-1.json");
        File.Copy(files.First, copy, overwrite: true);

        var run = await CliRunner.RunAsync("merge", files.First, files.Second, copy);

        Assert.Equal((ExitCodes.UsageOrConfigError, $"error: {copy}: shard 1/2 is given twice (also {files.First})." + Environment.NewLine), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_shard_of_another_split()
    {
        var run = await CliRunner.RunAsync("merge", files.First, files.SecondOfThree);

        Assert.Equal((ExitCodes.UsageOrConfigError, $"error: {files.SecondOfThree}: shard 2/3 is not of the same split as {files.First} (shard 1/2)." + Environment.NewLine), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_shard_of_other_code()
    {
        var run = await CliRunner.RunAsync("merge", files.First, files.SecondOfOtherCode);

        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {files.SecondOfOtherCode}: shard 2/2 analyzed other code than {files.First} (their solution indexes differ); run every shard on the same commit, SDK and restore." + Environment.NewLine),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_shard_of_another_ssot_json_and_a_config_that_is_not_the_shards_one()
    {
        var mixed = await CliRunner.RunAsync("merge", files.First, files.SecondOfOtherConfig);
        var otherConfig = await CliRunner.RunAsync("merge", files.First, files.Second, "--config", files.OtherConfig);

        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {files.SecondOfOtherConfig}: shard 2/2 used another ssot.json than {files.First}; run every shard with the same one." + Environment.NewLine),
            (mixed.ExitCode, mixed.Error));
        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {SsotCheck.Display(files.OtherConfig, Directory.GetCurrentDirectory())}: not the ssot.json the shards were run with; merge with the same one, or without --config." + Environment.NewLine),
            (otherConfig.ExitCode, otherConfig.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_shard_of_another_version_of_the_tool()
    {
        string older = files.Edited(files.Second, "older-tool.json", "toolVersion", "0.9.0");

        var run = await CliRunner.RunAsync("merge", files.First, older);

        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {older}: written by ssot-check 0.9.0, but this is {SsotCheck.ToolVersion}; run the shards and the merge with the same version." + Environment.NewLine),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task A_merge_refuses_a_file_that_is_not_a_shard_result_with_its_place()
    {
        string report = Path.Combine(files.Work, "report.json");
        File.WriteAllText(report, "{ \"version\": \"1.0.0\" }");
        string broken = Path.Combine(files.Work, "broken.json");
        File.WriteAllText(broken, "{ \"format\": 1,\n  \"shard\": }");

        var notShard = await CliRunner.RunAsync("merge", report, files.Second);
        var notJson = await CliRunner.RunAsync("merge", files.First, broken);

        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {report}: not a shard result of this ssot-check (format 0, expected 1); write it with ssot-check --shard K/N --shard-output {report}." + Environment.NewLine),
            (notShard.ExitCode, notShard.Error));
        Assert.Equal(
            (ExitCodes.UsageOrConfigError, $"error: {broken}:2:12: not a valid shard result: '}}' is an invalid start of a value. LineNumber: 1 | BytePositionInLine: 11." + Environment.NewLine),
            (notJson.ExitCode, notJson.Error));
    }

    [Fact]
    public async Task A_merge_with_the_shards_own_config_gates_as_a_whole_run()
    {
        string config = Path.Combine(files.Solution, "ssot.json");

        var withConfig = await CliRunner.RunAsync("merge", files.Second, files.First, "--config", config, "--mission-only", "--min-score", "0", "--fail-on-incomplete", "--format", "json", "--paths-relative-to", files.Solution, "--verbosity", "quiet", "--no-color");
        var whole = await CliRunner.RunAsync(files.Solution, "--no-restore", "--config", config, "--mission-only", "--min-score", "0", "--fail-on-incomplete", "--format", "json", "--paths-relative-to", files.Solution, "--verbosity", "quiet", "--no-color");

        Assert.Equal((whole.ExitCode, whole.Output), (withConfig.ExitCode, withConfig.Output));
        Assert.Contains("\"missionOnly\": true", withConfig.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_writes_every_output_a_whole_run_writes()
    {
        string baseline = Path.Combine(files.Work, "known.baseline.json");
        var seed = await CliRunner.RunAsync(files.Solution, "--no-restore", "--baseline", baseline, "--update-baseline", "--format", "json", "--output", Path.Combine(files.Work, "seed.json"));
        Assert.Equal(ExitCodes.Success, seed.ExitCode);

        string Out(string run, string file) => Path.Combine(files.Work, run + "." + file);
        var whole = await CliRunner.RunAsync(files.Solution, "--no-restore", "--baseline", baseline, "--fail-on-stale", "--output", Out("whole", "md"), "--report", "github=" + Out("whole", "github.txt"), "--badge", Out("whole", "svg"), "--badge-json", Out("whole", "badge.json"), "--history", Out("whole", "history.jsonl"), "--color");
        var merge = await CliRunner.RunAsync("merge", files.First, files.Second, "--baseline", baseline, "--fail-on-stale", "--output", Out("merge", "md"), "--report", "github=" + Out("merge", "github.txt"), "--badge", Out("merge", "svg"), "--badge-json", Out("merge", "badge.json"), "--history", Out("merge", "history.jsonl"), "--color");

        Assert.Equal(whole.ExitCode, merge.ExitCode);
        foreach (string file in new[] { "md", "github.txt", "svg", "badge.json" })
        {
            Assert.Equal(File.ReadAllText(Out("whole", file)), File.ReadAllText(Out("merge", file)));
        }

        Assert.Equal(WithoutTime(File.ReadAllText(Out("whole", "history.jsonl"))), WithoutTime(File.ReadAllText(Out("merge", "history.jsonl"))));
    }

    private static string WithoutTime(string history)
        => System.Text.RegularExpressions.Regex.Replace(history, "\"time\":\\s*\"[^\"]*\"", "\"time\":\"\"");
}
