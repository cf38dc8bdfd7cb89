using System.CommandLine;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>ssot-check init [&lt;path&gt;]</c>: writes a starter ssot.json beside the solution from the same-name type
/// families it finds, and never overwrites an existing file without <c>--force</c>.
/// </summary>
public static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string?>("path")
        {
            Description = "Solution (.sln, .slnx), project (.csproj) or folder. Default: the one in the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outputFile = new Option<string?>("--output") { Description = "Where to write. Default: ssot.json in the folder of the solution.", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var properties = MsBuildProperties.CreateOption();
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' before loading." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show progress (it is shown on stderr only when stderr is a terminal)." };
        var command = new Command("init", "Write a starter ssot.json: same-name types in different namespaces become concept candidates.")
        {
            path, outputFile, force, properties, noRestore, noProgress,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var progress = ConsoleProgress.ShouldShow(parse.GetValue(noProgress), error) ? new ConsoleProgress(error) : null;
            return await CommandErrors.RunAsync(
                async () =>
                {
                    string currentDirectory = Directory.GetCurrentDirectory();
                    string? requestedOutput = parse.GetValue(outputFile);
                    var input = Loading.InputResolver.Resolve(parse.GetValue(path), currentDirectory);
                    string target = requestedOutput is null
                        ? Path.Combine(input.RootDirectory, SsotConfigParser.FileName)
                        : Path.GetFullPath(requestedOutput, currentDirectory);
                    if (File.Exists(target) && !parse.GetValue(force))
                    {
                        error.WriteLine($"error: {SsotCheck.Display(target, currentDirectory)} already exists; pass --force to overwrite it, or --output to write elsewhere.");
                        return ExitCodes.UsageOrConfigError;
                    }

                    var starter = await SsotInit.RunAsync(
                        parse.GetValue(path), !parse.GetValue(noRestore), MsBuildProperties.Parse(parse.GetValue(properties)), currentDirectory, progress, cancellationToken);
                    progress?.Clear();
                    await File.WriteAllTextAsync(target, StarterConfigWriter.Write(starter), cancellationToken);
                    output.WriteLine($"Wrote {SsotCheck.Display(target, currentDirectory)}: {starter.Concepts.Length} concept candidate(s) from {starter.Projects} project(s), {starter.Files} file(s).");
                    foreach (var concept in starter.Concepts)
                    {
                        output.WriteLine($"  {concept.Name}: canonical {concept.Canonical.MetadataName}; also {string.Join(", ", concept.Others.Select(o => o.MetadataName))}");
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
