using System.CommandLine;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>ssot-check init [&lt;path&gt;]</c>: writes a starter ssot.json beside the solution from the same-name type
/// families it finds, with the JSON schema beside it (ssot.schema.json, which its <c>$schema</c> names), and never
/// overwrites an existing file without <c>--force</c>.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var outputFile = new Option<string?>("--output") { Description = "Where to write. Default: ssot.json in the folder of the solution.", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("init", "Write a starter ssot.json: concepts for same-name types with evidence of copying, discovery, tests and legacy entries, each with why.");
        common.AddTo(command, outputFile, force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shared = common.Read(parse, error);
            var progress = shared.CreateProgress(error);
            return await CommandErrors.RunAsync(
                async () =>
                {
                    string currentDirectory = Directory.GetCurrentDirectory();
                    string? requestedOutput = parse.GetValue(outputFile);
                    var input = Loading.InputResolver.Resolve(shared.Path, currentDirectory);
                    string target = requestedOutput is null
                        ? Path.Combine(input.RootDirectory, SsotConfigParser.FileName)
                        : Path.GetFullPath(requestedOutput, currentDirectory);
                    if (File.Exists(target) && !parse.GetValue(force))
                    {
                        error.WriteLine($"error: {SsotCheck.Display(target, currentDirectory)} already exists; pass --force to overwrite it, or --output to write elsewhere.");
                        return ExitCodes.UsageOrConfigError;
                    }

                    var starter = await SsotInit.RunAsync(shared.Path, shared.Restore, shared.Properties, currentDirectory, progress, cancellationToken);
                    progress?.Clear();
                    await File.WriteAllTextAsync(target, StarterConfigWriter.Write(starter), cancellationToken);
                    output.WriteLine($"Wrote {SsotCheck.Display(target, currentDirectory)} from {starter.Projects} project(s), {starter.Files} file(s): "
                        + $"{starter.Concepts.Length} concept(s), {starter.Families.Length + starter.IgnoreNames.Length} discovery entr{(starter.Families.Length + starter.IgnoreNames.Length == 1 ? "y" : "ies")}, "
                        + $"{starter.Tests.Length} tests glob(s), {starter.Legacy.Length} legacy entr{(starter.Legacy.Length == 1 ? "y" : "ies")}; {starter.NotProposed.Length} same-name famil{(starter.NotProposed.Length == 1 ? "y" : "ies")} left as comments.");
                    foreach (var concept in starter.Concepts)
                    {
                        output.WriteLine($"  concept {concept.Name}: canonical {concept.Canonical.Type.MetadataName}; also {string.Join(", ", concept.Others.Select(o => o.Type.MetadataName))} ({concept.Evidence})");
                    }

                    // The schema $schema names, beside the file; one the user already has stays unless --force.
                    string schema = Path.Combine(Path.GetDirectoryName(target)!, ConfigSchema.FileName);
                    if (!File.Exists(schema) || parse.GetValue(force))
                    {
                        await File.WriteAllTextAsync(schema, ConfigSchema.Text(), cancellationToken);
                        output.WriteLine($"Wrote {SsotCheck.Display(schema, currentDirectory)}: the JSON schema \"$schema\" points to, for editors.");
                    }

                    foreach (var issue in starter.LoadIssues)
                    {
                        error.WriteLine($"{issue.Severity}: {issue.Message}");
                    }

                    output.WriteLine("Review it, then run ssot-check.");
                    return ExitCodes.Success;
                },
                error,
                progress,
                cancellationToken);
        });
        return command;
    }
}
