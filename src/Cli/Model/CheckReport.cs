
namespace Netra.Ssot.Cli.Model;

/// <summary>The whole result of a run, as data: what reporters format.</summary>
/// <param name="Coverage">What the score stands on: projects and files analyzed, projects with compiler errors.</param>
/// <param name="Baseline">The findings split by --baseline, or null without one.</param>
/// <param name="History">Earlier runs and this one, from --history (empty without it); the command layer, which reads and writes that file, adds it.</param>
internal sealed record CheckReport(
    string ToolVersion,
    AnalysisResult Analysis,
    ScoreReport Score,
    Coverage Coverage,
    GateResult Gate,
    bool MissionOnly,
    BaselineComparison? Baseline = null,
    System.Collections.Immutable.ImmutableArray<HistoryPoint> History = default)
{
    /// <summary>The cache file to write after the run (--cache), or null: the run was a cache hit, or not cached.</summary>
    public CacheUpdate? CacheUpdate { get; init; }

    /// <summary>What a run with --cache loaded, compiled, analyzed and reused, or null without --cache.</summary>
    public CacheReuse? CacheReuse { get; init; }
}
