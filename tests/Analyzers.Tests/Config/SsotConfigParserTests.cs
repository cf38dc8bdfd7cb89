using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

public sealed class SsotConfigParserTests
{
    [Fact]
    public void Reads_every_section_of_the_spec_example()
    {
        const string text = """
            {
              "$schema": "./schema/ssot.schema.json",
              "concepts": [{
                "name": "WebSocketManager",                                  // display name
                "canonical": "Netra.Backend.WebSocketCore.UnifiedWebSocketManager",
                "match": ["*WebSocketManager", "*WsManager"],
                "implements": ["Netra.Backend.WebSocketCore.IWebSocketManager"],
                "aliases": ["Netra.Backend.WebSocketCore.WebSocketManager"],
                "scope": "production",
                "missionCritical": true
              }],
              "critical": [{ "symbol": "Netra.Infrastructure.Redis.RedisConnection", "missionCritical": true }],
              "legacy": [
                { "namespace": "Netra.Backend.Legacy", "replacement": "Netra.Backend.WebSocketCore", "reason": "retired in SSOT phase 2" },
                { "type": "Netra.Backend.Legacy.WebSocketManagerFactory", "replacement": "Netra.Backend.WebSocketCore.WebSocketManagerFactory" },
                { "member": "M:Netra.Backend.Auth.TokenHelper.Decode(System.String)", "replacement": "M:Netra.Backend.Auth.Jwt.Decode(System.String)" },
                { "path": "src/**/Legacy/**", "reason": "legacy folder" },
              ],
              "configuration": {
                "accessors": ["Netra.Backend.Config.AppConfig"],
                "variables": ["SERVICE_SECRET", "JWT_SECRET_KEY", "AUTH_SERVICE_URL"]
              },
              "constants": [{ "name": "AgentEvents", "type": "Netra.Backend.Events.AgentEventNames" }],
              "preprocessorSymbolSets": [["STAGING"], ["RELEASE"]],
              "tests": ["tests/**"],
              "exclude": ["**/Generated/**"],
              "thresholds": { "overall": 95.0, "mission": 100.0 }
            }
            """;

        var result = SsotConfigParser.Parse(SourceText.From(text));

        Assert.Empty(result.Errors);
        var config = result.Config;
        var concept = Assert.Single(config.Concepts);
        Assert.Equal("WebSocketManager", concept.Name);
        Assert.Equal("Netra.Backend.WebSocketCore.UnifiedWebSocketManager", concept.Canonical);
        Assert.Equal(new[] { "*WebSocketManager", "*WsManager" }, concept.Match.Select(m => m.Pattern));
        Assert.Equal(new[] { "Netra.Backend.WebSocketCore.IWebSocketManager" }, concept.Implements.Select(v => v.Value));
        Assert.Equal(new[] { "Netra.Backend.WebSocketCore.WebSocketManager" }, concept.Aliases.Select(v => v.Value));
        Assert.Equal(ConceptScope.Production, concept.Scope);
        Assert.True(concept.MissionCritical);
        Assert.Equal(2, concept.Span.LineSpan.Start.Line);

        var critical = Assert.Single(config.Critical);
        Assert.Equal("Netra.Infrastructure.Redis.RedisConnection", critical.Symbol);
        Assert.True(critical.MissionCritical);

        Assert.Equal(new[] { LegacyKind.Namespace, LegacyKind.Type, LegacyKind.Member, LegacyKind.Path }, config.Legacy.Select(l => l.Kind));
        Assert.Equal("Netra.Backend.WebSocketCore", config.Legacy[0].Replacement);
        Assert.Equal("retired in SSOT phase 2", config.Legacy[0].Reason);
        Assert.True(config.Legacy[3].PathGlob!.IsMatch("src/Backend/Legacy/A.cs"));

        Assert.Equal(new[] { "Netra.Backend.Config.AppConfig" }, config.Configuration.Accessors);
        Assert.Equal(new[] { "SERVICE_SECRET", "JWT_SECRET_KEY", "AUTH_SERVICE_URL" }, config.Configuration.Variables.Select(v => v.Name));
        Assert.Equal("Netra.Backend.Events.AgentEventNames", Assert.Single(config.Constants).Type);
        Assert.Equal(new[] { "STAGING", "RELEASE" }, config.PreprocessorSymbolSets.Select(s => Assert.Single(s)));
        Assert.Equal("tests/**", Assert.Single(config.Tests).Pattern);
        Assert.Equal("**/Generated/**", Assert.Single(config.Exclude).Pattern);
        Assert.Equal(95.0, config.Thresholds.Overall);
        Assert.Equal(100.0, config.Thresholds.Mission);
    }

