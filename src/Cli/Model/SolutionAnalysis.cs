using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Model;

/// <summary>A finding with the trimmed text of its first line, which its fingerprint is made of (<c>Fingerprints</c>).</summary>
internal sealed record LocatedFinding(Finding Finding, string LineText);

/// <summary>What the analysis pass found in one compiled variant (a project, or one target framework of it).</summary>
/// <param name="Order">The variant's position among all the solution's compiled variants: findings merge in this order.</param>
/// <param name="Name">The project's unique display name.</param>
/// <param name="Variant">The name with its target framework, as load issues show it.</param>
/// <param name="ProjectPath">The project file, relative to the solution folder.</param>
/// <param name="Findings">Its own rules' findings, before fingerprints and before --mission-only.</param>
internal sealed record VariantOutcome(
    int Order,
    string Name,
    string Variant,
    string ProjectPath,
    int CompilerErrors,
    string? Degraded,
    ImmutableArray<LocatedFinding> Findings,
    ImmutableArray<AnalyzerFailure> Failures);

/// <summary>
/// The solution compiled and (some of) its variants analyzed: the parts of an <see cref="AnalysisResult"/> before they
/// are merged. A whole run analyzes every variant; a shard only its own, and the union of every shard's variants is
/// a whole run's.
/// </summary>
/// <param name="LoadIssues">What loading and compiling reported (the analysis adds its own when assembled).</param>
/// <param name="Variants">The analyzed variants, in order.</param>
/// <param name="CompiledProjects">Every compiled project file (relative), analyzed here or not: the projects that are not missing.</param>
internal sealed record SolutionAnalysis(
    string Input,
    string RootDirectory,
    string? ConfigFile,
    ImmutableArray<string> Projects,
    ImmutableArray<ScoredFile> Files,
    ImmutableArray<LoadIssue> LoadIssues,
    ImmutableArray<VariantOutcome> Variants,
    ImmutableArray<string> CompiledProjects);
