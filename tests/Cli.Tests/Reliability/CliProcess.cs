using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>
/// The built ssot-check (the <c>ssot-check.dll</c> copied next to this test assembly) run as a real child process,
/// as a user or CI runs it: with its own runtime configuration, signals, file descriptors and children.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();
    private readonly StringBuilder _output = new();
    private readonly Task _pumps;

    private CliProcess(Process process)
    {
        _process = process;
        _pumps = Task.WhenAll(Pump(process.StandardError, _error), Pump(process.StandardOutput, _output));
    }

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "ssot-check.dll");

    /// <summary>The process id; with <c>ownProcessGroup</c>, also the id of its process group and session.</summary>
    public int Id => _process.Id;

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>dotnet ssot-check.dll args</c>. With <paramref name="ownProcessGroup"/> (Linux), it runs under
    /// <c>setsid</c> in a new session and process group whose id is <see cref="Id"/>, like a job a shell or a CI
    /// runner starts, so a signal can go to the whole group and leftovers can be found by session.
    /// </summary>
    public static CliProcess Start(string workingDirectory, IEnumerable<string> args, bool ownProcessGroup = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(ownProcessGroup ? "setsid" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (ownProcessGroup)
        {
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs the CLI to the end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        int exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return (exit, cli.Output, cli.Error);
    }

    /// <summary>Waits until stderr contains <paramref name="text"/>; false when the process ended or time ran out first.</summary>
    public async Task<bool> WaitForErrorTextAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Error.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.HasExited)
            {
                return Error.Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(10);
        }

        return false;
    }

    /// <summary>Sends a signal to the process group (<paramref name="group"/>) or to the process alone.</summary>
    public void Signal(int signal, bool group)
    {
        if (Kill(group ? -Id : Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({(group ? -Id : Id)}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>The exit code; fails the test when the process is still running after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"ssot-check did not exit within {timeout.TotalSeconds:0} s; stderr so far:\n{Error}");
        }

        await _pumps;
        return _process.ExitCode;
    }

    /// <summary>The live processes of session <paramref name="session"/> (Linux /proc), as "pid command line".</summary>
    public static IReadOnlyList<string> ProcessesOfSession(int session)
    {
        var found = new List<string>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out int pid))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses.
                string stat = File.ReadAllText(Path.Combine(folder, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[3]) == session && fields[0] != "Z")
                {
                    found.Add($"{pid} {File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim()}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer, 0, buffer.Length)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
