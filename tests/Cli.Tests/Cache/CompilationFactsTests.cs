using System.Text.Json.Nodes;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Cached compilation facts (docs/monorepo.md#variants-that-are-not-compiled): after an edit, a variant whose
/// compilation inputs are unchanged is not compiled unless its index contribution or its analysis must be computed;
/// what the run needs from its compilation (its files that do not parse, whether it is a test project) comes from the
/// cache, and the report is exactly a cold run's (the JSON report compared whole). Four projects: App and Core.Tests
/// reference Core, which has a file that does not parse; Core.Tests is a test project; Tool references nothing.
/// </summary>
public sealed class CompilationFactsTests
{
    private const string Config = """
        { "concepts": [{ "name": "MessageRouter", "canonical": "Core.MessageRouter", "match": ["*MessageRouter"] }] }
        """;

    [Fact]
    public async Task A_comment_in_a_leaf_compiles_only_the_leaf_and_takes_the_others_files_from_the_cache()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Tool", "Tool.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Cache defers compiling App: what it compiles is unchanged",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache defers compiling Core.Tests: what it compiles is unchanged",
                "Compiling Tool",
            },
            progress.Where(l => l.StartsWith("Cache defers ", StringComparison.Ordinal) || l.StartsWith("Compiling ", StringComparison.Ordinal)));
        Assert.Equal(
            "(2,22): CS1513 } expected; the file does not parse",
            report.Analysis.Files.Single(f => f.Path == "Core/Broken.cs").ParseError);
        Assert.Equal(
            new[] { "App/Program.cs False", "Core.Tests/RouterTests.cs True", "Core/Broken.cs False", "Core/Router.cs False", "Tool/Tool.cs False" },
            report.Analysis.Files.Select(f => $"{f.Path} {f.IsTest}"));
        Assert.Equal(new[] { "App/Program.cs:2:14 SSOT1001 [App]" }, report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_change_to_a_referenced_project_compiles_it_and_every_project_that_references_it()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Core", "Router.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 3, Analyzed: 3, Reused: 1, ProjectsFromCache: 4, ContributionsComputed: 3, ContributionsReused: 1), report.CacheReuse);
        Assert.Equal(new[] { "Cache defers compiling Tool: what it compiles is unchanged" }, progress.Where(l => l.StartsWith("Cache defers ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cached_facts_that_cannot_be_read_compile_the_variant()
    {
        using var solution = await FilledAsync();
        string file = Assert.Single(Directory.GetFiles(CacheRuns.CacheFolder(solution)));
        var entry = JsonNode.Parse(File.ReadAllText(file))!;
        var core = entry["Variants"]!.AsArray().Single(v => (string?)v!["ProjectPath"] == "Core/Core.csproj")!;
        core["Compilation"]!["Trees"] = null;
        File.WriteAllText(file, entry.ToJsonString());

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Tool", "Tool.cs"), "// reviewed\n"));

        // Core is compiled for its facts; its contribution and analysis still come from the cache.
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 2, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(new[] { "Compiling Core", "Compiling Tool" }, progress.Where(l => l.StartsWith("Compiling ", StringComparison.Ordinal)));
    }

    /// <summary>The four projects, with the cache filled by a first run.</summary>
    private static async Task<TempSolution> FilledAsync()
    {
        var solution = new TempSolution();
        solution.Project("Core");
        solution.Write("Core/Router.cs", "namespace Core;\npublic class MessageRouter { }\n");
        solution.Write("Core/Broken.cs", "namespace Core;\npublic class Broken {\n");
        solution.Project("App", extra: "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>");
        solution.Write("App/Program.cs", "namespace App;\npublic class OrderMessageRouter { public object Core() => new Core.MessageRouter(); }\n");
        solution.Project("Core.Tests", extra: "<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>");
        solution.Write("Core.Tests/RouterTests.cs", "namespace Core.Tests;\npublic class RouterTests { public object Make() => new Core.MessageRouter(); }\n");
        solution.Project("Tool");
        solution.Write("Tool/Tool.cs", "namespace Tool;\npublic static class Tool { public static int Run() => 0; }\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="App/App.csproj" />
              <Project Path="Core/Core.csproj" />
              <Project Path="Core.Tests/Core.Tests.csproj" />
              <Project Path="Tool/Tool.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", Config);
        var (first, _) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 4, Analyzed: 4, Reused: 0, ContributionsComputed: 4, ContributionsReused: 0), first.CacheReuse);
        return solution;
    }

    /// <summary>Edits and runs with the cache (<see cref="CacheRuns.EditedAsync"/>); the projects were loaded without MSBuild.</summary>
    private static async Task<(CheckReport Report, List<string> Progress)> EditedAsync(TempSolution solution, Action edit)
    {
        var (warm, progress) = await CacheRuns.EditedAsync(solution, edit);
        Assert.Equal("Cache loaded 4 project(s) from the cache (no MSBuild)", CacheRuns.CacheLines(progress)[1]);
        return (warm, progress);
    }
}
