using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// Walks the analyzed files (production and test) of every compiled project with the analyzers' read recogniser
/// (<see cref="ConfigurationReadFinder"/>). A multi-targeted project compiles a file once per target framework: its
/// reads are merged by place and key, so each counts once, while a read only one framework compiles (<c>#if</c>) is kept.
/// </summary>
internal static class ConfigurationReadCollector
{
    public static CollectedReads Collect(CompiledSolution compiled, string root, CancellationToken cancellationToken)
    {
        var constant = new ConcurrentDictionary<(string File, int Line, int Column, string Key, string Api), VariableRead>();
        var dynamic = new ConcurrentDictionary<(string File, int Line, int Column, string Api), DynamicRead>();
        Parallel.ForEach(
            compiled.Variants,
            new ParallelOptions { MaxDegreeOfParallelism = System.Environment.ProcessorCount, CancellationToken = cancellationToken },
            variant =>
            {
                foreach (var (read, file, line, column, scored) in ReadsIn(variant, compiled, root, cancellationToken))
                {
                    if (read.Key is { } key)
                    {
                        constant.TryAdd(
                            (file, line, column, key, read.Api),
                            Named(key, read, file, line, column, variant, scored));
                    }
                    else
                    {
                        dynamic.TryAdd((file, line, column, read.Api), new DynamicRead(read.Api, file, line, column, variant.Name, scored.IsTest));
                    }
                }
            });

        return new CollectedReads(
            constant.Values.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ThenBy(r => r.Key, StringComparer.Ordinal).ToImmutableArray(),
            dynamic.Values.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ThenBy(r => r.Api, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>
    /// The reads named by a constant in one variant's analyzed files, in the order it finds them: its part of the
    /// solution index's reads (<see cref="MergeConstant"/>), which a cache can keep per variant.
    /// </summary>
    public static List<VariableRead> ConstantReadsOf(ProjectVariant variant, CompiledSolution compiled, string root, CancellationToken cancellationToken)
        => ReadsIn(variant, compiled, root, cancellationToken)
            .Where(r => r.Read.Key is not null)
            .Select(r => Named(r.Read.Key!, r.Read, r.File, r.Line, r.Column, variant, r.Scored))
            .ToList();

    /// <summary>A read named by the constant <paramref name="key"/>, as both collections report it.</summary>
    private static VariableRead Named(string key, ConfigurationRead read, string file, int line, int column, ProjectVariant variant, Model.ScoredFile scored)
        => new(key, file, line, column, variant.Name, read.Api, read.Source, read.HasFallback, read.IsSection, scored.IsTest);

    /// <summary>Every read in one variant's analyzed files, in the order the recogniser finds them, with its file (relative to the root) and 1-based place.</summary>
    private static IEnumerable<(ConfigurationRead Read, string File, int Line, int Column, Model.ScoredFile Scored)> ReadsIn(ProjectVariant variant, CompiledSolution compiled, string root, CancellationToken cancellationToken)
    {
        var apis = ConfigurationApis.For(variant.Compilation);
        foreach (var tree in variant.Compilation.SyntaxTrees)
        {
            if (!variant.Files.Contains(tree.FilePath))
            {
                continue;
            }

            string file = ReportPaths.Relative(root, tree.FilePath);
            if (!compiled.Files.TryGetValue(file, out var scored) || !scored.Analyzed)
            {
                continue;
            }

            foreach (var read in ConfigurationReadFinder.Find(variant.Compilation, tree, apis, cancellationToken))
            {
                var start = read.Syntax.GetLocation().GetLineSpan().StartLinePosition;
                yield return (read, file, start.Line + 1, start.Character + 1, scored);
            }
        }
    }

    /// <summary>
    /// The variants' constant reads (in variant order) merged as <see cref="Collect"/> merges them: a read several
    /// target frameworks compile counts once (the first variant's), sorted by place, key and API.
    /// </summary>
    public static ImmutableArray<VariableRead> MergeConstant(IEnumerable<IEnumerable<VariableRead>> perVariant)
    {
        var merged = new Dictionary<(string File, int Line, int Column, string Key, string Api), VariableRead>();
        foreach (var read in perVariant.SelectMany(v => v))
        {
            merged.TryAdd((read.File, read.Line, read.Column, read.Key, read.Api), read);
        }

        return merged.Values
            .OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Api, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
