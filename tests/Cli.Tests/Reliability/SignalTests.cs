using System.Text;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>
/// A solution big enough that each phase of a run (restore, load, compile, analyze) lasts long enough to be
/// interrupted; shared by the signal tests, which restore it again on every run.
/// </summary>
public sealed class SignalSolution : IDisposable
{
    internal TempSolution Temp { get; } = new();

    public SignalSolution()
    {
        var slnx = new StringBuilder("<Solution>\n");
        foreach (string project in new[] { "Alpha", "Beta", "Gamma" })
        {
            Temp.Project(project);
            slnx.Append($"  <Project Path=\"{project}/{project}.csproj\" />\n");
            for (int file = 0; file < 40; file++)
            {
                var body = new StringBuilder();
                for (int method = 0; method < 40; method++)
                {
                    body.Append($"    public int M{method}(int x) {{ var s = x; for (int k = 0; k < x; k++) {{ s += k * {method}; }} return s; }}\n");
                }

                Temp.Write($"{project}/F{file}.cs", $"namespace {project};\n\npublic class F{file}\n{{\n{body}}}\n");
            }
        }

        Temp.Write("Signals.slnx", slnx.Append("</Solution>\n").ToString());
    }

    public void Dispose() => Temp.Dispose();
}

/// <summary>
/// Ctrl+C and SIGTERM against the real process: whatever phase the run is in, it exits with 130 (SIGINT) or 143
/// (SIGTERM) within seconds, writes no report or temporary file, and leaves no process of its session behind
/// (the restore, the MSBuildWorkspace build host, build servers). The phase is read from the progress lines,
/// which SSOT_CHECK_PROGRESS=always prints on a redirected stderr.
/// </summary>
public sealed class SignalTests(SignalSolution solution) : IClassFixture<SignalSolution>
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [Theory]
    [InlineData("Restoring Signals.slnx")]
    [InlineData("Loading Signals.slnx")]
    [InlineData("Compiling Alpha")]
    [InlineData("Analyzing ")]
    public async Task Ctrl_C_to_the_process_group_exits_130_at_once_with_no_partial_files_and_no_leftover_processes(string phase)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // process groups, setsid and /proc are Linux's
        }

        await InterruptAsync(phase, SigInt, group: true, expectedExit: 130);
    }

    [Fact]
    public async Task Sigterm_to_the_process_alone_while_the_build_host_runs_exits_143_and_stops_the_build_host()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await InterruptAsync("Loading Signals.slnx", SigTerm, group: false, expectedExit: 143);
    }

    private async Task InterruptAsync(string phase, int signal, bool group, int expectedExit)
    {
        string outputFolder = Path.Combine(solution.Temp.Root, "out-" + Guid.NewGuid().ToString("N"));
        using var cli = CliProcess.Start(
            solution.Temp.Root,
            ["Signals.slnx", "--format", "json", "--output", Path.Combine(outputFolder, "report.json"), "--badge", Path.Combine(outputFolder, "badge.svg")],
            ownProcessGroup: true,
            new Dictionary<string, string> { ["SSOT_CHECK_PROGRESS"] = "always" });

        Assert.True(await cli.WaitForErrorTextAsync(phase, TimeSpan.FromSeconds(60)), $"the run never showed '{phase}'; stderr:\n{cli.Error}");
        cli.Signal(signal, group);
        var signalled = DateTime.UtcNow;
        int exit = await cli.WaitForExitAsync(TimeSpan.FromSeconds(15));
        var took = DateTime.UtcNow - signalled;

        Assert.True(exit == expectedExit, $"exit {exit} after a signal in phase '{phase}'; stderr:\n{cli.Error}");
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took.TotalSeconds:0.0} s to stop");
        Assert.EndsWith("Cancelled." + Environment.NewLine, cli.Error);
        Assert.Equal(string.Empty, cli.Output);
        Assert.Empty(Directory.Exists(outputFolder) ? Directory.GetFileSystemEntries(outputFolder) : []); // the folder is created up front, empty

        // Children get a moment to be reaped; anything still alive in the session after that is a leak.
        IReadOnlyList<string> left = CliProcess.ProcessesOfSession(cli.Id);
        for (int i = 0; i < 50 && left.Count > 0; i++)
        {
            await Task.Delay(100);
            left = CliProcess.ProcessesOfSession(cli.Id);
        }

        Assert.Empty(left);
    }
}
