using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// What the analysis pass needs of one variant: its compilation and its analyzers' options, and the names the
/// report shows. Not its <see cref="Project"/>: a project holds its <see cref="Solution"/>, which holds every
/// project's compilation for as long as the project is reachable.
/// </summary>
/// <param name="Order">The variant's position in <see cref="CompiledSolution.Variants"/> (the report's merge order).</param>
/// <param name="ProjectName">The workspace's name of the project (with its target framework), for progress lines.</param>
/// <param name="Name">The project's unique display name (<see cref="Engine.ProjectNames"/>).</param>
/// <param name="ProjectPath">The project file relative to the solution folder, as the report shows it.</param>
/// <param name="Options">The analyzer options of the variant: its additional files, ssot.json and the solution index.</param>
/// <param name="Degraded">Why the project's environment is degraded, or null.</param>
internal sealed record AnalysisUnit(
    int Order,
    string ProjectName,
    string Name,
    string Variant,
    string ProjectPath,
    Compilation Compilation,
    AnalyzerOptions Options,
    string? Degraded);

/// <summary>
/// The outcome of the first pass (compilation, solution index, choice of variants) that the analysis pass and the
/// report need, without the compiled <see cref="Solution"/>. Each variant is handed out once
/// (<see cref="Take"/>) and no longer referenced here, so its compilation can be collected as soon as its analysis
/// is done (a compilation that another one references stays alive with it). docs/performance.md, "Memory".
/// </summary>
/// <param name="units">The variants to analyze at their positions (null for the others).</param>
/// <param name="selected">The positions of the variants to analyze, in order.</param>
/// <param name="environmentProblems">Why some requested project is degraded or was not analyzed, joined by "; ", or null when none.</param>
/// <param name="projectNames">Every compiled requested project's display name.</param>
/// <param name="files">Every scored file, ordered by path.</param>
/// <param name="issues">The load issues and what compilation found.</param>
/// <param name="compiledProjects">The compiled projects' files relative to the solution folder, distinct and ordered.</param>
internal sealed class AnalysisPlan(
    AnalysisUnit?[] units,
    IReadOnlyList<int> selected,
    string? environmentProblems,
    ImmutableArray<string> projectNames,
    ImmutableArray<ScoredFile> files,
    ImmutableArray<LoadIssue> issues,
    ImmutableArray<string> compiledProjects)
{
    /// <summary>How many variants were compiled (analyzed or not): the size of the outcome array.</summary>
    public int VariantCount { get; } = units.Length;

    public IReadOnlyList<int> Selected { get; } = selected;

    public string? EnvironmentProblems { get; } = environmentProblems;

    public ImmutableArray<string> ProjectNames { get; } = projectNames;

    public ImmutableArray<ScoredFile> Files { get; } = files;

    public ImmutableArray<LoadIssue> Issues { get; } = issues;

    public ImmutableArray<string> CompiledProjects { get; } = compiledProjects;

    /// <summary>The selected variant at <paramref name="order"/>, handed out once: the plan lets go of it.</summary>
    public AnalysisUnit Take(int order)
        => Interlocked.Exchange(ref units[order], null)
            ?? throw new InvalidOperationException($"Variant {order} was not selected or was already analyzed.");
}