    [Fact]
    public void An_empty_object_is_a_valid_configuration_with_defaults()
    {
        var result = SsotConfigParser.Parse(SourceText.From("{}"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Config.Concepts);
        Assert.Null(result.Config.Thresholds.Overall);
        Assert.Equal(100.0, result.Config.Thresholds.Mission);
    }

    [Fact]
    public void Errors_are_located_and_keep_the_rest_of_the_file()
    {
        const string text = """
            {
              "concpets": [],
              "concepts": [
                { "name": "A", "canonical": "Ns.A", "scope": "prod" },
                { "name": "B" },
                { "name": "A", "canonical": "Ns.A2", "missionCritical": "yes" },
                42
              ],
              "legacy": [{ "namespace": "Old", "type": "Old.T" }, { "member": "Old.T.M()" }],
              "thresholds": { "overall": 120 },
              "tests": "tests/**"
            }
            """;

        var result = SsotConfigParser.Parse(SourceText.From(text));

        var errors = result.Errors.Select(e => e.Format("ssot.json")).ToArray();
        Assert.Equal(
            new[]
            {
                "ssot.json:2:3: unknown key \"concpets\" in the top level; did you mean \"concepts\"? Expected one of: concepts, critical, legacy, configuration, constants, preprocessorSymbolSets, tests, exclude, thresholds, discovery, testDoubles, obsoleteIsLegacy, cycles",
                "ssot.json:4:50: \"scope\" must be \"production\", \"test\" or \"all\"; found \"prod\"",
                "ssot.json:5:5: concept \"B\" needs a \"canonical\" type (its metadata name, e.g. \"MyApp.Core.Service\")",
                "ssot.json:6:61: \"missionCritical\" must be true or false; found a string",
                "ssot.json:7:5: each item of \"concepts\" must be an object; found a number",
                "ssot.json:9:36: a legacy entry needs exactly one of \"namespace\", \"type\", \"member\" or \"path\"; split it into one entry each",
                "ssot.json:9:67: \"Old.T.M()\" is not a documentation ID; write members as M:Ns.Type.Method(System.String), P:Ns.Type.Property, F:Ns.Type.Field or E:Ns.Type.Event",
                "ssot.json:10:30: \"overall\" is a percentage and must be between 0 and 100",
                "ssot.json:11:12: \"tests\" must be an array; found a string",
                "ssot.json:6:5: the concept name \"A\" is already used on line 4; names must be unique",
            },
            errors);
        Assert.Equal(new[] { "A", "A" }, result.Config.Concepts.Select(c => c.Name));
    }

    [Fact]
    public void A_syntax_error_gives_an_empty_configuration_and_one_located_error()
    {
        var result = SsotConfigParser.Parse(SourceText.From("{\n  \"concepts\": [\n    { \"name\": \"A\" \"canonical\": \"B\" }\n  ]\n}"));

        Assert.Same(SsotConfig.Empty, result.Config);
        Assert.Equal("ssot.json:3:19: expected ',' or '}' after the value of \"name\"", Assert.Single(result.Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData("Ns.Repository`1")]
    [InlineData("Ns.Outer+Inner")]
    [InlineData("Global")]
    public void Metadata_names_are_accepted(string name)
        => Assert.Empty(SsotConfigParser.Parse(SourceText.From($$"""{ "concepts": [{ "name": "X", "canonical": "{{name}}" }] }""")).Errors);

    [Theory]
    [InlineData("Ns.Repository<T>")]
    [InlineData("Ns. Space")]
    [InlineData(".Ns.Type")]
    public void Display_names_are_refused_with_the_form_to_use(string name)
    {
        var error = Assert.Single(SsotConfigParser.Parse(SourceText.From($$"""{ "concepts": [{ "name": "X", "canonical": "{{name}}" }] }""")).Errors);

        Assert.StartsWith($"\"{name}\" is not a metadata name", error.Message);
    }
}
