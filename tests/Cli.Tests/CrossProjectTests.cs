using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Duplicates between projects that do not reference each other: no single compilation (no build, no IDE) can see
/// them; ssot-check must, once per file even for a multi-targeted project, with the other places related.
/// </summary>
public sealed class CrossProjectTests
{
    [Fact]
    public async Task Same_name_families_and_repeated_test_doubles_across_projects_are_found_once()
    {
        using var solution = new TempSolution();
        solution.Project("src/Infra", "net10.0;net8.0");
        solution.Write("src/Infra/RetryPolicy.cs", "namespace Infra;\npublic sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }\n");
        solution.Project("src/Backend");
        solution.Write("src/Backend/RetryPolicy.cs", "namespace Backend;\npublic sealed class RetryPolicy { public int MaxAttempts { get; init; } = 5; }\n");
        solution.Write("src/Backend/IClock.cs", "namespace Backend;\npublic interface IClock { System.DateTimeOffset Now { get; } }\n");
        string backendReference = """<ItemGroup><ProjectReference Include="../../src/Backend/Backend.csproj" /></ItemGroup>""";
        solution.Project("tests/A.Tests", extra: backendReference);
        solution.Write("tests/A.Tests/FakeClock.cs", "namespace A.Tests;\npublic sealed class FakeClock : Backend.IClock { public System.DateTimeOffset Now => default; }\n");
        solution.Project("tests/B.Tests", extra: backendReference);
        solution.Write("tests/B.Tests/Alarms.cs", "namespace B.Tests;\npublic class AlarmTests\n{\n    private sealed class StubClock : Backend.IClock { public System.DateTimeOffset Now => default; }\n}\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="src/Infra/Infra.csproj" />
              <Project Path="src/Backend/Backend.csproj" />
              <Project Path="tests/A.Tests/A.Tests.csproj" />
              <Project Path="tests/B.Tests/B.Tests.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", """{ "tests": ["tests/**"] }""");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        Assert.Equal(
            new[]
            {
                "src/Backend/RetryPolicy.cs:2:21 SSOT1003 [Backend] -> src/Infra/RetryPolicy.cs:2",
                "src/Infra/RetryPolicy.cs:2:21 SSOT1003 [Infra] -> src/Backend/RetryPolicy.cs:2",
                "tests/B.Tests/Alarms.cs:4:26 SSOT1004 [B.Tests] -> tests/A.Tests/FakeClock.cs:2",
            },
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id} [{f.Project}] -> {string.Join(", ", f.Related.Select(r => $"{r.File}:{r.Line}"))}"));
        Assert.Equal(
            "'StubClock' (tests/B.Tests/Alarms.cs) is a second hand-written test double of 'IClock'; use the existing 'FakeClock' (tests/A.Tests/FakeClock.cs)",
            report.Analysis.Findings.Single(f => f.Id == RuleIdentifiers.DuplicateTestDouble).Message);
        Assert.Equal(report.Score.Overall.Scored - 1, report.Score.Overall.Compliant); // SSOT1003 is info
    }

    [Fact]
    public async Task A_misspelt_canonical_is_reported_once_at_its_place_in_ssot_json()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App;\npublic sealed class MessageRouter { }\n");
        solution.Write("ssot.json", """
            {
              "concepts": [{ "name": "Router", "canonical": "App.MesageRouter", "match": ["*MessageRouter", "*Roter"] }]
            }
            """);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(
            new[]
            {
                "ssot.json:2:49 SSOT0002 canonical type 'App.MesageRouter' of concept 'Router' matches nothing in the solution; fix the name or remove the entry",
                "ssot.json:2:97 SSOT0002 match glob '*Roter' of concept 'Router' matches nothing in the solution; fix the name or remove the entry",
                "App/Router.cs:2:21 SSOT1001 'MessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MesageRouter' (not found in this project or its references)",
            }.Order(StringComparer.Ordinal),
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id} {f.Message}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_ssot_json_the_configuration_free_rules_still_run()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Widgets.cs", "namespace App.One { public sealed class Widget { } }\nnamespace App.Two { public sealed class Widget { } }\n");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, Restore = false }, solution.Root, null, CancellationToken.None);

        Assert.Null(report.Analysis.ConfigFile);
        Assert.Equal(new[] { "App/Widgets.cs:1:41 SSOT1003", "App/Widgets.cs:2:41 SSOT1003" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}"));
    }
}
