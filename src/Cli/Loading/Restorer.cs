using System.Diagnostics;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> before loading, as <c>dotnet build</c> does. A failed restore (private feeds,
/// missing workloads) is a load issue, not a stop: the projects that can load are still analyzed.
/// </summary>
public static class Restorer
{
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
            var start = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = input.RootDirectory,
            };
            foreach (string argument in new[] { "restore", target, "--nologo", "-v", "quiet" })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in properties)
            {
                start.ArgumentList.Add($"-p:{name}={value}");
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                var lines = ((await output) + "\n" + (await error))
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                    .Distinct()
                    .Take(5);
                issues.Add(new LoadIssue(
                    "warning",
                    input.Kind == InputKind.Solution ? null : Path.GetFileNameWithoutExtension(target),
                    $"'dotnet restore {Path.GetFileName(target)}' failed (exit {process.ExitCode}); projects that need it may not load or may miss references: "
                        + string.Join(" | ", lines)));
            }
        }

        return issues;
    }
}
