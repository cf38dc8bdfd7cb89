using Netra.Ssot.Engine.Configuration;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.Rules.Configuration;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Configuration;

/// <summary>
/// SSOT0002 on <c>configuration.variables</c>: a declared variable that no production read of the solution reads,
/// judged only from the reads the solution index carries (ssot-check); a build stays silent.
/// </summary>
public sealed class UnreadVariablesTests
{
    private const string Config = """
        {
          "configuration": {
            "variables": [
              "SERVICE_SECRET",
              {|SSOT0002:"FEATURE_FLAGS_URL"|},
              { "name": "Jwt__Issuer", "required": false },
              "Cache:Redis:Url",
              {|SSOT0002:{ "name": "Legacy:Mode", "secret": true }|}
            ]
          }
        }
        """;

    private const string Source = "namespace Core; public static class Nothing { }";

    [Fact]
    public async Task A_declared_variable_no_read_reads_is_reported_at_its_entry()
    {
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = Config,
            Sources = { ("src/Core.cs", Source) },
            AdditionalTexts = { Index(new ReadKey("SERVICE_SECRET", false), new ReadKey("jwt:issuer", false), new ReadKey("Cache", true), new ReadKey("Legacy", false)) },
        }.RunAsync(
            Expect.Warning("configuration variable 'FEATURE_FLAGS_URL' matches nothing the solution reads; fix the name or remove the entry"),
            Expect.Warning("configuration variable 'Legacy:Mode' matches nothing the solution reads; fix the name or remove the entry"));
    }

    [Fact]
    public async Task Configuration_missionCritical_raises_it_to_error()
    {
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["SERVICE_SECRET", {|SSOT0002:"AUTH_SERVICE_URL"|}], "missionCritical": true } }""",
            Sources = { ("src/Core.cs", Source) },
            AdditionalTexts = { Index(new ReadKey("service_secret", false)) },
        }.RunAsync(
            Expect.Error("configuration variable 'AUTH_SERVICE_URL' matches nothing the solution reads; fix the name or remove the entry"));
    }

    [Fact]
    public async Task A_build_without_the_reads_of_the_solution_stays_silent()
    {
        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["SERVICE_SECRET", "AUTH_SERVICE_URL"] } }""",
            Sources = { ("src/Core.cs", Source) },
        }.RunAsync();

        await new AnalyzerTest(new StaleConfigEntryAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["SERVICE_SECRET", "AUTH_SERVICE_URL"] } }""",
            Sources = { ("src/Core.cs", Source) },
            AdditionalTexts = { new SolutionIndexText(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex([], [])) },
        }.RunAsync();
    }

    private static SolutionIndexText Index(params ReadKey[] reads)
        => new(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex([], [], null, reads));
}
