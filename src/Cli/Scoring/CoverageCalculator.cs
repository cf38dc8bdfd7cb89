using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Scoring;

/// <summary>Computes what a run's score stands on (<see cref="Coverage"/>).</summary>
internal static class CoverageCalculator
{
    /// <param name="solutionProjects">The C# project files the solution lists, relative to the solution folder.</param>
    /// <param name="filesOfProjectsNotAnalyzed">Hand-written files on disk of the projects that were not analyzed (relative).</param>
    public static Coverage Compute(AnalysisResult analysis, IReadOnlyCollection<string> solutionProjects, IReadOnlySet<string> filesOfProjectsNotAnalyzed)
    {
        var analyzedPaths = analysis.AnalyzedProjects.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        int projectsTotal = solutionProjects.Count == 0 ? analyzedPaths.Count : solutionProjects.Count;
        int projectsAnalyzed = solutionProjects.Count == 0 ? analyzedPaths.Count : solutionProjects.Count(analyzedPaths.Contains);

        var scored = analysis.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        int filesTotal = scored.Count + filesOfProjectsNotAnalyzed.Count(f => !scored.Contains(f));

        // A project compiled without some of its packages or references, with compiler errors to show for it, was
        // analyzed against an incomplete compilation: names that do not bind can hide findings. Its files do not
        // count as analyzed. (Without compiler errors, everything bound: a missing analyzer-only package, say.)
        var incomplete = analysis.AnalyzedProjects.Where(p => p.Degraded is not null && p.CompilerErrors > 0).ToList();
        var incompleteNames = incomplete.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        int filesAnalyzed = analysis.Files.Count(f => f.Analyzed && !incompleteNames.Contains(f.Project));

        return new Coverage(
            new Portion(projectsAnalyzed, projectsTotal),
            new Portion(filesAnalyzed, filesTotal),
            analysis.AnalyzedProjects.Where(p => p.CompilerErrors > 0).Select(p => new ProjectErrors(p.Name, p.CompilerErrors)).ToImmutableArray(),
            HeldBack: analysis.Findings.Count(f => f.HeldBack is not null),
            incomplete.Select(p => p.Degraded!).ToImmutableArray());
    }
}
