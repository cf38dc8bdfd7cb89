using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Project-level reuse for a run with <c>--cache</c> whose whole entry no longer matches: the solution is loaded and
/// compiled and its index built as in any run; then each variant whose inputs (<see cref="VariantInputs"/>) are all
/// what they were when the cache entry was made takes its cached analysis, and only the others go through the
/// analysis pass. A variant's inputs include the whole-solution index, so a change that adds, removes or changes a
/// declaration re-analyzes every project (their cross-project findings may change); a change inside a method body
/// or a comment re-analyzes only the changed project and the projects that reference it.
/// </summary>
/// <param name="config">The ssot.json in use (an empty one without a file).</param>
/// <param name="configDigest">The SHA-256 of its text, or "none".</param>
internal sealed class ProjectReuse(IReadOnlyList<CachedVariant> cached, SsotConfig config, string configDigest, IProgress<string>? progress, CancellationToken cancellationToken)
{
    private readonly Dictionary<(string, string), CachedVariant> _cached = cached
        .GroupBy(v => (v.ProjectPath, v.Variant))
        .ToDictionary(g => g.Key, g => g.First());

    private IReadOnlyList<InputDigest>[] _inputs = Array.Empty<IReadOnlyList<InputDigest>>();
    private List<string> _paths = new();
    private readonly Dictionary<int, VariantOutcome> _reused = new();

    /// <summary>How many variants were compiled, analyzed and reused (known once the analysis ran).</summary>
    public CacheReuse Counts { get; private set; } = new(0, 0, 0, 0);

    /// <summary>The <see cref="VariantSelector"/> of the analysis: the variants whose inputs changed; the others are reused.</summary>
    public IReadOnlySet<int> Select(CompiledSolution compiled, SolutionIndex index, string rootDirectory)
    {
        var stamps = new ReferenceStamps();
        string indexDigest = IndexDigest.Of(compiled, index, config, rootDirectory, stamps);
        var variants = compiled.Variants;
        var solution = variants.Count > 0 ? variants[0].Project.Solution : null;
        var inputs = new VariantInputs(solution!, rootDirectory, configDigest, stamps);
        var all = new IReadOnlyList<InputDigest>[variants.Count];
        Parallel.For(0, variants.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => all[i] = inputs.Of(variants[i], compiled, indexDigest, cancellationToken));
        _inputs = all;
        _paths = variants.Select(v => ReportPaths.Relative(rootDirectory, v.Project.FilePath ?? v.Name)).ToList();

        var analyze = new HashSet<int>();
        for (int i = 0; i < variants.Count; i++)
        {
            string? changed = FirstChange(_paths[i], variants[i].Variant, all[i]);
            if (changed is null)
            {
                _reused[i] = _cached[(_paths[i], variants[i].Variant)].Outcome with { Order = i };
                progress?.Report($"Cache reused {variants[i].Variant}: its inputs and the solution index are unchanged");
            }
            else
            {
                analyze.Add(i);
                progress?.Report($"Cache analyzing {variants[i].Variant}: {changed}");
            }
        }

        Counts = new CacheReuse(1, variants.Count, analyze.Count, _reused.Count);
        progress?.Report($"Cache reuse: {_reused.Count} of {variants.Count} variant(s) reused, {analyze.Count} analyzed");
        return analyze;
    }

    /// <summary>The analysis with the reused variants' outcomes added in their places.</summary>
    public SolutionAnalysis Complete(SolutionAnalysis analyzed)
        => analyzed with { Variants = analyzed.Variants.Concat(_reused.Values).OrderBy(v => v.Order).ToImmutableArray() };

    /// <summary>Every variant of the completed analysis with its inputs, for the new cache entry.</summary>
    public IReadOnlyList<CachedVariant> Entries(SolutionAnalysis complete)
        => complete.Variants
            .Where(v => v.Order < _inputs.Length)
            .Select(v => new CachedVariant(_paths[v.Order], v.Variant, _inputs[v.Order], v))
            .ToList();

    /// <summary>Why a variant cannot take its cached analysis (its first input that changed), or null when it can.</summary>
    private string? FirstChange(string projectPath, string variant, IReadOnlyList<InputDigest> inputs)
    {
        if (!_cached.TryGetValue((projectPath, variant), out var entry))
        {
            return "it is not in the cache";
        }

        var before = entry.Inputs.ToDictionary(i => i.Input, i => i.Digest, StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!before.TryGetValue(input.Input, out var digest))
            {
                return $"{input.Input} is new";
            }

            if (digest != input.Digest)
            {
                return $"{input.Input} changed";
            }
        }

        var now = inputs.Select(i => i.Input).ToHashSet(StringComparer.Ordinal);
        var gone = entry.Inputs.FirstOrDefault(i => !now.Contains(i.Input));
        return gone is null ? null : $"{gone.Input} is gone";
    }
}
