using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>Where the plan put one project, and the size it was balanced by.</summary>
internal sealed record ShardAssignment(string Project, int Shard, long Bytes);

/// <summary>
/// What one <c>--shard K/N</c> run writes (docs/monorepo.md#shard-result): the split, the digests the merge checks,
/// the whole solution's projects, scored files and load issues, and the analysis of its own projects' variants
/// (findings before fingerprints and before --mission-only).
/// </summary>
/// <param name="Format">The version of this file's layout (<see cref="CurrentFormat"/>).</param>
/// <param name="IndexDigest">The whole-solution index's digest (<see cref="SolutionDigest"/>).</param>
/// <param name="ConfigDigest">The SHA-256 of ssot.json's text, or "none".</param>
/// <param name="Thresholds">ssot.json's thresholds, which the merge gates with.</param>
internal sealed record ShardResult(
    int Format,
    string ToolVersion,
    int Shard,
    int Count,
    ImmutableArray<ShardAssignment> Assignment,
    string IndexDigest,
    string ConfigDigest,
    Thresholds Thresholds,
    SolutionAnalysis Analysis,
    CoverageInputs Coverage)
{
    public const int CurrentFormat = 1;
}
