using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine.Variables;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Where the index contributions of a run come from: a run with <c>--cache</c> takes those of the variants whose own
/// inputs are unchanged from the cache (<see cref="ProjectReuse"/>); they are kept for the next cache entry.
/// </summary>
internal interface IIndexContributionStore
{
    /// <summary>For each variant of <paramref name="compiled"/> (by position), its cached contribution, or null to compute it.</summary>
    IReadOnlyList<IndexContribution?> Cached(CompiledSolution compiled);

    /// <summary>Every variant's contribution (cached and computed, by position) and the merged resolvable names.</summary>
    void Keep(IReadOnlyList<IndexContribution> contributions, IReadOnlyList<string> resolvableNames);
}

/// <summary>
/// Builds the whole-solution index from one contribution per variant: computes those the store does not have (side
/// by side, one thread per core) and merges all of them in variant order, exactly as a cold run does.
/// </summary>
internal static class IndexContributions
{
    /// <summary>The index of the compiled solution; <paramref name="store"/> (null without <c>--cache</c>) gives cached contributions and keeps them all.</summary>
    public static async Task<SolutionIndex> BuildAsync(CompiledSolution compiled, SsotConfigFile config, string rootDirectory, IIndexContributionStore? store, CancellationToken cancellationToken)
    {
        var cached = store?.Cached(compiled);
        var contributions = new IndexContribution[compiled.Variants.Count];
        var missing = new List<int>();
        for (int i = 0; i < contributions.Length; i++)
        {
            if (cached is not null && i < cached.Count && cached[i] is { } reused)
            {
                contributions[i] = reused;
            }
            else
            {
                missing.Add(i);
            }
        }

        foreach (int i in missing)
        {
            await compiled.Variants[i].EnsureCompiledAsync(); // a variant the cache kept uncompiled whose contribution is not cached
        }

        bool sideBySide = missing.Count < Environment.ProcessorCount;
        try
        {
            // Each binds on a copy of the variant's compilation (the same syntax trees and declaration tables, symbols
            // of its own), so that the symbols it realises go with the copy instead of staying in the workspace's
            // compilation until the last project is analyzed (docs/performance.md, "Memory").
            Parallel.ForEach(
                missing,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i =>
                {
                    var variant = compiled.Variants[i];
                    contributions[i] = IndexContribution.Compute(variant with { Compilation = variant.Compilation.Clone() }, compiled, config, rootDirectory, sideBySide, cancellationToken);
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // What a sequential loop would have thrown, not a wrapper, for the error the user sees.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var resolvable = ResolvableNames(config.Config, contributions);
        store?.Keep(contributions, resolvable);
        return Merge(compiled, config.Config, contributions, resolvable);
    }

    /// <summary>
    /// The configured names that resolve in at least one variant, in configuration order: what
    /// <see cref="SolutionIndex.ResolvableNames"/> gives for every variant's compilation at once.
    /// </summary>
    public static IReadOnlyList<string> ResolvableNames(SsotConfig config, IReadOnlyList<IndexContribution> contributions)
    {
        var resolves = contributions.SelectMany(c => c.Resolves).ToHashSet(StringComparer.Ordinal);
        return config.SymbolNames().Distinct(StringComparer.Ordinal).Where(resolves.Contains).ToList();
    }

    /// <summary>The index from every variant's contribution, in variant order (the first of equal declarations, routes and reads wins).</summary>
    private static SolutionIndex Merge(CompiledSolution compiled, SsotConfig config, IReadOnlyList<IndexContribution> contributions, IReadOnlyList<string> resolvable)
    {
        var files = compiled.Variants.SelectMany(v => v.Files).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal);
        // Only ssot-check can tell that a declared variable is read nowhere: the reads of every project, when there are variables to judge.
        var reads = config.Configuration.Variables.IsEmpty
            ? null
            : VariableUsage.ProductionKeys(ConfigurationReadCollector.MergeConstant(contributions.Select(c => c.Reads ?? (IEnumerable<VariableRead>)ImmutableArray<VariableRead>.Empty)));
        return new SolutionIndex(
            ProjectCompiler.MergeDeclarations(contributions.Select(c => c.Types)),
            resolvable,
            files,
            reads,
            ProjectCompiler.MergeRoutes(contributions.Select(c => c.Routes)),
            ProjectReferences(contributions));
    }

    /// <summary>Which analyzed assembly references which other analyzed assembly (from each variant's references).</summary>
    private static List<(string Assembly, string Referenced)> ProjectReferences(IReadOnlyList<IndexContribution> contributions)
    {
        var analyzed = contributions.Select(c => c.Assembly).ToHashSet(StringComparer.Ordinal);
        return contributions
            .SelectMany(c => c.ReferencedAssemblies.Where(analyzed.Contains).Select(r => (c.Assembly, r)))
            .Distinct()
            .ToList();
    }
}
