using System.Diagnostics;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>An ssot.json that is not a regular file is refused by name, found upward or given with --config, and never opened.</summary>
public sealed class ConfigFileKindTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_directory_given_with_config_exits_2()
    {
        using var solution = NewSolution();
        string config = Path.Combine(solution.Root, "conf", "ssot.json");
        Directory.CreateDirectory(config);

        var (exit, error) = await RunAsync(solution, "--config", config);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: The configuration file '{Display(config)}' is a directory, not a file." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_directory_found_by_the_upward_search_exits_2_instead_of_being_skipped()
    {
        using var solution = NewSolution();
        solution.Write("ssot.json", "{ \"thresholds\": { \"overall\": 100 } }");
        string config = Path.Combine(solution.Root, "App", "ssot.json");
        Directory.CreateDirectory(config);

        var (exit, error) = await RunAsync(solution);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: The configuration file '{Display(config)}' is a directory, not a file." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_fifo_given_with_config_exits_2_without_being_opened()
    {
        using var solution = NewSolution();
        string config = MakeFifo(Path.Combine(solution.Root, "pipe.json"));

        var (exit, error) = await RunAsync(solution, "--config", config);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: The configuration file '{Display(config)}' is not a regular file: it is a FIFO (named pipe). Pass an ssot.json file." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_fifo_found_by_the_upward_search_exits_2_without_being_opened()
    {
        using var solution = NewSolution();
        string config = MakeFifo(Path.Combine(solution.Root, "ssot.json"));

        var (exit, error) = await RunAsync(solution);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: The configuration file '{Display(config)}' is not a regular file: it is a FIFO (named pipe). Pass an ssot.json file." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_character_device_given_with_config_exits_2_without_being_read()
    {
        using var solution = NewSolution();

        var (exit, error) = await RunAsync(solution, "--config", "/dev/zero");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal("error: The configuration file '/dev/zero' is not a regular file: it is a character device. Pass an ssot.json file." + Environment.NewLine, error);
    }

    [Fact]
    public async Task A_symbolic_link_to_a_regular_file_is_read()
    {
        using var solution = NewSolution();
        string target = solution.Write("real.json", "{ \"concpets\": [] }");
        string link = Path.Combine(solution.Root, "link.json");
        File.CreateSymbolicLink(link, target);

        var (exit, error) = await RunAsync(solution, "--config", link);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.StartsWith($"{Display(link)}(1,3): error SSOT0001: unknown key \"concpets\" in the top level; did you mean \"concepts\"?", error);
    }

    private static TempSolution NewSolution()
    {
        var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/C.cs", "namespace App; public class C { }");
        return solution;
    }

    /// <summary>Runs on a pool thread so that a regression (a blocking open) fails the test instead of hanging the run.</summary>
    private static async Task<(int ExitCode, string Error)> RunAsync(TempSolution solution, params string[] options)
    {
        var run = Task.Run(() => CliRunner.RunAsync([Path.Combine(solution.Root, "App"), .. options, "--no-restore"]));
        if (await Task.WhenAny(run, Task.Delay(HangLimit)) != run)
        {
            Assert.Fail($"ssot-check did not return within {HangLimit.TotalSeconds} s");
        }

        var (exit, _, error) = await run;
        return (exit, error);
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static string Display(string path) => SsotCheck.Display(path, Directory.GetCurrentDirectory());
}
