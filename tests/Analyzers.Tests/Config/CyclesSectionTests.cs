using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>The <c>cycles</c> section SSOT5001 reads.</summary>
public sealed class CyclesSectionTests
{
    [Fact]
    public void Ignore_globs_and_missionCritical_are_read_with_their_places()
    {
        var result = SsotConfigParser.Parse(SourceText.From("""
            {
              "cycles": { "ignore": ["MyApp.Legacy.*", "MyApp.Plugins.V?"], "missionCritical": true }
            }
            """));

        Assert.Empty(result.Errors);
        var cycles = result.Config.Cycles;
        Assert.Equal(new[] { "MyApp.Legacy.*", "MyApp.Plugins.V?" }, cycles.Ignore.Select(g => g.Pattern));
        Assert.Equal(new[] { (1, 25), (1, 43) }, cycles.Ignore.Select(g => (g.Span.LineSpan.Start.Line, g.Span.LineSpan.Start.Character)));
        Assert.True(cycles.MissionCritical);
        Assert.True(cycles.Ignore[0].IsMatch("MyApp.Legacy.Billing"));
        Assert.False(cycles.Ignore[1].IsMatch("MyApp.Plugins.V10"));
    }

    [Fact]
    public void Without_the_section_nothing_is_ignored_and_it_is_not_mission_critical()
    {
        Assert.Same(CyclesSection.Default, SsotConfigParser.Parse(SourceText.From("{}")).Config.Cycles);
        var empty = SsotConfigParser.Parse(SourceText.From("""{ "cycles": {} }"""));
        Assert.Empty(empty.Errors);
        Assert.Empty(empty.Config.Cycles.Ignore);
        Assert.False(empty.Config.Cycles.MissionCritical);
    }

    [Theory]
    [InlineData("""{ "cycles": [] }""", "1:13: \"cycles\" must be an object; found an array")]
    [InlineData("""{ "cycles": { "ignore": "MyApp.*" } }""", "1:25: \"ignore\" must be an array; found a string")]
    [InlineData(
        """{ "cycles": { "ignore": ["MyApp/Legacy"] } }""",
        "1:26: \"MyApp/Legacy\" is not a namespace glob; use letters, digits, _, ., * and ? only (for example \"MyApp.Providers.*\")")]
    [InlineData("""{ "cycles": { "missionCritical": null } }""", "1:34: \"missionCritical\" must be true or false; found null")]
    [InlineData(
        """{ "cycles": { "ignores": [] } }""",
        "1:15: unknown key \"ignores\" in \"cycles\"; did you mean \"ignore\"? Expected one of: ignore, missionCritical")]
    public void Each_wrong_shape_is_one_located_error(string json, string expected)
        => Assert.Equal(expected, Assert.Single(SsotConfigParser.Parse(SourceText.From(json)).Errors).Format("ssot.json")["ssot.json:".Length..]);
}
