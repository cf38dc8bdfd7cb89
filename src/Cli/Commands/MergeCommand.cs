using System.CommandLine;
using Netra.Ssot.Cli.Engine.Sharding;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>ssot-check merge SHARD... [options]</c>: joins the results of every <c>--shard K/N</c> run into the report a whole
/// run writes, and gates it with the same options and exit codes (2 when the shards are not one whole split of the
/// same code, ssot.json and tool).
/// </summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The shard results (--shard-output files) of every shard K/N of one split, in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var gate = new GateOptions();
        gate.Config.Description = "The shards' ssot.json (refused when it is not the one they ran with). Default: the thresholds the shards recorded from it.";
        var command = new Command("merge", "Merge the shard results of 'ssot-check --shard K/N' into one report, score and gate, exactly as a whole run.");
        command.Add(shards);
        foreach (var option in new Option[] { gate.Config, gate.MissionOnly, gate.MinScore, gate.FailOnIncomplete, gate.Formats, gate.Outputs, gate.Report, gate.PathsRelativeTo, gate.Baseline, gate.UpdateBaseline, gate.FailOnStale, gate.Badge, gate.BadgeJson, gate.History, gate.Verbosity, gate.Color, gate.NoColor })
        {
            command.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var problems = gate.Problems(parse, out var reports);
            if (UsageErrors.Write(error, problems))
            {
                return ExitCodes.UsageOrConfigError;
            }

            var options = gate.Apply(parse, new CheckOptions { Restore = false }, reports);
            var paths = parse.GetValue(shards) ?? Array.Empty<string>();
            return await CheckCommand.RunAsync(
                options,
                currentDirectory => Task.FromResult(ShardMerge.Run(paths, options, currentDirectory)),
                output,
                error,
                progress: null,
                gate.Settings(parse, output, error),
                cancellationToken);
        });
        return command;
    }
}
