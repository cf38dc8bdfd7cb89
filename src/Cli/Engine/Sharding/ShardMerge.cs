using System.Collections.Immutable;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>
/// <c>ssot-check merge SHARD...</c>: checks that the shard results are one whole split of the same code, ssot.json and
/// tool, unions their analyses and judges the union with the same code as a whole run (fingerprints over the union,
/// score, coverage, baseline and gate).
/// </summary>
internal static class ShardMerge
{
    /// <param name="shardPaths">The shard result files as the user wrote them.</param>
    public static CheckReport Run(IReadOnlyList<string> shardPaths, CheckOptions options, string currentDirectory)
    {
        var shards = shardPaths
            .Select(path => (Display: path, Result: ShardResultFile.Read(Path.GetFullPath(path, currentDirectory), path)))
            .ToList();
        var first = shards[0];
        foreach (var (display, result) in shards)
        {
            if (result.ToolVersion != SsotCheck.ToolVersion)
            {
                throw Refuse($"{display}: written by ssot-check {result.ToolVersion}, but this is {SsotCheck.ToolVersion}; run the shards and the merge with the same version.");
            }

            if (result.Count != first.Result.Count)
            {
                throw Refuse($"{display}: shard {result.Shard}/{result.Count} is not of the same split as {first.Display} (shard {first.Result.Shard}/{first.Result.Count}).");
            }

            if (result.IndexDigest != first.Result.IndexDigest)
            {
                throw Refuse($"{display}: shard {result.Shard}/{result.Count} analyzed other code than {first.Display} (their solution indexes differ); run every shard on the same commit, SDK and restore.");
            }

            if (result.ConfigDigest != first.Result.ConfigDigest)
            {
                throw Refuse($"{display}: shard {result.Shard}/{result.Count} used another ssot.json than {first.Display}; run every shard with the same one.");
            }
        }

        foreach (var twice in shards.GroupBy(s => s.Result.Shard).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            throw Refuse($"{twice.ElementAt(1).Display}: shard {twice.Key}/{first.Result.Count} is given twice (also {twice.First().Display}).");
        }

        var missing = Enumerable.Range(1, first.Result.Count).Except(shards.Select(s => s.Result.Shard)).ToList();
        if (missing.Count > 0)
        {
            throw Refuse($"missing shard{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(k => $"{k}/{first.Result.Count}"))}: a merge needs every shard of the split.");
        }

        var whole = first.Result.Analysis with
        {
            Variants = shards.SelectMany(s => s.Result.Analysis.Variants).OrderBy(v => v.Order).ToImmutableArray(),
        };
        var thresholds = Thresholds(options, first.Result, currentDirectory);
        return SsotCheck.Judge(options, SolutionChecker.Assemble(whole), first.Result.Coverage, thresholds, currentDirectory);
    }

    /// <summary>The thresholds of --config when given (it must be the shards' ssot.json), else those the shards recorded.</summary>
    private static Thresholds Thresholds(CheckOptions options, ShardResult shard, string currentDirectory)
    {
        if (options.ConfigPath is null)
        {
            return shard.Thresholds;
        }

        string path = Path.GetFullPath(options.ConfigPath, currentDirectory);
        string display = SsotCheck.Display(path, currentDirectory);
        if (!File.Exists(path))
        {
            throw Refuse($"--config '{display}' does not exist.");
        }

        var (file, text) = ConfigLocator.Load(path, display);
        if (SsotCheck.ConfigDigest(text) != shard.ConfigDigest)
        {
            throw Refuse($"{display}: not the ssot.json the shards were run with; merge with the same one, or without --config.");
        }

        return file.Config.Thresholds;
    }

    private static SsotCheckException Refuse(string message) => new(CheckFailure.InvalidInput, message);
}
