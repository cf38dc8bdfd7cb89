using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>An analyzer that throws (AD0001) is our bug: reported apart, never a finding, never counted in the score.</summary>
public sealed class AnalyzerFailureTests
{
    [Fact]
    public async Task A_throwing_analyzer_is_an_analyzer_failure_and_the_others_still_report()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { } public class OtherMessageRouter { }");
        solution.Write("ssot.json", """{ "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""");
        var input = InputResolver.Resolve(solution.Root, solution.Root);
        var (configFile, configText) = ConfigLocator.Load(Path.Combine(solution.Root, "ssot.json"), "ssot.json");
        var (loaded, issues) = await SsotCheck.OpenAsync(input, restore: true, new Dictionary<string, string>(), solution.Root, null, CancellationToken.None);
        using var _ = loaded;
        var analyzers = AnalyzerCatalog.CreateAll().Add(new ThrowingAnalyzer());

        var analysis = SolutionChecker.Assemble(await new SolutionChecker(analyzers, configFile, configText, input.RootDirectory)
            .AnalyzeAsync("App", loaded.Solution, input.Projects.ToList(), issues, null, CancellationToken.None));

        var failure = Assert.Single(analysis.AnalyzerFailures);
        Assert.Equal(("ThrowingAnalyzer", "App"), (failure.Analyzer, failure.Project));
        Assert.Contains("deliberate failure", failure.Message);
        Assert.Equal(new[] { "SSOT1001 App/Router.cs" }, analysis.Findings.Select(f => $"{f.Id} {f.File}"));
    }

#pragma warning disable RS1001, RS1036 // a test's own analyzer, passed to the checker directly and never shipped
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(RuleCatalog.Find("SSOT1003")!.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("deliberate failure"), SymbolKind.NamedType);
        }
    }
}
