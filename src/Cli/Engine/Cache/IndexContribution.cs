using Microsoft.CodeAnalysis;
using Netra.Ssot.Cli.Engine.Variables;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// One compiled variant's part of the whole-solution index (<see cref="SolutionIndex"/>): everything the index is
/// built from that needs the variant's compilation bound. Every run builds the index by merging these in variant
/// order (<see cref="IndexContributions.Merge"/>), so an index made of cached parts (<see cref="CachedContribution"/>)
/// and fresh ones is the index a cold run builds.
/// </summary>
/// <param name="Types">The source types it declares in its scored files, in the order <see cref="DeclaredTypes.All"/> finds them.</param>
/// <param name="Resolves">The configured symbol names (<see cref="SsotConfig.SymbolNames"/>) that resolve in its compilation, distinct, in configuration order.</param>
/// <param name="Routes">The routes it serves (<see cref="EndpointCollector"/>).</param>
/// <param name="Reads">Its reads named by a constant, or null when ssot.json declares no variables (reads are not collected).</param>
/// <param name="Assembly">Its assembly name.</param>
/// <param name="ReferencedAssemblies">The names of every assembly its compilation references, in the compilation's order.</param>
internal sealed record IndexContribution(
    IReadOnlyList<DeclaredType> Types,
    IReadOnlyList<string> Resolves,
    IReadOnlyList<ServedRoute> Routes,
    IReadOnlyList<VariableRead>? Reads,
    string Assembly,
    IReadOnlyList<string> ReferencedAssemblies)
{
    /// <summary>Binds the variant's compilation and collects its part of the index.</summary>
    /// <param name="sideBySide">
    /// Run its four walks side by side: when fewer contributions than cores are computed (an edit with <c>--cache</c>),
    /// the other cores are free; otherwise the variants already keep every core busy.
    /// </param>
    public static IndexContribution Compute(ProjectVariant item, CompiledSolution compiled, SsotConfigFile config, string rootDirectory, bool sideBySide, CancellationToken cancellationToken)
    {
        List<DeclaredType> types = null!;
        List<string> resolves = null!;
        IReadOnlyList<ServedRoute> routes = null!;
        List<VariableRead>? reads = null;
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = sideBySide ? Environment.ProcessorCount : 1 },
            () => types = ProjectCompiler.DeclarationsOf(item, config, cancellationToken),
            () => resolves = SolutionIndex.ResolvableNames(config.Config, new[] { item.Compilation }).ToList(),
            () => routes = EndpointCollector.Collect(item.Compilation, config.Config, cancellationToken),
            () => reads = config.Config.Configuration.Variables.IsEmpty ? null : ConfigurationReadCollector.ConstantReadsOf(item, compiled, rootDirectory, cancellationToken));
        return new IndexContribution(
            types,
            resolves,
            routes,
            reads,
            item.Compilation.AssemblyName ?? string.Empty,
            item.Compilation.ReferencedAssemblyNames.Select(a => a.Name).ToList());
    }
}
