using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>
/// <see cref="SsotConfig.References"/> is the one walk over the names ssot.json refers to: SSOT0002 reports from
/// it and <see cref="SsotConfig.SymbolNames"/> (what ssot-check resolves across the solution) is derived from it.
/// </summary>
public sealed class ConfigReferencesTests
{
    private const string Text = """
        {
          "legacy": [{ "namespace": "Old" }, { "path": "src/Legacy/**", "missionCritical": true }, { "member": "M:Old.T.M" }],
          "concepts": [{ "name": "Clock", "canonical": "Ns.Clock", "implements": ["Ns.IClock"], "aliases": ["Ns.SystemClock"], "missionCritical": true }],
          "testDoubles": { "ignore": ["Ns.IRepository`1"] }
        }
        """;

    [Fact]
    public void Every_configured_name_is_walked_once_in_section_order_with_its_role_and_place()
    {
        var result = SsotConfigParser.Parse(SourceText.From(Text));

        Assert.Empty(result.Errors);
        Assert.Equal(
            new[]
            {
                ("Ns.Clock", "canonical type 'Ns.Clock' of concept 'Clock'", true, false, 3),
                ("Ns.IClock", "implemented type 'Ns.IClock' of concept 'Clock'", true, false, 3),
                ("Ns.SystemClock", "alias 'Ns.SystemClock' of concept 'Clock'", true, false, 3),
                ("Ns.IRepository`1", "test-double ignore type 'Ns.IRepository`1'", false, false, 4),
                ("Old", "legacy namespace 'Old'", false, false, 2),
                ("src/Legacy/**", "legacy path 'src/Legacy/**'", true, true, 2),
                ("M:Old.T.M", "legacy member 'M:Old.T.M'", false, false, 2),
            },
            result.Config.References().Select(r => (r.Name, r.Role, r.MissionCritical, r.PathGlob is not null, r.Span.LineSpan.Start.Line + 1)));
    }

    [Fact]
    public void Symbol_names_are_the_references_that_are_not_path_globs()
    {
        var config = SsotConfigParser.Parse(SourceText.From(Text)).Config;

        Assert.Equal(new[] { "Ns.Clock", "Ns.IClock", "Ns.SystemClock", "Ns.IRepository`1", "Old", "M:Old.T.M" }, config.SymbolNames());
        Assert.Empty(SsotConfig.Empty.References());
    }
}
