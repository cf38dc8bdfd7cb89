using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Model;

/// <summary>Something that kept part of the solution from being analyzed, or made its results less certain.</summary>
/// <param name="Severity">"error" (files not analyzed) or "warning" (analyzed, results may be incomplete).</param>
internal sealed record LoadIssue(string Severity, string? Project, string Message);

/// <summary>Another place a finding is about, e.g. the canonical declaration of a duplicated concept.</summary>
internal sealed record RelatedLocation(string File, int Line, int Column);

/// <summary>One diagnostic, with a path relative to the solution folder and 1-based positions.</summary>
/// <param name="Fingerprint">
/// Identity that survives unrelated edits (lines moving above it): rule, file, the trimmed text of the line and
/// the message, plus an occurrence number among identical ones. SARIF's partialFingerprints and baselines use it.
/// </param>
/// <param name="HeldBack">
/// Why the finding is held back, or null: its rule is environment-sensitive and its project's environment is
/// degraded (a failed restore, a reference that did not resolve or load), so the environment may be its cause. A
/// held-back finding is reported, marked, but is never a violation: the score and the gate ignore it.
/// </param>
internal sealed record Finding(
    string Id,
    string Severity,
    bool MissionCritical,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Project,
    string Message,
    ImmutableArray<RelatedLocation> Related,
    string Fingerprint,
    string? HeldBack = null)
{
    /// <summary>Warnings and errors make a file non-compliant; info does not, and neither does a held-back finding.</summary>
    public bool IsViolation => HeldBack is null && (Severity is "warning" or "error");
}

/// <summary>A C# file that counts in the score.</summary>
/// <param name="ParseError">
/// Why the file cannot be analyzed, located: its first syntax error, or nesting too deep to analyze; null when it
/// can. Such a file cannot be judged: it is scored as not compliant and counted as not analyzed in the coverage.
/// </param>
internal sealed record ScoredFile(string Path, string Project, bool IsTest, string? ParseError = null)
{
    /// <summary>The analyzers could judge the file: it parses.</summary>
    public bool Analyzed => ParseError is null;
}

/// <summary>A project of the solution that was compiled and analyzed, with its compiler errors (all target frameworks).</summary>
/// <param name="Path">The project file, relative to the solution folder.</param>
/// <param name="Degraded">
/// Why its environment was incomplete (restore failed, references unresolved), or null. Its files were analyzed
/// against an incomplete compilation, so the coverage does not count them as analyzed.
/// </param>
internal sealed record AnalyzedProject(string Name, string Path, int CompilerErrors, string? Degraded = null);

/// <summary>An analyzer that threw (AD0001): kept apart from findings, because it is our bug, not the user's.</summary>
internal sealed record AnalyzerFailure(string Analyzer, string Project, string Message);

/// <summary>What analyzing a solution produced: data only, formatted by the reporters.</summary>
internal sealed record AnalysisResult(
    string Input,
    string RootDirectory,
    string? ConfigFile,
    ImmutableArray<string> Projects,
    ImmutableArray<ScoredFile> Files,
    ImmutableArray<Finding> Findings,
    ImmutableArray<LoadIssue> LoadIssues,
    ImmutableArray<AnalyzerFailure> AnalyzerFailures,
    ImmutableArray<AnalyzedProject> AnalyzedProjects);
