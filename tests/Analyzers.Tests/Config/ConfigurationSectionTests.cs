using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>The <c>configuration</c> section: variables as plain names or objects, and its missionCritical flag.</summary>
public sealed class ConfigurationSectionTests
{
    [Fact]
    public void Variables_are_plain_names_or_objects_each_with_its_place()
    {
        const string text = """
            {
              "configuration": {
                "variables": [
                  "AUTH_SERVICE_URL",
                  { "name": "JWT_SECRET_KEY", "secret": true, "description": "signs session tokens" },
                  { "name": "FEATURE_FLAGS_URL", "required": false }
                ]
              }
            }
            """;

        var result = SsotConfigParser.Parse(SourceText.From(text));

        Assert.Empty(result.Errors);
        var variables = result.Config.Configuration.Variables;
        Assert.Equal(
            new[]
            {
                ("AUTH_SERVICE_URL", true, (string?)null, false, "4:7-4:25"),
                ("JWT_SECRET_KEY", true, "signs session tokens", true, "5:7-5:90"),
                ("FEATURE_FLAGS_URL", false, null, false, "6:7-6:57"),
            },
            variables.Select(v => (v.Name, v.Required, v.Description, v.Secret, Place(v.Span))));
        Assert.False(result.Config.Configuration.MissionCritical);
    }

    [Fact]
    public void MissionCritical_is_read_and_defaults_to_false()
    {
        Assert.True(Parse("""{ "configuration": { "missionCritical": true } }""").Configuration.MissionCritical);
        Assert.False(Parse("""{ "configuration": { "accessors": [] } }""").Configuration.MissionCritical);
        Assert.False(Parse("{}").Configuration.MissionCritical);
        Assert.Empty(Parse("{}").Configuration.Variables);
    }

    [Fact]
    public void Accessors_stay_metadata_names()
    {
        var config = Parse("""{ "configuration": { "accessors": ["Netra.Backend.Config.AppConfig"], "variables": ["A"] } }""");

        Assert.Equal(new[] { "Netra.Backend.Config.AppConfig" }, config.Configuration.Accessors);
        Assert.Equal(new[] { "A" }, config.Configuration.Variables.Select(v => v.Name));
    }

    [Theory]
    [InlineData("""{ "configuration": { "missionCritical": "yes" } }""", "1:41: \"missionCritical\" must be true or false; found a string")]
    [InlineData("""{ "configuration": { "variables": "A" } }""", "1:35: \"variables\" must be an array; found a string")]
    [InlineData("""{ "configuration": { "variables": [42] } }""", "1:36: each item of \"variables\" must be a name or an object with a \"name\"; found a number")]
    [InlineData("""{ "configuration": { "variables": ["  "] } }""", "1:36: items of \"variables\" must not be empty")]
    [InlineData("""{ "configuration": { "variables": [{ "required": false }] } }""", "1:36: a variable needs a \"name\" (the environment variable or configuration key)")]
    [InlineData("""{ "configuration": { "variables": [{ "name": 7 }] } }""", "1:46: \"name\" must be a string; found a number")]
    [InlineData("""{ "configuration": { "variables": [{ "name": "A", "required": "no" }] } }""", "1:63: \"required\" must be true or false; found a string")]
    [InlineData("""{ "configuration": { "variables": [{ "name": "A", "secret": 1 }] } }""", "1:61: \"secret\" must be true or false; found a number")]
    [InlineData("""{ "configuration": { "variables": [{ "name": "A", "description": "" }] } }""", "1:66: \"description\" must not be empty")]
    [InlineData(
        """{ "configuration": { "variables": [{ "name": "A", "secrt": true }] } }""",
        "1:51: unknown key \"secrt\" in a variable; did you mean \"secret\"? Expected one of: name, required, description, secret")]
    [InlineData(
        """{ "configuration": { "missionCritcal": true } }""",
        "1:22: unknown key \"missionCritcal\" in \"configuration\"; did you mean \"missionCritical\"? Expected one of: accessors, variables, missionCritical")]
    public void Each_wrong_shape_is_one_located_error(string json, string expected)
    {
        var result = SsotConfigParser.Parse(SourceText.From(json));

        Assert.Equal(expected, Assert.Single(result.Errors).Format("ssot.json")["ssot.json:".Length..]);
    }

    [Fact]
    public void A_name_declared_twice_is_reported_at_the_second_with_the_line_of_the_first()
    {
        const string text = """
            {
              "configuration": {
                "variables": [
                  "JWT_SECRET_KEY",
                  "AUTH_SERVICE_URL",
                  { "name": "JWT_SECRET_KEY", "secret": true }
                ]
              }
            }
            """;

        var result = SsotConfigParser.Parse(SourceText.From(text));

        Assert.Equal(
            "ssot.json:6:7: the variable name \"JWT_SECRET_KEY\" is already used on line 4; names must be unique",
            Assert.Single(result.Errors).Format("ssot.json"));
        Assert.Equal(new[] { "JWT_SECRET_KEY", "AUTH_SERVICE_URL", "JWT_SECRET_KEY" }, result.Config.Configuration.Variables.Select(v => v.Name));
    }

    [Fact]
    public void An_invalid_variable_is_skipped_and_the_rest_kept()
    {
        var result = SsotConfigParser.Parse(SourceText.From("""{ "configuration": { "variables": ["A", { "name": "B", "required": 0 }, true, { "name": "C" }], "missionCritical": true } }"""));

        Assert.Equal(2, result.Errors.Length);
        Assert.Equal(new[] { "A", "B", "C" }, result.Config.Configuration.Variables.Select(v => v.Name));
        Assert.True(result.Config.Configuration.Variables[1].Required);
        Assert.True(result.Config.Configuration.MissionCritical);
    }

    private static SsotConfig Parse(string json)
    {
        var result = SsotConfigParser.Parse(SourceText.From(json));
        Assert.Empty(result.Errors);
        return result.Config;
    }

    private static string Place(ConfigSpan span)
        => $"{span.LineSpan.Start.Line + 1}:{span.LineSpan.Start.Character + 1}-{span.LineSpan.End.Line + 1}:{span.LineSpan.End.Character + 1}";
}
