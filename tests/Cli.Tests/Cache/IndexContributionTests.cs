using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Cached index contributions (docs/monorepo.md#cached-index-contributions): after an edit, only the variants whose
/// own inputs or referenced projects changed compute their part of the whole-solution index; the others take it from
/// the cache, and the report is exactly a cold run's (the JSON report compared whole). Four projects: Top references
/// Mid, which references Base; Other references nothing and nothing references it (a leaf).
/// </summary>
public sealed class IndexContributionTests
{
    private const string Config = """
        {
          "concepts": [{ "name": "MessageRouter", "canonical": "Base.MessageRouter", "match": ["*MessageRouter"] }],
          "configuration": { "variables": ["FEATURE_URL"] }
        }
        """;

    [Fact]
    public async Task A_comment_in_a_leaf_computes_one_contribution_and_analyzes_one_variant()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Other", "Reader.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Other computed: its source files changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(progress));
        Assert.Equal(new[] { "Cache analyzing Other: its source files changed" }, CacheRuns.CacheLines(progress).Where(l => l.StartsWith("Cache analyzing ", StringComparison.Ordinal)));
        Assert.Equal(new[] { "Top/Router.cs:2:14 SSOT1001 [Top]" }, report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_comment_in_a_project_others_do_not_read_keeps_the_cached_reads_of_the_leaf()
    {
        using var solution = await FilledAsync();

        // Other's read of FEATURE_URL comes from its cached contribution: the declared variable is still read.
        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Top", "Router.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Top computed: its source files changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(progress));
        Assert.Equal(new[] { "Top/Router.cs:2:14 SSOT1001 [Top]" }, report.Analysis.Findings.Select(CacheRuns.Describe));

        // Without the read, the whole-solution reads change: every project is analyzed, and the variable is read nowhere.
        var (unread, unreadProgress) = await EditedAsync(solution, () => solution.Write("Other/Reader.cs", "namespace Other;\npublic static class Reader { public static string Url() => \"none\"; }\n"));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), unread.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Other computed: its source files changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(unreadProgress));
        Assert.Equal(UnreadFindings, unread.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_declaration_in_a_leaf_that_copies_a_type_of_another_project_is_found_on_both_sides()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(
            solution,
            () => File.AppendAllText(Path.Combine(solution.Root, "Other", "Reader.cs"), "public sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 1, ContributionsReused: 3), report.CacheReuse);
        Assert.Equal(new[] { "Index contribution of Other computed: its source files changed", "Index contributions: 1 computed, 3 reused" }, CacheRuns.IndexLines(progress));
        Assert.Equal(
            new[]
            {
                "Base/RetryPolicy.cs:2:21 SSOT1003 [Base]", // in a project whose contribution came from the cache
                "Other/Reader.cs:3:21 SSOT1003 [Other]",
                "Top/Router.cs:2:14 SSOT1001 [Top]",
            },
            report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task An_edit_in_a_referenced_project_recomputes_it_and_every_project_that_references_it()
    {
        using var solution = await FilledAsync();

        // A constant answer is no member code (the index does not change): Base and its dependents, direct and transitive.
        var (report, progress) = await EditedAsync(solution, () => solution.Write("Base/Clock.cs", "namespace Base;\npublic static class Clock { public static int Ticks() => 2; }\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 3, Analyzed: 3, Reused: 1, ProjectsFromCache: 4, ContributionsComputed: 3, ContributionsReused: 1), report.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Index contribution of Base computed: its source files changed",
                "Index contribution of Mid computed: project Base/Base.csproj (which it references) changed",
                "Index contribution of Top computed: project Base/Base.csproj (which it references) changed",
                "Index contributions: 3 computed, 1 reused",
            },
            CacheRuns.IndexLines(progress));
        Assert.Equal(new[] { "Top/Router.cs:2:14 SSOT1001 [Top]" }, report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_base_class_edit_in_a_referenced_project_changes_the_base_chain_of_a_dependent()
    {
        using var solution = await FilledAsync();
        Assert.Equal(new[] { "Base.AuditedEntity", "Base.EntityBase" }, BaseChain(solution, "Top/Top.csproj", "Top.Order"));

        var (report, progress) = await EditedAsync(solution, () => solution.Write("Base/Entities.cs", "namespace Base;\npublic class EntityBase { }\npublic class AuditedEntity { }\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 3, ContributionsReused: 1), report.CacheReuse);
        Assert.Equal("Index contribution of Top computed: project Base/Base.csproj (which it references) changed", CacheRuns.IndexLines(progress)[2]);
        Assert.Equal(new[] { "Base.AuditedEntity" }, BaseChain(solution, "Top/Top.csproj", "Top.Order"));
    }

    [Fact]
    public async Task An_ssot_json_change_recomputes_every_contribution()
    {
        using var solution = await FilledAsync();

        var (report, progress) = await EditedAsync(solution, () => solution.Write("ssot.json", Config.Replace("\"*MessageRouter\"", "\"*MessageRouter\", \"*Policy\"", StringComparison.Ordinal)));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 4, Analyzed: 4, Reused: 0, ProjectsFromCache: 4, ContributionsComputed: 4, ContributionsReused: 0), report.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Index contribution of Base computed: ssot.json changed",
                "Index contribution of Mid computed: ssot.json changed",
                "Index contribution of Other computed: ssot.json changed",
                "Index contribution of Top computed: ssot.json changed",
                "Index contributions: 4 computed, 0 reused",
            },
            CacheRuns.IndexLines(progress));
        Assert.Equal(new[] { "Base/RetryPolicy.cs:2:21 SSOT1001 [Base]", "Top/Router.cs:2:14 SSOT1001 [Top]" }, report.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_cached_contribution_that_cannot_be_read_is_computed_again()
    {
        using var solution = await FilledAsync();
        string file = CacheRuns.CacheFile(solution);
        var entry = JsonNode.Parse(File.ReadAllText(file))!;
        var other = entry["Variants"]!.AsArray().Single(v => (string?)v!["ProjectPath"] == "Other/Other.csproj")!;
        other["Contribution"]!["Types"] = null;
        File.WriteAllText(file, entry.ToJsonString());

        var (report, progress) = await EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Top", "Router.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 2, Analyzed: 1, Reused: 3, ProjectsFromCache: 4, ContributionsComputed: 2, ContributionsReused: 2), report.CacheReuse);
        Assert.Equal(
            new[]
            {
                "Index contribution of Other computed: its cached contribution is missing or cannot be read",
                "Index contribution of Top computed: its source files changed",
                "Index contributions: 2 computed, 2 reused",
            },
            CacheRuns.IndexLines(progress));
    }

    [Fact]
    public void The_cached_type_keeps_every_fact_of_a_declared_type()
    {
        var kept = typeof(CachedType).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        // The location is kept as its path, span and line span (Path, Start, Length, StartLine ... EndCharacter).
        Assert.Subset(kept, IndexDigest.DeclaredTypeFacts.Where(f => f != "Location").ToHashSet(StringComparer.Ordinal));
        Assert.Subset(kept, new HashSet<string> { "Path", "Start", "Length", "StartLine", "StartCharacter", "EndLine", "EndCharacter" });
    }

    private static readonly string[] UnreadFindings = ["Top/Router.cs:2:14 SSOT1001 [Top]", "ssot.json:3:36 SSOT0002 [Base]"];

    /// <summary>The four projects, with the cache filled by a first run.</summary>
    private static async Task<TempSolution> FilledAsync()
    {
        var solution = new TempSolution();
        solution.Project("Base");
        solution.Write("Base/MessageRouter.cs", "namespace Base;\npublic class MessageRouter { }\n");
        solution.Write("Base/Clock.cs", "namespace Base;\npublic static class Clock { public static int Ticks() => 1; }\n");
        solution.Write("Base/Entities.cs", "namespace Base;\npublic class EntityBase { }\npublic class AuditedEntity : EntityBase { }\n");
        solution.Write("Base/RetryPolicy.cs", "namespace Base;\npublic sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }\n");
        solution.Project("Mid", extra: "<ItemGroup><ProjectReference Include=\"../Base/Base.csproj\" /></ItemGroup>");
        solution.Write("Mid/Service.cs", "namespace Mid;\npublic class Service { public int Now() => Base.Clock.Ticks(); }\n");
        solution.Project("Top", extra: "<ItemGroup><ProjectReference Include=\"../Mid/Mid.csproj\" /></ItemGroup>");
        solution.Write("Top/Router.cs", "namespace Top;\npublic class OrderMessageRouter { public int Now() => new Mid.Service().Now(); }\n");
        solution.Write("Top/Order.cs", "namespace Top;\npublic class Order : Base.AuditedEntity { }\n");
        solution.Project("Other");
        solution.Write("Other/Reader.cs", "namespace Other;\npublic static class Reader { public static string? Url() => System.Environment.GetEnvironmentVariable(\"FEATURE_URL\"); }\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="Base/Base.csproj" />
              <Project Path="Mid/Mid.csproj" />
              <Project Path="Other/Other.csproj" />
              <Project Path="Top/Top.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", Config);
        var (first, progress) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 4, Analyzed: 4, Reused: 0, ContributionsComputed: 4, ContributionsReused: 0), first.CacheReuse);
        Assert.Equal("Index contributions: 4 computed, 0 reused", CacheRuns.IndexLines(progress)[^1]);
        Assert.Equal(new[] { "Top/Router.cs:2:14 SSOT1001 [Top]" }, first.Analysis.Findings.Select(CacheRuns.Describe));
        return solution;
    }

    /// <summary>Edits and runs with the cache (<see cref="CacheRuns.EditedAsync"/>); the cache missed and loaded the projects without MSBuild.</summary>
    private static async Task<(CheckReport Report, List<string> Progress)> EditedAsync(TempSolution solution, Action edit)
    {
        var (warm, progress) = await CacheRuns.EditedAsync(solution, edit);
        Assert.StartsWith("Cache miss: ", CacheRuns.CacheLines(progress)[0], StringComparison.Ordinal);
        Assert.Equal("Cache loaded 4 project(s) from the cache (no MSBuild)", CacheRuns.CacheLines(progress)[1]);
        return (warm, progress);
    }

    /// <summary>The base chain the cache file keeps for a declared type of a project's contribution.</summary>
    private static List<string> BaseChain(TempSolution solution, string projectPath, string metadataName)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(CacheRuns.CacheFile(solution)));
        var variant = entry.RootElement.GetProperty("Variants").EnumerateArray().Single(v => v.GetProperty("ProjectPath").GetString() == projectPath);
        var type = variant.GetProperty("Contribution").GetProperty("Types").EnumerateArray().Single(t => t.GetProperty("MetadataName").GetString() == metadataName);
        return type.GetProperty("BaseChain").EnumerateArray().Select(b => b.GetString()!).ToList();
    }
}
