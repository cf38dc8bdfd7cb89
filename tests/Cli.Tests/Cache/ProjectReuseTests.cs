using System.Reflection;
using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Project-level reuse (docs/monorepo.md#incremental-runs): after an edit, only the variants whose inputs changed are
/// analyzed, the others take their cached analysis, and the report is exactly a cold run's. Four projects: App
/// references Core; Infra and Tools reference nothing and nothing references them (leaves).
/// </summary>
public sealed class ProjectReuseTests
{
    private const string Config = """
        { "concepts": [{ "name": "MessageRouter", "canonical": "Core.MessageRouter", "match": ["*MessageRouter"] }] }
        """;

    [Fact]
    public async Task A_comment_in_a_leaf_project_reanalyzes_only_that_project()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Tools", "Tool.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Tools computed: its source files changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(progress));
        Assert.DoesNotContain(progress, l => l.StartsWith("Loading ", StringComparison.Ordinal) || l.StartsWith("Restoring ", StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                $"Cache miss: {solution.Root}/Tools/Tool.cs changed",
                "Cache loaded 4 project(s) from the cache (no MSBuild)", // no restore, no MSBuild load
                "Cache defers compiling App: what it compiles is unchanged",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache defers compiling Infra: what it compiles is unchanged",
                "Cache reused App: its inputs and the solution index are unchanged",
                "Cache reused Core: its inputs and the solution index are unchanged",
                "Cache reused Infra: its inputs and the solution index are unchanged",
                "Cache analyzing Tools: its source files changed",
                "Cache reuse: 3 of 4 variant(s) reused, 1 analyzed",
                $"Cache written: {CacheRuns.CacheFile(solution)}",
            },
            CacheRuns.CacheLines(progress));
        Assert.Equal(new[] { "App/Router.cs:2:14 SSOT1001 [App]" }, report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_declaration_that_makes_a_cross_project_family_reanalyzes_every_project_and_reports_both_members()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(
            solution,
            () => File.AppendAllText(Path.Combine(solution.Root, "Tools", "Tool.cs"), "public sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Cache defers compiling App: what it compiles is unchanged",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache defers compiling Infra: what it compiles is unchanged",
                "Cache analyzing App: the solution index changed",
                "Cache analyzing Core: the solution index changed",
                "Cache analyzing Infra: the solution index changed",
                "Cache analyzing Tools: its source files changed",
                "Cache reuse: 0 of 4 variant(s) reused, 4 analyzed",
            },
            CacheRuns.CacheLines(progress)[2..^1]);
        Assert.Equal(
            new[]
            {
                "App/Router.cs:2:14 SSOT1001 [App]",
                "Infra/RetryPolicy.cs:2:21 SSOT1003 [Infra]", // in the unchanged project: its cached analysis was not reused
                "Tools/Tool.cs:3:21 SSOT1003 [Tools]",
            },
            report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_change_in_a_referenced_project_reanalyzes_its_dependents_a_project_file_or_ssot_json_change_every_project()
    {
        using var solution = await FilledAsync();

        // A constant answer is no member code (the index does not change): Core and App, which references it, are analyzed.
        var (body, bodyProgress) = await EditedAsync(solution, () => solution.Write("Core/Clock.cs", "namespace Core;\npublic static class Clock { public static int Ticks() => 2; }\n"));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 2, Analyzed: 2, Reused: 2, ProjectsFromCache: 4, ContributionsComputed: 2, ContributionsReused: 2), body.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Index contribution of App computed: project Core/Core.csproj (which it references) changed",
                "Index contribution of Core computed: its source files changed",
                "Index contributions: 2 computed, 2 reused",
            },
            CacheRuns.IndexLines(bodyProgress));
        Assert.Equal(
            new[]
            {
                "Cache defers compiling Infra: what it compiles is unchanged",
                "Cache defers compiling Tools: what it compiles is unchanged",
                "Cache analyzing App: project Core/Core.csproj (which it references) changed",
                "Cache analyzing Core: its source files changed",
                "Cache reused Infra: its inputs and the solution index are unchanged",
                "Cache reused Tools: its inputs and the solution index are unchanged",
                "Cache reuse: 2 of 4 variant(s) reused, 2 analyzed",
            },
            CacheRuns.CacheLines(bodyProgress)[2..^1]);

        // A project file change is loaded by MSBuild again; the new reference is in the index, so every project is analyzed.
        var (project, projectProgress) = await EditedAsync(solution, () => solution.Project("Tools", extra: "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>"));
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 4, Analyzed: 4, Reused: 0, ContributionsComputed: 1, ContributionsReused: 3), project.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Tools computed: its project settings changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(projectProgress));
        Assert.Contains(projectProgress, l => l.StartsWith("Loading ", StringComparison.Ordinal));
        Assert.Equal($"Cache loading with MSBuild: {solution.Root}/Tools/Tools.csproj changed", CacheRuns.CacheLines(projectProgress)[1]);
        Assert.Equal(
            new[]
            {
                "Cache defers compiling App: what it compiles is unchanged",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache defers compiling Infra: what it compiles is unchanged",
                "Cache analyzing App: the solution index changed",
                "Cache analyzing Core: the solution index changed",
                "Cache analyzing Infra: the solution index changed",
                "Cache analyzing Tools: its project settings changed",
                "Cache reuse: 0 of 4 variant(s) reused, 4 analyzed",
            },
            CacheRuns.CacheLines(projectProgress)[3..^1]);
        Assert.Equal(new[] { "App/Router.cs:2:14 SSOT1001 [App]" }, project.Analysis.Findings.Select(CacheRuns.Describe));

        // ssot.json is every project's input: all are analyzed, and the new glob's finding in Infra is there.
        var (config, configProgress) = await EditedAsync(solution, () => solution.Write("ssot.json", Config.Replace("\"*MessageRouter\"", "\"*MessageRouter\", \"*Policy\"", StringComparison.Ordinal)));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 4, ContributionsReused: 0), config.CacheReuse);
        Assert.Equal("Index contribution of App computed: ssot.json changed", CacheRuns.IndexLines(configProgress)[0]);
        Assert.Equal(
            new[]
            {
                "Cache defers compiling App: what it compiles is unchanged",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache defers compiling Infra: what it compiles is unchanged",
                "Cache defers compiling Tools: what it compiles is unchanged",
                "Cache analyzing App: ssot.json changed",
                "Cache analyzing Core: ssot.json changed",
                "Cache analyzing Infra: ssot.json changed",
                "Cache analyzing Tools: ssot.json changed",
                "Cache reuse: 0 of 4 variant(s) reused, 4 analyzed",
            },
            CacheRuns.CacheLines(configProgress)[2..^1]);
        Assert.Equal(
            new[] { "App/Router.cs:2:14 SSOT1001 [App]", "Infra/RetryPolicy.cs:2:21 SSOT1001 [Infra]" },
            config.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public void The_index_digest_covers_every_fact_of_a_declared_type()
    {
        var facts = typeof(Netra.Ssot.Engine.Solution.DeclaredType).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);

        Assert.Equal(
            facts.Order(StringComparer.Ordinal),
            IndexDigest.DeclaredTypeFacts.Concat(IndexDigest.DerivedFacts).Order(StringComparer.Ordinal));
    }

    /// <summary>The four projects, with the cache filled by a first run.</summary>
    private static async Task<TempSolution> FilledAsync()
    {
        var solution = new TempSolution();
        solution.Project("Core");
        solution.Write("Core/MessageRouter.cs", "namespace Core;\npublic class MessageRouter { }\n");
        solution.Write("Core/Clock.cs", "namespace Core;\npublic static class Clock { public static int Ticks() => 1; }\n");
        solution.Project("App", extra: "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>");
        solution.Write("App/Router.cs", "namespace App;\npublic class OrderMessageRouter { public int Now() => Core.Clock.Ticks(); }\n");
        solution.Project("Infra");
        solution.Write("Infra/RetryPolicy.cs", "namespace Infra;\npublic sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }\n");
        solution.Project("Tools");
        solution.Write("Tools/Tool.cs", "namespace Tools;\npublic class Tool { }\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="App/App.csproj" />
              <Project Path="Core/Core.csproj" />
              <Project Path="Infra/Infra.csproj" />
              <Project Path="Tools/Tools.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", Config);
        var (first, _) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 4, Analyzed: 4, Reused: 0, ContributionsComputed: 4, ContributionsReused: 0), first.CacheReuse);
        return solution;
    }

    /// <summary>Edits and runs with the cache (<see cref="CacheRuns.EditedAsync"/>); the cache missed.</summary>
    private static async Task<(CheckReport Report, List<string> Progress)> EditedAsync(TempSolution solution, Action edit)
    {
        var (warm, progress) = await CacheRuns.EditedAsync(solution, edit);
        Assert.StartsWith("Cache miss: ", CacheRuns.CacheLines(progress)[0], StringComparison.Ordinal);
        return (warm, progress);
    }
}
