using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Generator;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The benchmark generator's solution (benchmarks/Generator): the whole-process benchmarks time ssot-check on it,
/// so ssot-check must find exactly the violations it planted, no more and no fewer.
/// </summary>
public sealed class BenchmarkSolutionTests
{
    [Fact]
    public async Task Ssot_check_finds_exactly_the_planted_violations()
    {
        using var solution = new TempSolution();
        var generated = SolutionGenerator.Write(solution.Root, projects: 2, files: 6);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        Assert.Empty(report.Analysis.AnalyzerFailures);
        // Every rule but SSOT0001 (ssot-check stops on an invalid ssot.json) and SSOT2002 (a compiler error).
        Assert.Equal(
            new[] { "SSOT0002", "SSOT1001", "SSOT1002", "SSOT1003", "SSOT1004", "SSOT2001", "SSOT2003", "SSOT2004", "SSOT3001", "SSOT3002", "SSOT3003", "SSOT4001", "SSOT4002", "SSOT4003", "SSOT4004", "SSOT5001" },
            generated.Expected.Select(e => e.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(generated.Expected, report.Analysis.Findings.Select(f => $"{f.Id} {f.File}:{f.Line}").Distinct().Order(StringComparer.Ordinal));
    }
}
