using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Given the compiled solution and its whole index, the variants (by position in <see cref="CompiledSolution.Variants"/>)
/// the analysis pass runs on: a shard's projects (<c>Sharding.ShardRun</c>).
/// </summary>
/// <param name="rootDirectory">The solution folder, which report paths are relative to.</param>
internal delegate IReadOnlySet<int> VariantSelector(CompiledSolution compiled, SolutionIndex index, string rootDirectory);
