using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Cli.Loading;
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
/// <param name="rootDirectory">The solution folder, which cached paths are relative to.</param>
internal sealed class ProjectReuse(IReadOnlyList<CachedVariant> cached, SsotConfig config, string configDigest, string rootDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    : IIndexContributionStore, ICompilationFactsStore
{
    private readonly Dictionary<(string, string), CachedVariant> _cached = cached
        .GroupBy(v => (v.ProjectPath, v.Variant))
        .ToDictionary(g => g.Key, g => g.First());

    private IReadOnlyList<InputDigest>[] _inputs = Array.Empty<IReadOnlyList<InputDigest>>();
    private IReadOnlyList<InputDigest>[]? _own;
    private ReferenceStamps _stamps = new();
    private List<string> _paths = new();
    private VariantInputs? _variantInputs;
    private IReadOnlyList<CompilationFacts?> _facts = Array.Empty<CompilationFacts?>();
    private CachedContribution?[] _contributions = Array.Empty<CachedContribution?>();
    private IReadOnlyList<string>? _resolvable;
    private (int Computed, int Reused) _index;
    private readonly Dictionary<int, VariantOutcome> _reused = new();
    private readonly Dictionary<int, CachedContribution> _reusedContributions = new();

    /// <summary>How many variants were compiled, analyzed and reused, and index contributions computed and reused (known once the analysis ran).</summary>
    public CacheReuse Counts { get; private set; } = new(0, 0, 0, 0);

    /// <summary>
    /// The cached compilation facts of the variant when what its compilation is made of is unchanged: the variant is
    /// then not compiled unless its index contribution or its analysis has to be computed after all.
    /// </summary>
    public (string Inputs, CompilationFacts? Cached) Lookup(Project project, string variant, ProjectFacts? facts)
    {
        string inputs = InputsOf(project.Solution).Compilation(project, variant, facts);
        var known = project.FilePath is { } file // a project without a file (none MSBuild loads) is compiled
            && _cached.TryGetValue((ReportPaths.Relative(rootDirectory, file), variant), out var entry)
            && entry.Compilation is { IsComplete: true } compiled && compiled.Inputs == inputs
                ? compiled
                : null;
        return (inputs, known);
    }

    /// <summary>
    /// The cached index contribution of each variant whose inputs other than the index (<see cref="VariantInputs.Own"/>:
    /// ssot.json, its sources, settings, environment and every project it references) are what they were; null for the
    /// others, whose contributions are computed.
    /// </summary>
    public IReadOnlyList<IndexContribution?> Cached(CompiledSolution compiled)
    {
        var own = OwnInputs(compiled);
        var variants = compiled.Variants;
        var contributions = new IndexContribution?[variants.Count];
        int reused = 0;
        for (int i = 0; i < variants.Count; i++)
        {
            string? changed = FirstChange(_paths[i], variants[i].Variant, own[i], VariantInputs.Index);
            if (changed is null)
            {
                var entry = _cached[(_paths[i], variants[i].Variant)];
                contributions[i] = entry.Contribution?.ToContribution();
                if (contributions[i] is { } contribution && (contribution.Reads is null) == config.Configuration.Variables.IsEmpty)
                {
                    _reusedContributions[i] = entry.Contribution!;
                    reused++;
                    continue;
                }

                contributions[i] = null;
                changed = "its cached contribution is missing or cannot be read";
            }

            progress?.Report($"Index contribution of {variants[i].Variant} computed: {changed}");
        }

        _index = (variants.Count - reused, reused);
        progress?.Report($"Index contributions: {variants.Count - reused} computed, {reused} reused");
        return contributions;
    }

    /// <summary>
    /// Keeps every variant's index contribution for the new cache entry, as plain data (a computed one no longer holds
    /// its syntax trees), and the names that resolve for the index digest.
    /// </summary>
    public void Keep(IReadOnlyList<IndexContribution> contributions, IReadOnlyList<string> resolvableNames)
    {
        var kept = new CachedContribution?[contributions.Count];
        Parallel.For(0, kept.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            kept[i] = _reusedContributions.TryGetValue(i, out var cached) ? cached : CachedContribution.From(contributions[i]));
        _contributions = kept;
        _resolvable = resolvableNames;
    }

    /// <summary>The <see cref="VariantSelector"/> of the analysis: the variants whose inputs changed; the others are reused.</summary>
    public IReadOnlySet<int> Select(CompiledSolution compiled, SolutionIndex index, string root)
    {
        var own = OwnInputs(compiled);
        var resolvable = _resolvable ?? SolutionIndex.ResolvableNames(config, compiled.Variants.Select(v => v.Compilation).ToList()).ToList();
        string indexDigest = IndexDigest.Of(compiled, index, resolvable, root, _stamps);
        var variants = compiled.Variants;
        var all = own.Select(inputs => VariantInputs.WithIndex(inputs, indexDigest)).ToArray();
        _inputs = all;

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

        // The variants to analyze are compiled next (SolutionChecker.PlanAsync); the others only if their contribution was computed.
        int compiledCount = Enumerable.Range(0, variants.Count).Count(i => variants[i].IsCompiled || analyze.Contains(i));
        Counts = new CacheReuse(1, compiledCount, analyze.Count, _reused.Count, ContributionsComputed: _index.Computed, ContributionsReused: _index.Reused);
        progress?.Report($"Cache reuse: {_reused.Count} of {variants.Count} variant(s) reused, {analyze.Count} analyzed");
        return analyze;
    }

    /// <summary>The analysis with the reused variants' outcomes added in their places.</summary>
    public SolutionAnalysis Complete(SolutionAnalysis analyzed)
        => analyzed with { Variants = analyzed.Variants.Concat(_reused.Values).OrderBy(v => v.Order).ToImmutableArray() };

    /// <summary>Every variant of the completed analysis with its inputs and index contribution, for the new cache entry.</summary>
    public IReadOnlyList<CachedVariant> Entries(SolutionAnalysis complete)
        => complete.Variants
            .Where(v => v.Order < _inputs.Length)
            .Select(v => new CachedVariant(
                _paths[v.Order],
                v.Variant,
                _inputs[v.Order],
                v,
                v.Order < _contributions.Length ? _contributions[v.Order] : null,
                v.Order < _facts.Count ? _facts[v.Order] : null))
            .ToList();

    /// <summary>Every variant's inputs but the index, computed once per run (side by side).</summary>
    private IReadOnlyList<InputDigest>[] OwnInputs(CompiledSolution compiled)
    {
        if (_own is not null)
        {
            return _own;
        }

        var variants = compiled.Variants;
        var own = new IReadOnlyList<InputDigest>[variants.Count];
        if (variants.Count > 0)
        {
            var inputs = InputsOf(variants[0].Project.Solution);
            Parallel.For(0, variants.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => own[i] = inputs.Own(variants[i], compiled));
        }

        _paths = variants.Select(v => ReportPaths.Relative(rootDirectory, v.Project.FilePath ?? v.Name)).ToList();
        _facts = variants.Select(v => v.Facts).ToList();
        return _own = own;
    }

    /// <summary>The digests of the solution's inputs (one per run: each project's digest is made once).</summary>
    private VariantInputs InputsOf(Solution solution)
        => _variantInputs ??= new VariantInputs(solution, rootDirectory, configDigest, _stamps, cancellationToken);

    /// <summary>Why a variant cannot take its cached analysis (its first input that changed), or null when it can; <paramref name="ignored"/> is not compared.</summary>
    private string? FirstChange(string projectPath, string variant, IReadOnlyList<InputDigest> inputs, string? ignored = null)
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
        var gone = entry.Inputs.FirstOrDefault(i => i.Input != ignored && !now.Contains(i.Input));
        return gone is null ? null : $"{gone.Input} is gone";
    }
}
