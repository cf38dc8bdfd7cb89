using System.CommandLine;
using Netra.Ssot.Cli.Engine.Variables;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>ssot-check env [&lt;path&gt;] [--manifest FILE]...</c>: the inventory of the environment variables and
/// configuration keys the solution reads, and whether each deployment manifest provides every required one. Exit 0
/// when every manifest provides every required variable (or no manifest was given), 1 when one is missing (each named
/// on stderr), 2 for a manifest that cannot be read (its located error) or bad usage, 3 when the solution does not load.
/// </summary>
internal static class EnvCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var config = new Option<string?>("--config") { Description = "ssot.json to use (its configuration.variables). Default: the nearest one at or above <path>.", HelpName = "file" };
        var manifests = new Option<string[]>("--manifest")
        {
            Description = "A deployment manifest to check for every required variable: .env, docker-compose, Kubernetes YAML, appsettings*.json or launchSettings.json. Repeatable.",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var formatNames = Enum.GetValues<EnvReportFormat>().Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var format = new Option<string>("--format")
        {
            Description = "Report format: " + string.Join(", ", formatNames[..^1]) + " or " + formatNames[^1] + ".",
            HelpName = string.Join("|", formatNames),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(formatNames);
        var outputFile = new Option<string?>("--output") { Description = "Write the report to this file (atomically). Default: standard output.", HelpName = "file" };
        var command = new Command(
            "env",
            "List every environment variable and configuration key the code reads (declared, required, secret, where); with --manifest, exit 1 when a deployment file lacks a required one.");
        common.AddTo(command, config, manifests, format, outputFile);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shared = common.Read(parse, error);
            var options = new EnvOptions
            {
                Path = shared.Path,
                ConfigPath = parse.GetValue(config),
                Manifests = parse.GetValue(manifests) ?? Array.Empty<string>(),
                Restore = shared.Restore,
                Properties = shared.Properties,
            };
            var reportFormat = Enum.Parse<EnvReportFormat>(parse.GetValue(format) ?? "text", ignoreCase: true);
            var progress = shared.CreateProgress(error);
            return await RunAsync(options, reportFormat, parse.GetValue(outputFile), output, error, progress, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(
        EnvOptions options,
        EnvReportFormat format,
        string? outputPath,
        TextWriter output,
        TextWriter error,
        ConsoleProgress? progress,
        CancellationToken cancellationToken)
    {
        string currentDirectory = Directory.GetCurrentDirectory();
        string? target = outputPath is null ? null : Path.GetFullPath(outputPath, currentDirectory);
        if (target is not null && OutputFiles.WhyNotWritable(target) is { } why)
        {
            error.WriteLine($"error: --output '{outputPath}' cannot be written: {why}.");
            return ExitCodes.UsageOrConfigError;
        }

        return await CommandErrors.RunAsync(
            async () =>
            {
                var inventory = await SsotEnv.RunAsync(options, currentDirectory, progress, cancellationToken);
                progress?.Clear();
                var reporter = EnvReporters.For(format);
                if (target is null)
                {
                    reporter.Write(inventory, output);
                }
                else
                {
                    OutputFiles.WriteAtomically(target, file => reporter.Write(inventory, file), cancellationToken);
                }

                var missing = inventory.Missing.ToList();
                if (format != EnvReportFormat.Text || target is not null)
                {
                    // The text report on standard output already names them; any other report is for a machine or a file.
                    foreach (var (variable, manifest) in missing)
                    {
                        error.WriteLine($"error: required variable {variable.Name} is not provided by {manifest}");
                    }
                }

                return missing.Count == 0 ? ExitCodes.Success : ExitCodes.GateFailed;
            },
            error,
            progress,
            cancellationToken);
    }
}
