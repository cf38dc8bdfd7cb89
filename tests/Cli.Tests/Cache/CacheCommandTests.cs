using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>The --cache option on the command line: a rerun writes byte-identical reports and says it hit at -v detailed.</summary>
public sealed class CacheCommandTests
{
    [Fact]
    public async Task A_cached_rerun_writes_byte_identical_reports_with_the_same_exit_code()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\npublic class SecondMessageRouter { }\n");
        solution.Write("ssot.json", """{ "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""");
        string cache = Path.Combine(solution.Root, ".cache");
        string first = Path.Combine(solution.Root, "first.json");
        string second = Path.Combine(solution.Root, "second.json");

        var cold = await CliRunner.RunAsync(solution.Root, "--cache", cache, "--min-score", "100", "--format", "json", "--output", first, "--format", "sarif", "--output", first + ".sarif", "-v", "detailed");
        var warm = await CliRunner.RunAsync(solution.Root, "--cache", cache, "--min-score", "100", "--format", "json", "--output", second, "--format", "sarif", "--output", second + ".sarif", "-v", "detailed");

        Assert.Equal(1, cold.ExitCode); // the duplicate fails --min-score 100: the gate is judged again on a hit
        Assert.Equal(1, warm.ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(first + ".sarif"), File.ReadAllBytes(second + ".sarif"));
        Assert.Contains("Loading ", cold.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading ", warm.Error, StringComparison.Ordinal);
        Assert.Matches(@"\] Cache hit: [0-9]+ files and 1 folders unchanged; nothing loaded or compiled", warm.Error);
        Assert.Contains("\"id\": \"SSOT1001\"", File.ReadAllText(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_cache_folder_is_a_usage_error()
    {
        var (exit, output, error) = await CliRunner.RunAsync("missing.slnx", "--cache", "");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: --cache takes a folder, or nothing for the default folder; it was given an empty one." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_shard_is_not_cached()
    {
        var (exit, output, error) = await CliRunner.RunAsync("missing.slnx", "--cache", "c", "--shard", "1/2", "--shard-output", "s.json");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: --cache and --shard cannot be used together: a shard analyzes part of the solution; cache the whole run." + Environment.NewLine, error);
    }

    [Fact]
    public void A_file_after_cache_is_the_input_and_the_cache_takes_the_default_folder()
    {
        using var solution = new TempSolution();
        string input = solution.Write("App.slnx", "<Solution />\n");
        var root = CheckCommand.Create(TextWriter.Null, TextWriter.Null);
        var cache = root.Options.OfType<System.CommandLine.Option<string?>>().Single(o => o.Name == "--cache");
        string newFolder = Path.Combine(solution.Root, "new-cache");

        string? path = null;
        string? problem = CacheOption.Read(root.Parse(["--cache", input]), cache, ref path, out string? folder);
        string? pathGiven = input;
        string? folderProblem = CacheOption.Read(root.Parse([input, "--cache", newFolder]), cache, ref pathGiven, out string? givenFolder);
        string? both = input;
        string? fileProblem = CacheOption.Read(root.Parse([input, "--cache", input]), cache, ref both, out _);

        Assert.Null(problem);
        Assert.Equal(input, path);
        Assert.Null(folder); // the default folder
        Assert.Null(folderProblem);
        Assert.Equal(input, pathGiven);
        Assert.Equal(newFolder, givenFolder);
        Assert.Equal($"--cache takes a folder, and '{input}' is a file.", fileProblem);
    }
}
