using System.Runtime.InteropServices;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// Checks, before anything is loaded, every file a check run will read or write besides the solution: report
/// outputs, badges, the history and the baseline. A problem is exit 2 with the option, the path and the reason,
/// instead of a failure after minutes of analysis.
/// </summary>
internal static class OutputPaths
{
    /// <summary>One <c>error: ...</c> line for each path that cannot be used; empty when all can.</summary>
    public static IReadOnlyList<string> Problems(CheckOptions options, string currentDirectory, bool standardOutputIsConsole)
    {
        var problems = new List<string>();
        foreach (var report in options.Reports)
        {
            if (report.OutputPath is { } output)
            {
                Writable("--output", output);
            }
            else if (standardOutputIsConsole && StandardOutputIsClosed())
            {
                problems.Add($"error: standard output is closed or not writable; the {report.Format.ToString().ToLowerInvariant()} report has nowhere to go (write it to a file with --output <file>).");
            }
        }

        if (options.PathsRelativeTo is { } pathBase && !Directory.Exists(Path.GetFullPath(pathBase, currentDirectory)))
        {
            problems.Add($"error: --paths-relative-to '{pathBase}' is not a folder.");
        }

        Writable("--badge", options.BadgePath);
        Writable("--badge-json", options.BadgeJsonPath);
        if (options.HistoryPath is { } history)
        {
            if (File.Exists(Path.GetFullPath(history, currentDirectory)))
            {
                Readable("--history", history);
            }

            Writable("--history", history);
        }

        if (options.BaselinePath is { } baseline)
        {
            if (options.UpdateBaseline)
            {
                Writable("--baseline", baseline);
            }
            else if (!File.Exists(Path.GetFullPath(baseline, currentDirectory)) && !Directory.Exists(Path.GetFullPath(baseline, currentDirectory)))
            {
                string display = SsotCheck.Display(Path.GetFullPath(baseline, currentDirectory), currentDirectory);
                problems.Add($"error: baseline '{display}' does not exist; create it with --baseline {display} --update-baseline.");
            }
            else
            {
                Readable("--baseline", baseline);
            }
        }

        return problems;

        void Writable(string option, string? path)
        {
            if (path is not null && OutputFiles.WhyNotWritable(Path.GetFullPath(path, currentDirectory)) is { } why)
            {
                problems.Add($"error: {option} '{path}' cannot be written: {why}.");
            }
        }

        void Readable(string option, string path)
        {
            if (OutputFiles.WhyNotReadable(Path.GetFullPath(path, currentDirectory)) is { } why)
            {
                problems.Add($"error: {option} '{path}' cannot be read: {why}.");
            }
        }
    }

    /// <summary>
    /// Whether file descriptor 1 cannot take writes. <c>ssot-check &gt;&amp;-</c> closes it, and the runtime's first
    /// opened file then takes its number, read-only; so "closed" shows as missing or not open for writing.
    /// </summary>
    private static bool StandardOutputIsClosed()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        const int GetStatusFlags = 3; // F_GETFL
        const int AccessModeMask = 3; // O_ACCMODE
        const int ReadOnly = 0; // O_RDONLY
        int flags = Fcntl(1, GetStatusFlags);
        return flags == -1 || (flags & AccessModeMask) == ReadOnly;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int descriptor, int command);
}
