using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Cli.Tests;

[Collection(SampleCollection.Name)]
public sealed class SampleSolutionTests(SampleFixture sample)
{
    /// <summary>The rules implemented today; EXPECTED.md lists the planted violations of every rule.</summary>
    public static TheoryData<string> ImplementedRules => new(RuleCatalog.Rules.Select(r => r.Id).Where(id => id != RuleIdentifiers.InvalidConfig));

    [Theory]
    [MemberData(nameof(ImplementedRules))]
    public void Finds_exactly_the_planted_violations_of_EXPECTED_md(string rule)
    {
        var expected = ExpectedViolations.For(rule).Select(e => $"{e.File}:{e.Line}").Order(StringComparer.Ordinal);
        var actual = sample.Slnx.Analysis.Findings.Where(f => f.Id == rule).Select(f => $"{f.File}:{f.Line}").Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_sample_has_planted_SSOT1001_violations_in_two_projects()
    {
        var findings = sample.Slnx.Analysis.Findings.Where(f => f.Id == RuleIdentifiers.DuplicateConcept).ToList();

        Assert.Equal(4, findings.Count);
        Assert.Equal(new[] { "Netra.Auth", "Netra.Backend" }, findings.Select(f => f.Project).Distinct().Order());
        var legacy = findings.Single(f => f.File == "src/Backend/Legacy/LegacyWsManager.cs");
        Assert.Equal("error", legacy.Severity);
        Assert.True(legacy.MissionCritical);
        Assert.Equal(
            "'LegacyWsManager' is a second implementation of concept 'WebSocketManager'; the canonical one is 'UnifiedWebSocketManager' (src/Backend/WebSocketCore/UnifiedWebSocketManager.cs)",
            legacy.Message);
        Assert.Equal("src/Backend/WebSocketCore/UnifiedWebSocketManager.cs", Assert.Single(legacy.Related).File);
    }

    [Fact]
    public void Sln_and_slnx_give_the_same_files_findings_and_scores()
    {
        Assert.Equal(sample.Slnx.Analysis.Files.ToArray(), sample.Sln.Analysis.Files.ToArray());
        Assert.Equal(Describe(sample.Slnx.Analysis.Findings), Describe(sample.Sln.Analysis.Findings));
        Assert.Equal(sample.Slnx.Score.Overall, sample.Sln.Score.Overall);
    }

    [Fact]
    public void Only_the_solution_projects_are_scored_and_nothing_is_left_unanalyzed()
    {
        Assert.Equal(new[] { "Netra.Auth", "Netra.Backend", "Netra.Backend.Tests", "Netra.Infrastructure" }, sample.Slnx.Analysis.Projects);
        Assert.Empty(sample.Slnx.Analysis.LoadIssues);
        Assert.Empty(sample.Slnx.Analysis.AnalyzerFailures);
        Assert.All(sample.Slnx.Analysis.Files.Where(f => f.Project == "Netra.Backend.Tests"), f => Assert.True(f.IsTest));
        Assert.All(sample.Slnx.Analysis.Files.Where(f => f.Project != "Netra.Backend.Tests"), f => Assert.False(f.IsTest));
    }

    [Fact]
    public void A_solution_with_violations_scores_below_100()
    {
        var score = sample.Slnx.Score;

        // Every file with a planted warning or error of an implemented rule is non-compliant; info rows do not count.
        var implemented = RuleCatalog.Rules.Where(r => r.Descriptor.DefaultSeverity != DiagnosticSeverity.Info).Select(r => r.Id).ToHashSet();
        int nonCompliant = ExpectedViolations.Read().Where(r => implemented.Contains(r.Rule)).Select(r => r.File).Distinct().Count();

        Assert.True(score.Overall.Percent < 100.0);
        Assert.Equal(score.Overall.Scored - nonCompliant, score.Overall.Compliant);
        // Mission-critical (EXPECTED.md): the two WebSocketManager copies and the STAGING-only Redis branch.
        Assert.Equal(score.Mission.Scored - 3, score.Mission.Compliant);
    }

    [Fact]
    public async Task Every_project_compiles_without_errors_including_the_CSharp_14_file()
    {
        MsBuildRegistration.EnsureRegistered();
        var input = InputResolver.Resolve("NetraApex.slnx", Repository.Sample);
        using var loaded = await SolutionLoader.LoadAsync(input, null, null, CancellationToken.None);
        var projects = loaded.Solution.Projects.Where(p => input.Projects.Contains(p.FilePath!)).ToList();
        Assert.Equal(4, projects.Count);

        bool sawCSharp14 = false;
        foreach (var project in projects)
        {
            var compilation = (await project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            Assert.Equal(LanguageVersion.CSharp14, ((CSharpParseOptions)project.ParseOptions!).LanguageVersion);
            foreach (var tree in compilation.SyntaxTrees)
            {
                sawCSharp14 |= (await tree.GetRootAsync()).DescendantNodes().Any(n => n.IsKind(SyntaxKind.ExtensionBlockDeclaration));
            }
        }

        Assert.True(sawCSharp14, "the sample should contain a C# 14 extension block");
    }

    [Fact]
    public void Text_report()
        => Approvals.Verify(Render(new TextReporter(), sample.Slnx));

    [Fact]
    public void Json_report()
        => Approvals.Verify(Render(new JsonReporter(), sample.Slnx));

    private static IEnumerable<string> Describe(IEnumerable<Finding> findings)
        => findings.Select(f => $"{f.Id} {f.File}({f.Line},{f.Column}) {f.Severity} {f.Message} -> {string.Join(";", f.Related)}");

    private static string Render(IReporter reporter, CheckReport report)
    {
        var writer = new StringWriter();
        reporter.Write(report, writer);
        return writer.ToString();
    }
}
