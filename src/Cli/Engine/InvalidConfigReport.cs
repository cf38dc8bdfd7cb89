using System.Collections.Immutable;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The report of a run stopped by an invalid ssot.json: nothing analyzed, one mission-critical SSOT0001 error per
/// config error, and a failed gate. CI steps that upload SARIF or read annotations then find the file and the reason,
/// instead of failing on a missing file.
/// </summary>
internal static class InvalidConfigReport
{
    /// <param name="rootDirectory">The folder the report's paths are relative to.</param>
    public static CheckReport Create(InvalidConfig config, string rootDirectory, bool missionOnly)
    {
        string file = ReportPaths.Relative(rootDirectory, config.Path);
        var located = config.Errors.Select(e =>
        {
            var span = e.Span.LineSpan;
            var finding = new Finding(
                RuleIdentifiers.InvalidConfig, "error", MissionCritical: true, file,
                span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1,
                Project: string.Empty, e.Message, ImmutableArray<RelatedLocation>.Empty, Fingerprint: string.Empty);
            return (finding, LineText: e.Message);
        }).ToImmutableArray();
        var findings = Fingerprints.Assign(located);
        var analysis = new AnalysisResult(
            file, rootDirectory, file, ImmutableArray<string>.Empty, ImmutableArray<ScoredFile>.Empty, findings,
            ImmutableArray.Create(new LoadIssue("error", null, $"{file} has {findings.Length} error(s): nothing was analyzed")),
            ImmutableArray<AnalyzerFailure>.Empty, ImmutableArray<AnalyzedProject>.Empty);
        var score = ScoreCalculator.Compute(analysis.Files, findings);
        var coverage = CoverageCalculator.Compute(analysis, ImmutableArray<string>.Empty, new HashSet<string>());
        var gate = new GateResult(false, $"{file} is invalid ({findings.Length} error(s)); nothing was analyzed");
        return new CheckReport(SsotCheck.ToolVersion, analysis, score, coverage, gate, missionOnly);
    }
}
