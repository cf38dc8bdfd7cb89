using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Rules.Configuration;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Configuration;

public sealed class InvalidConfigAnalyzerTests
{
    [Fact]
    public async Task Reports_a_syntax_error_at_its_place_in_ssot_json()
    {
        var diagnostics = await new AnalyzerTest(new InvalidConfigAnalyzer())
        {
            Source = "class C { }",
            Config = """
                {
                  "concepts": [
                    { "name": "A" {|SSOT0001:"|}canonical": "B" }
                  ]
                }
                """,
        }.RunAsync(
            Expect.Warning("ssot.json: expected ',' or '}' after the value of \"name\""));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(new LinePosition(2, 18), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("true", diagnostic.Properties[DiagnosticProperties.MissionCritical]);
    }

    [Fact]
    public async Task Reports_every_semantic_error_on_its_key_or_value()
    {
        await new AnalyzerTest(new InvalidConfigAnalyzer())
        {
            Source = "class C { }",
            Config = """
                {
                  {|SSOT0001:"concpets"|}: [],
                  "thresholds": { "mission": {|SSOT0001:"100"|} }
                }
                """,
        }.RunAsync(
            Expect.Warning("ssot.json: unknown key \"concpets\" in the top level; did you mean \"concepts\"? Expected one of: concepts, critical, legacy, configuration, constants, preprocessorSymbolSets, tests, exclude, thresholds, discovery, testDoubles, obsoleteIsLegacy, cycles"),
            Expect.Warning("ssot.json: \"mission\" must be a number between 0 and 100; found a string"));
    }

    [Fact]
    public async Task Is_silent_on_a_valid_file_and_without_a_file()
    {
        await new AnalyzerTest(new InvalidConfigAnalyzer()) { Source = "class C { }", Config = "{ /* nothing yet */ }" }.RunAsync();
        await new AnalyzerTest(new InvalidConfigAnalyzer()) { Source = "class C { }" }.RunAsync();
    }

    [Fact]
    public async Task Reads_only_the_file_named_ssot_json()
    {
        var test = new AnalyzerTest(new InvalidConfigAnalyzer()) { Source = "class C { }", Config = "{ oops", ConfigPath = "other.json" };

        await test.RunAsync();
    }
}
