using System.Collections.Immutable;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Model;

/// <summary>What the coverage needs besides the analysis: the solution's C# projects and the files of those that were not compiled (relative).</summary>
internal sealed record CoverageInputs(ImmutableArray<string> SolutionProjects, ImmutableArray<string> FilesNotAnalyzed);

/// <summary>A solution loaded, compiled and analyzed: everything the verdict is made from.</summary>
/// <param name="ConfigPath">The full path of the ssot.json used, or null without one.</param>
/// <param name="ConfigDigest">The SHA-256 of its text, or "none".</param>
internal sealed record SolutionRun(SolutionAnalysis Analysis, CoverageInputs Coverage, Thresholds Thresholds, string? ConfigPath, string ConfigDigest);
