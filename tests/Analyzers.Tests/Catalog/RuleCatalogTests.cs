using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Catalog;

/// <summary>Proves the house rule: one rule, one analyzer, one test class, one docs page.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.Rules.Select(r => r.Id));

    public static TheoryData<string> AnalyzerNames => new(AllAnalyzers().Select(a => a.GetType().Name));

    [Fact]
    public void Rule_ids_are_unique_well_formed_and_sorted()
    {
        var ids = RuleCatalog.Rules.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches(new Regex("^SSOT[0-9]{4}$"), id));
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_one_analyzer_one_test_class_and_one_docs_page(string id)
    {
        var analyzers = AllAnalyzers().Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToList();
        var analyzer = Assert.Single(analyzers);

        string testClass = analyzer.GetType().Name + "Tests";
        Assert.Contains(typeof(RuleCatalogTests).Assembly.GetTypes(), t => t.Name == testClass);

        string page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no docs page at {page}");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_links_point_at_the_rule_page(string id)
    {
        var rule = RuleCatalog.Find(id)!;

        Assert.Equal(RuleCatalog.HelpLinkBase + id + ".md", rule.Descriptor.HelpLinkUri);
        Assert.EndsWith("/docs/rules/" + id + ".md", rule.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Every_analyzer_reports_only_catalog_rules_and_is_csharp_only()
    {
        foreach (var analyzer in AllAnalyzers())
        {
            Assert.All(analyzer.SupportedDiagnostics, d => Assert.Same(RuleCatalog.Find(d.Id)!.Descriptor, d));
            var attribute = analyzer.GetType().GetCustomAttribute<DiagnosticAnalyzerAttribute>();
            Assert.NotNull(attribute);
            Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task Every_analyzer_survives_empty_and_odd_input(string analyzerName)
    {
        DiagnosticAnalyzer Create() => AllAnalyzers().Single(a => a.GetType().Name == analyzerName);

        await new AnalyzerTest(Create()).RunAsync();
        await new AnalyzerTest(Create()) { Source = string.Empty, Config = "{}" }.RunAsync();
        await new AnalyzerTest(Create())
        {
            AllowCompilerErrors = true,
            CheckDiagnostics = false,
            Source = "class { void M( { Unknown x = ; } #if",
            Config = """
                {
                  "concepts": [{ "name": "X", "canonical": "Missing.Type", "match": ["*"], "implements": ["Missing.I"], "aliases": ["Missing.A"] }],
                  "critical": [{ "symbol": "Missing.Critical" }],
                  "legacy": [{ "namespace": "Missing" }, { "path": "**" }],
                  "configuration": { "accessors": ["Missing.Config"], "variables": ["X"] },
                  "constants": [{ "name": "C", "type": "Missing.Constants" }],
                  "preprocessorSymbolSets": [["STAGING"]]
                }
                """,
        }.RunAsync();
    }

    internal static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() => AnalyzerCatalog.CreateAll();

    internal static string RepositoryRoot() => SourcePaths.RepositoryRoot(typeof(RuleCatalogTests).Assembly);
}
