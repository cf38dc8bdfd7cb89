using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>
/// One <c>--shard K/N</c> run. Like a whole run it loads the solution, compiles every project and builds the
/// whole-solution index (the cross-project rules judge each project against all of them, and their findings go
/// through each compilation's suppressions), then runs the analysis pass only on the variants of the projects the
/// <see cref="ShardPlan"/> gives shard K. The union of every shard's variants is a whole run's, so a merge is
/// the whole run by construction.
/// </summary>
internal static class ShardRun
{
    public static async Task<ShardResult> RunAsync(CheckOptions options, ShardSpec shard, string currentDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, int> plan = new Dictionary<string, int>();
        var units = new List<ShardUnit>();
        string indexDigest = string.Empty;
        var run = await SsotCheck.AnalyzeAsync(
            options,
            currentDirectory,
            progress,
            cancellationToken,
            (compiled, index, root) =>
            {
                units = Units(compiled, root);
                plan = ShardPlan.Assign(units, shard.Count);
                indexDigest = SolutionDigest.Of(compiled, index, root);
                var projects = ProjectPaths(compiled, root);
                return Enumerable.Range(0, compiled.Variants.Count).Where(i => plan[projects[i]] == shard.Index).ToHashSet();
            });

        return new ShardResult(
            ShardResult.CurrentFormat,
            SsotCheck.ToolVersion,
            shard.Index,
            shard.Count,
            units.OrderBy(u => u.Project, StringComparer.Ordinal).Select(u => new ShardAssignment(u.Project, plan[u.Project], u.Bytes)).ToImmutableArray(),
            indexDigest,
            run.ConfigDigest,
            run.Thresholds,
            run.Analysis,
            run.Coverage);
    }

    /// <summary>Every compiled project (its variants together) with the bytes on disk of its scored hand-written files.</summary>
    internal static List<ShardUnit> Units(CompiledSolution compiled, string rootDirectory)
    {
        var projects = ProjectPaths(compiled, rootDirectory);
        return compiled.Variants
            .Select((variant, i) => (Project: projects[i], variant.Files))
            .GroupBy(v => v.Project, StringComparer.Ordinal)
            .Select(g => new ShardUnit(g.Key, g.SelectMany(v => v.Files).Distinct(StringComparer.Ordinal).Sum(Bytes)))
            .ToList();
    }

    /// <summary>The project file of each variant, relative to the solution folder (the key the plan hashes).</summary>
    private static List<string> ProjectPaths(CompiledSolution compiled, string rootDirectory)
        => compiled.Variants.Select(v => ReportPaths.Relative(rootDirectory, v.Project.FilePath ?? v.Name)).ToList();

    private static long Bytes(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return 0;
        }
    }
}
