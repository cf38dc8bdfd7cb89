using System.CommandLine;
using System.CommandLine.Parsing;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Engine.Sharding;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>ssot-check [&lt;path&gt;] --shard K/N --shard-output FILE</c>: analyzes shard K of N and writes its shard result for
/// <c>ssot-check merge</c>. A shard writes no report and gates nothing (exit 0 once the file is written); the merge
/// does both.
/// </summary>
internal static class ShardCommand
{
    public static Option<ShardSpec?> CreateShardOption() => new("--shard")
    {
        Description = "Analyze only shard K of N (projects split by source size, the same split on every machine) and write its result to --shard-output, for 'ssot-check merge'. No report, no gate.",
        HelpName = "K/N",
        CustomParser = Parse,
    };

    public static Option<string?> CreateShardOutputOption() => new("--shard-output")
    {
        Description = "Where --shard writes the shard result (JSON).",
        HelpName = "file",
    };

    public static async Task<int> RunAsync(ParseResult parse, Option<ShardSpec?> shardOption, Option<string?> outputOption, CheckOptions options, TextWriter error, ConsoleProgress? progress, CancellationToken cancellationToken)
    {
        var shard = parse.GetValue(shardOption);
        string? output = parse.GetValue(outputOption);
        if (shard is null || output is null)
        {
            error.WriteLine(shard is null
                ? "error: --shard-output needs --shard K/N."
                : "error: --shard needs --shard-output <file>: a shard writes its result there for 'ssot-check merge'.");
            return ExitCodes.UsageOrConfigError;
        }

        var notForShards = NotForShards(parse);
        if (notForShards.Count > 0)
        {
            error.WriteLine($"error: {string.Join(", ", notForShards)} cannot be used with --shard: a shard writes no report and gates nothing; pass {(notForShards.Count == 1 ? "it" : "them")} to 'ssot-check merge'.");
            return ExitCodes.UsageOrConfigError;
        }

        string currentDirectory = Directory.GetCurrentDirectory();
        string fullPath = Path.GetFullPath(output, currentDirectory);
        if (OutputFiles.WhyNotWritable(fullPath) is { } why)
        {
            error.WriteLine($"error: --shard-output '{output}' cannot be written: {why}.");
            return ExitCodes.UsageOrConfigError;
        }

        return await CommandErrors.RunAsync(
            async () =>
            {
                var result = await ShardRun.RunAsync(options, shard, currentDirectory, progress, cancellationToken);
                progress?.Clear();
                OutputFiles.WriteAtomically(fullPath, file => file.Write(ShardResultFile.Write(result)), cancellationToken);
                int own = result.Assignment.Count(a => a.Shard == shard.Index);
                error.WriteLine($"Wrote {output}: shard {shard} ({own} of {result.Assignment.Length} projects, {result.Analysis.Variants.Sum(v => v.Findings.Length)} finding(s) before merging).");
                return ExitCodes.Success;
            },
            error,
            progress,
            cancellationToken);
    }

    /// <summary>The options given that only a merge can honour (reports, badges, history, baseline, gate).</summary>
    private static List<string> NotForShards(ParseResult parse)
    {
        var given = new List<string>();
        foreach (string name in new[] { "--format", "--output", "--report", "--badge", "--badge-json", "--history", "--baseline", "--update-baseline", "--fail-on-stale", "--min-score", "--mission-only", "--fail-on-incomplete", "--paths-relative-to" })
        {
            if (parse.CommandResult.Children.OfType<OptionResult>().Any(o => o.Option.Name == name && !o.Implicit))
            {
                given.Add(name);
            }
        }

        return given;
    }

    private static ShardSpec? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var (shard, problem) = ShardSpec.Parse(result.Tokens[0].Value.Trim());
        if (problem is not null)
        {
            result.AddError(problem);
        }

        return shard;
    }
}
