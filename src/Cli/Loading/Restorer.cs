using System.Diagnostics;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> before loading, as <c>dotnet build</c> does. A failed restore (private feeds,
/// missing workloads) is a load issue, not a stop: the projects that can load are still analyzed.
/// The restore never changes the user's lock files: it runs in locked mode (an out-of-date
/// <c>packages.lock.json</c> fails the restore instead of being rewritten), and a lock file the restore creates
/// for a project that had none is removed again. It starts no build server or reusable MSBuild node, so no process
/// outlives it, and a cancelled restore is killed with its whole process tree.
/// </summary>
internal static class Restorer
{
    private const string LockFileName = "packages.lock.json";

    /// <summary>How the load issue of a failed restore begins; <see cref="Engine.EnvironmentHealth"/> recognises it by this.</summary>
    public const string FailurePrefix = "'dotnet restore ";

    public static async Task<IReadOnlyList<LoadIssue>> RestoreAsync(
        string dotnet,
        ResolvedInput input,
        IReadOnlyDictionary<string, string> properties,
        CancellationToken cancellationToken)
    {
        var targets = input.Kind == InputKind.Solution ? new[] { input.Path } : input.Projects;
        var issues = new List<LoadIssue>();
        foreach (string target in targets)
        {
            var absentLockFiles = LockFilesOf(input.Kind == InputKind.Solution ? input.Projects : new[] { target }).Where(f => !File.Exists(f)).ToList();
            var (exitCode, output) = await RunAsync(dotnet, input.RootDirectory, Arguments(target, properties), cancellationToken);
            foreach (string created in absentLockFiles.Where(File.Exists))
            {
                try
                {
                    File.Delete(created);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    issues.Add(new LoadIssue("warning", null, $"the restore created '{created}' and it could not be removed: {e.Message}"));
                }
            }

            if (exitCode != 0)
            {
                issues.Add(new LoadIssue(
                    "warning",
                    input.Kind == InputKind.Solution ? null : Path.GetFileNameWithoutExtension(target),
                    Describe(Path.GetFileName(target), exitCode, output)));
            }
        }

        return issues;
    }

    /// <summary>The arguments of <c>dotnet restore</c>: quiet, locked, without build servers, with the user's properties last.</summary>
    internal static IReadOnlyList<string> Arguments(string target, IReadOnlyDictionary<string, string> properties)
    {
        var arguments = new List<string>
        {
            "restore", target, "--nologo", "-v", "quiet", "--disable-build-servers",
            "-nodeReuse:false", "-p:RestoreLockedMode=true", "-p:UseSharedCompilation=false",
        };
        arguments.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        return arguments;
    }

    /// <summary>The load issue of a failed restore: the first error lines, and what locked mode means when it was the cause.</summary>
    internal static string Describe(string target, int exitCode, string output)
    {
        var lines = output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Take(5)
            .ToList();
        string locked = lines.Any(l => l.Contains("NU1004", StringComparison.Ordinal))
            ? "restore in locked mode failed: a packages.lock.json is out of date with its project, and ssot-check never rewrites lock files (run 'dotnet restore' yourself to update it); "
            : string.Empty;
        return $"{FailurePrefix}{target}' failed (exit {exitCode}); {locked}projects that need it may not load or may miss references: "
            + string.Join(" | ", lines);
    }

    /// <summary>The default lock file of each project (next to the project file).</summary>
    private static IEnumerable<string> LockFilesOf(IEnumerable<string> projects)
        => projects.Select(p => Path.Combine(Path.GetDirectoryName(p) ?? ".", LockFileName)).Distinct(StringComparer.Ordinal);

    private static async Task<(int ExitCode, string Output)> RunAsync(string dotnet, string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000); // reap it, so no restore outlives a cancelled run
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It exited on its own (Ctrl+C reaches the whole process group).
            }

            throw;
        }

        return (process.ExitCode, (await output) + "\n" + (await error));
    }
}
