using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Configuration;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Configuration;

public sealed class StaleConfigEntryAnalyzerTests
{
    private const string Core = """
        namespace Core;
        public interface IRouter { }
        public sealed class MessageRouter : IRouter { }
        """;

    [Fact]
    public async Task A_build_reports_names_missing_from_a_namespace_it_can_see()
    {
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = """
                {
                  "concepts": [{
                    "name": "Router",
                    "canonical": {|SSOT0002:"Core.MesageRouter"|},
                    "implements": [{|SSOT0002:"Core.IRoute"|}, "Core.IRouter"],
                    "aliases": [{|SSOT0002:"Core.Router"|}, "Elsewhere.Router"],
                    "match": ["*Nothing*"],
                    "missionCritical": true
                  }],
                  "testDoubles": { "ignore": [{|SSOT0002:"System.IDisposabel"|}] }
                }
                """,
            Sources = { ("src/Core.cs", Core) },
        }.RunAsync(
            Expect.Error("canonical type 'Core.MesageRouter' of concept 'Router' matches nothing in namespace 'Core'; fix the name or remove the entry"),
            Expect.Error("implemented type 'Core.IRoute' of concept 'Router' matches nothing in namespace 'Core'; fix the name or remove the entry"),
            Expect.Error("alias 'Core.Router' of concept 'Router' matches nothing in namespace 'Core'; fix the name or remove the entry"),
            Expect.Warning("test-double ignore type 'System.IDisposabel' matches nothing in namespace 'System'; fix the name or remove the entry"));
    }

    [Fact]
    public async Task With_the_solution_index_names_resolve_anywhere_in_the_solution_and_globs_are_checked()
    {
        const string config = """
            {
              "concepts": [{
                "name": "Router",
                "canonical": "Other.MessageRouter",
                "match": ["*MessageRouter", {|SSOT0002:"*Roter"|}],
                "aliases": [{|SSOT0002:"Other.Misspelt"|}, "Core.Router"]
              }]
            }
            """;
        var (plain, _) = Markup.Parse("ssot.json", config);
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = config,
            Sources = { ("src/Core.cs", Core) },
            AdditionalTexts =
            {
                SolutionIndexes.Build(
                    plain,
                    new SolutionIndexes.Project[] { new("Other", false, ("src/Other.cs", "namespace Other; public sealed class MessageRouter { }")) },
                    "Core.Router"),
            },
        }.RunAsync(
            Expect.Warning("match glob '*Roter' of concept 'Router' matches nothing in the solution; fix the name or remove the entry"),
            Expect.Warning("alias 'Other.Misspelt' of concept 'Router' matches nothing in the solution; fix the name or remove the entry"));
    }

    [Fact]
    public async Task A_project_that_cannot_see_the_namespace_stays_silent()
    {
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "Other.MessageRouter", "match": ["*Nothing"] }] }""",
            Sources = { ("src/Core.cs", Core) },
        }.RunAsync();
    }

    [Fact]
    public async Task Legacy_entries_that_match_nothing_are_reported_and_path_globs_are_judged_with_the_solution_index()
    {
        const string config = """
            {
              "legacy": [
                { "namespace": "Core.Legacy" },
                {|SSOT0002:{ "namespace": "Core.Lagacy" }|},
                { "type": "Core.MessageRouter" },
                {|SSOT0002:{ "type": "Core.MesageRouter" }|},
                {|SSOT0002:{ "member": "M:Core.MessageRouter.Route(System.String)" }|},
                { "path": "src/**/Legacy/**" },
                {|SSOT0002:{ "path": "src/**/Retired/**" }|}
              ]
            }
            """;
        var (plain, _) = Markup.Parse("ssot.json", config);
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = config,
            Sources = { ("src/Core.cs", Core), ("src/Legacy/Old.cs", "namespace Core.Legacy; public sealed class Old { }") },
            AdditionalTexts = { SolutionIndexes.Build(plain, Array.Empty<SolutionIndexes.Project>(), new[] { "/repo/src/Legacy/Old.cs", "/repo/src/Core.cs" }, "Core.Legacy", "Core.MessageRouter") },
        }.RunAsync(
            Expect.Warning("legacy namespace 'Core.Lagacy' matches nothing in the solution; fix the name or remove the entry"),
            Expect.Warning("legacy type 'Core.MesageRouter' matches nothing in the solution; fix the name or remove the entry"),
            Expect.Warning("legacy member 'M:Core.MessageRouter.Route(System.String)' matches nothing in the solution; fix the name or remove the entry"),
            Expect.Warning("legacy path 'src/**/Retired/**' matches nothing in the solution; fix the name or remove the entry"));
    }
}
