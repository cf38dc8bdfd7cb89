using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Analyzers.Tests.Catalog;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>The schema editors use and the parser the tools use must accept the same keys.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "schema", "ssot.schema.json"));

    private static readonly JsonElement Schema = JsonDocument.Parse(SchemaText).RootElement;

    /// <summary>Built once: the validator registers the schema's $id globally.</summary>
    private static readonly Json.Schema.JsonSchema Validator = Json.Schema.JsonSchema.FromText(SchemaText);

    public static TheoryData<string, string[]> Sections => new()
    {
        { "", SsotConfigParser.TopLevelKeys.ToArray() },
        { "concepts[]", SsotConfigParser.ConceptKeys.ToArray() },
        { "critical[]", SsotConfigParser.CriticalKeys.ToArray() },
        { "legacy[]", SsotConfigParser.LegacyKeys.ToArray() },
        { "configuration", SsotConfigParser.ConfigurationKeys.ToArray() },
        { "constants[]", SsotConfigParser.ConstantsKeys.ToArray() },
        { "thresholds", SsotConfigParser.ThresholdsKeys.ToArray() },
        { "discovery", SsotConfigParser.DiscoveryKeys.ToArray() },
        { "testDoubles", SsotConfigParser.TestDoublesKeys.ToArray() },
        { "configuration.variables[]", SsotConfigParser.VariableKeys.ToArray() },
        { "cycles", SsotConfigParser.CyclesKeys.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_object_of_the_schema_has_exactly_the_keys_the_parser_reads(string path, string[] parserKeys)
    {
        var node = Navigate(path);

        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        var schemaKeys = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(parserKeys.Order(StringComparer.Ordinal), schemaKeys);
        Assert.All(node.GetProperty("properties").EnumerateObject(), p => Assert.True(
            Resolve(p.Value).TryGetProperty("description", out _) || p.Value.TryGetProperty("description", out _),
            $"{path}.{p.Name} has no description"));
    }

    [Fact]
    public void Schema_defaults_are_the_parser_defaults()
    {
        var defaults = SsotConfigParser.Parse(SourceText.From("{ \"concepts\": [{ \"name\": \"X\", \"canonical\": \"N.X\" }], \"thresholds\": {} }")).Config;

        Assert.Equal("all", Resolve(Navigate("concepts[]").GetProperty("properties").GetProperty("scope")).GetProperty("default").GetString());
        Assert.Equal(ConceptScope.All, defaults.Concepts[0].Scope);
        Assert.Equal(defaults.Thresholds.Mission, Navigate("thresholds").GetProperty("properties").GetProperty("mission").GetProperty("default").GetDouble());
        Assert.False(Resolve(Navigate("concepts[]").GetProperty("properties").GetProperty("missionCritical")).GetProperty("default").GetBoolean());
        Assert.False(defaults.Concepts[0].MissionCritical);

        Assert.Equal("production", Navigate("discovery").GetProperty("properties").GetProperty("scope").GetProperty("default").GetString());
        Assert.Equal(ConceptScope.Production, defaults.Discovery.Scope);
        Assert.Equal(defaults.Discovery.UseDefaults, Navigate("discovery").GetProperty("properties").GetProperty("defaults").GetProperty("default").GetBoolean());
        Assert.Equal(
            defaults.TestDoubles.Match.Select(g => g.Pattern),
            Navigate("testDoubles").GetProperty("properties").GetProperty("match").GetProperty("default").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_defaults_of_the_configuration_and_cycles_keys_are_the_parser_defaults()
    {
        var defaults = SsotConfigParser.Parse(SourceText.From("""{ "configuration": { "variables": [{ "name": "A" }] }, "cycles": {} }""")).Config;
        var variable = Navigate("configuration.variables[]").GetProperty("properties");

        Assert.Equal(defaults.Configuration.Variables[0].Required, variable.GetProperty("required").GetProperty("default").GetBoolean());
        Assert.Equal(defaults.Configuration.Variables[0].Secret, variable.GetProperty("secret").GetProperty("default").GetBoolean());
        Assert.Equal(defaults.Configuration.MissionCritical, Navigate("configuration").GetProperty("properties").GetProperty("missionCritical").GetProperty("default").GetBoolean());
        Assert.Equal(defaults.Cycles.MissionCritical, Navigate("cycles").GetProperty("properties").GetProperty("missionCritical").GetProperty("default").GetBoolean());
        Assert.Empty(Navigate("cycles").GetProperty("properties").GetProperty("ignore").GetProperty("default").EnumerateArray());
        Assert.Empty(defaults.Cycles.Ignore);
    }

    /// <summary>Files the parser accepts (true) or refuses (false); the schema must judge each one the same.</summary>
    public static TheoryData<string, bool> Documents => new()
    {
        { """{ "configuration": { "variables": ["A", { "name": "B" }] } }""", true },
        { """{ "configuration": { "variables": [{ "name": "B", "required": false, "description": "what B is", "secret": true }] } }""", true },
        { """{ "configuration": { "missionCritical": true, "accessors": ["Ns.AppConfig"] } }""", true },
        { """{ "configuration": { "missionCritical": "yes" } }""", false },
        { """{ "configuration": { "variables": [42] } }""", false },
        { """{ "configuration": { "variables": [""] } }""", false },
        { """{ "configuration": { "variables": [{ "required": false }] } }""", false },
        { """{ "configuration": { "variables": [{ "name": "A", "secrt": true }] } }""", false },
        { """{ "configuration": { "variables": [{ "name": "A", "required": "no" }] } }""", false },
        { """{ "configuration": { "variables": [{ "name": "A", "description": "" }] } }""", false },
        { """{ "configuration": { "variables": ["A", "A"] } }""", false },
        { """{ "cycles": { "ignore": ["MyApp.Legacy.*", "MyApp.V?"], "missionCritical": false } }""", true },
        { """{ "cycles": {} }""", true },
        { """{ "cycles": [] }""", false },
        { """{ "cycles": { "ignore": ["MyApp/Legacy"] } }""", false },
        { """{ "cycles": { "ignore": "MyApp.*" } }""", false },
        { """{ "cycles": { "missionCritical": 1 } }""", false },
        { """{ "cycles": { "ignores": [] } }""", false },
        { """{ "constants": [{ "name": "Events", "type": "Ns.EventNames", "missionCritical": true }] }""", true },
        { """{ "constants": [{ "name": "Events" }] }""", false },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_schema_accepts_and_refuses_what_the_parser_does(string json, bool valid)
    {
        Assert.Equal(valid, SsotConfigParser.Parse(SourceText.From(json)).Errors.IsEmpty);
        Assert.Equal(valid, Validator.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void The_spec_example_is_accepted_by_the_parser_without_errors()
    {
        string sample = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "samples", "NetraApex", "ssot.json"));

        Assert.Empty(SsotConfigParser.Parse(SourceText.From(sample)).Errors.Select(e => e.Format("ssot.json")));
    }

    /// <summary>Names the parser accepts (true) or refuses (false), for the schema pattern of each key.</summary>
    public static TheoryData<string, string, bool> Names => new()
    {
        { "critical[].symbol", "Ns.Type", true },
        { "critical[].symbol", "Ns.Outer`1+Inner", true },
        { "critical[].symbol", "N:Ns.Sub", true },
        { "critical[].symbol", "T:Ns.Outer`1.Inner", true },
        { "critical[].symbol", "M:Ns.Type.Method(System.String,System.Int32)", true },
        { "critical[].symbol", "M:Ns.Type.op_Implicit(Ns.Type)~System.Int32", true },
        { "critical[].symbol", "N:", false },
        { "critical[].symbol", "T:", false },
        { "critical[].symbol", "X:Foo", false },
        { "critical[].symbol", "`1", false },
        { "critical[].symbol", "a..b", false },
        { "critical[].symbol", "M:Decode(System.String)", false },
        { "legacy[].type", "Shared.Box`1", true },
        { "legacy[].type", "Ns.Outer+Inner", true },
        { "legacy[].type", "T:Ns.Old", false },
        { "legacy[].type", "`1", false },
        { "legacy[].type", "Ns.Type`0", false },
        { "legacy[].namespace", "Netra.Backend.Legacy", true },
        { "legacy[].namespace", "a..b", false },
        { "legacy[].namespace", "Ns.Old`1", false },
        { "legacy[].member", "M:Netra.Backend.Auth.TokenHelper.Decode(System.String)", true },
        { "legacy[].member", "M:Ns.Type.#ctor", true },
        { "legacy[].member", "X:Ns.T.M", false },
        { "legacy[].member", "M:", false },
        { "legacy[].member", "T:Ns.T", false },
        { "concepts[].canonical", "Netra.Backend.Data.Repository`1", true },
        { "concepts[].canonical", "Ns.Repository<T>", false },
        { "concepts[].canonical", ".Ns.Type", false },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_schema_patterns_agree_with_the_parser_on_names(string key, string name, bool valid)
    {
        string property = key[(key.LastIndexOf('.') + 1)..];
        string section = key[..key.LastIndexOf('.')];
        string pattern = Resolve(Navigate(section).GetProperty("properties").GetProperty(property)).GetProperty("pattern").GetString()!;
        string required = property == "canonical" ? "\"name\": \"X\", " : string.Empty;
        string json = $$"""{ "{{section.TrimEnd('[', ']')}}": [{ {{required}}"{{property}}": {{JsonSerializer.Serialize(name)}} }] }""";

        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(name, pattern));
        Assert.Equal(valid, SsotConfigParser.Parse(SourceText.From(json)).Errors.IsEmpty);
    }

    private static JsonElement Navigate(string path)
    {
        var node = Schema;
        foreach (string segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            bool isArray = segment.EndsWith("[]", StringComparison.Ordinal);
            node = Resolve(node.GetProperty("properties").GetProperty(isArray ? segment[..^2] : segment));
            if (isArray)
            {
                node = Resolve(node.GetProperty("items"));
            }

            if (!node.TryGetProperty("properties", out _) && node.TryGetProperty("oneOf", out var alternatives))
            {
                // an item that may be a plain value or an object: the object alternative has the keys
                node = alternatives.EnumerateArray().Select(Resolve).Single(a => a.GetProperty("type").GetString() == "object");
            }
        }

        return node;
    }

    /// <summary>Follows a local <c>$ref</c> ("#/$defs/x").</summary>
    private static JsonElement Resolve(JsonElement node)
    {
        while (node.TryGetProperty("$ref", out var reference))
        {
            node = Schema.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        return node;
    }
}
