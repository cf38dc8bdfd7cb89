using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Loads from the cache (docs/monorepo.md#loads-from-the-cache): when only the content of source files changed, the
/// run builds the solution from the load the cache recorded, without restore or MSBuild; any change of what MSBuild
/// evaluates loads with MSBuild again and says why. Either way the report is exactly a cold run's (the JSON report
/// compared whole). App references Core; App compiles a file linked from outside its folder; Core uses a source
/// generator of the SDK (<c>[GeneratedRegex]</c>), which does not compile without it.
/// </summary>
public sealed class LoadFromCacheTests
{
    private const string Config = """
        { "concepts": [{ "name": "MessageRouter", "canonical": "Core.MessageRouter", "match": ["*MessageRouter"] }] }
        """;

    [Fact]
    public async Task A_source_edit_loads_from_the_cache_with_the_source_generators_and_the_linked_file()
    {
        using var solution = await FilledAsync();

        var (comment, commentProgress) = await CacheRuns.EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "Core", "Patterns.cs"), "// reviewed\n"));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 2, Analyzed: 2, Reused: 0, ProjectsFromCache: 2, ContributionsComputed: 2, ContributionsReused: 0), comment.CacheReuse);
        Assert.DoesNotContain(commentProgress, l => l.StartsWith("Loading ", StringComparison.Ordinal) || l.StartsWith("Restoring ", StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                $"Cache miss: {solution.Root}/Core/Patterns.cs changed",
                "Cache loaded 2 project(s) from the cache (no MSBuild)",
                "Cache analyzing App: project Core/Core.csproj (which it references) changed",
                "Cache analyzing Core: its source files changed",
                "Cache reuse: 0 of 2 variant(s) reused, 2 analyzed",
                $"Cache written: {CacheRuns.CacheFile(solution)}",
            },
            CacheRuns.CacheLines(commentProgress));
        // The generator ran: the partial method has its body, so Core compiles without errors.
        Assert.Equal(new[] { "App 0", "Core 0" }, comment.Analysis.AnalyzedProjects.Select(p => $"{p.Name} {p.CompilerErrors}"));

        var (linked, linkedProgress) = await CacheRuns.EditedAsync(solution, () => solution.Write("Shared/Linked.cs", "namespace App;\npublic class SecondMessageRouter { }\n"));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 2, Analyzed: 2, Reused: 0, ProjectsFromCache: 2, ContributionsComputed: 1, ContributionsReused: 1), linked.CacheReuse);
        Assert.Equal(
            new[]
            {
                $"Cache miss: {solution.Root}/Shared/Linked.cs changed",
                "Cache loaded 2 project(s) from the cache (no MSBuild)",
                "Cache defers compiling Core: what it compiles is unchanged",
                "Cache analyzing App: its source files changed",
                "Cache analyzing Core: the solution index changed",
                "Cache reuse: 0 of 2 variant(s) reused, 2 analyzed",
                $"Cache written: {CacheRuns.CacheFile(solution)}",
            },
            CacheRuns.CacheLines(linkedProgress));
        Assert.Equal(new[] { "Shared/Linked.cs:2:14 SSOT1001 [App]" }, linked.Analysis.Findings.Select(CacheRuns.Describe));
    }

    [Fact]
    public async Task A_change_of_what_MSBuild_evaluates_loads_with_MSBuild_again_and_says_why()
    {
        using var solution = await FilledAsync();
        string root = solution.Root;

        // compiled: the variants whose compilation inputs changed, or whose analysis or contribution is not cached (a new
        // or removed class changes the index, so both projects are analyzed; Deterministic changes nothing they compile).
        async Task FallsBack(Action edit, string reason, int compiled, CheckOptions? options = null)
        {
            var (warm, progress) = await CacheRuns.EditedAsync(solution, edit, options);
            var counts = warm.CacheReuse!;
            Assert.Equal(new CacheReuse(Loaded: 1, Compiled: compiled, Analyzed: counts.Analyzed, Reused: counts.Reused, ContributionsComputed: counts.ContributionsComputed, ContributionsReused: 2 - counts.ContributionsComputed), counts);
            Assert.Contains(progress, l => l.StartsWith("Loading ", StringComparison.Ordinal));
            Assert.Equal(reason, CacheRuns.CacheLines(progress)[options is null ? 1 : 0]);
        }

        await FallsBack(() => solution.Project("App", extra: Link + "<PropertyGroup><NoWarn>CS0168</NoWarn></PropertyGroup>"), $"Cache loading with MSBuild: {root}/App/App.csproj changed", compiled: 1);
        await FallsBack(() => solution.Write("App/Added.cs", "namespace App;\npublic class Added { }\n"), $"Cache loading with MSBuild: the C# files in {root}/App changed", compiled: 2);
        await FallsBack(() => File.Delete(Path.Combine(root, "App", "Added.cs")), $"Cache loading with MSBuild: the C# files in {root}/App changed", compiled: 2);
        await FallsBack(() => solution.Write("Directory.Build.props", "<Project><PropertyGroup><Deterministic>true</Deterministic></PropertyGroup></Project>"), $"Cache loading with MSBuild: {root}/Directory.Build.props changed", compiled: 0);
        await FallsBack(() => solution.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SSOT1001.severity = none\n"), $"Cache loading with MSBuild: {root}/.editorconfig changed", compiled: 2);
        await FallsBack(
            () => { },
            $"Cache {CacheRuns.CacheFile(solution)} ignored: the options that change the analysis (-p, --no-restore, --all-target-frameworks) differ; it is rebuilt",
            compiled: 2,
            new CheckOptions { Properties = new Dictionary<string, string> { ["SsotProbe"] = "1" } });

        // The SDK's files under obj/ (AssemblyInfo, GlobalUsings, the generated .editorconfig) are part of the load:
        // without them (a fresh clone whose restore hit the whole cache) MSBuild loads again.
        var (_, _) = await CacheRuns.WithCacheAsync(solution);
        Directory.Delete(Path.Combine(root, "App", "obj"), recursive: true);
        var (hit, hitProgress) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal("Cache hit: ", CacheRuns.CacheLines(hitProgress)[^1][..11]);
        await FallsBack(() => File.AppendAllText(Path.Combine(root, "App", "Router.cs"), "// reviewed\n"), $"Cache loading with MSBuild: {root}/App/obj/Debug/net10.0/.NETCoreApp,Version=v10.0.AssemblyAttributes.cs changed", compiled: 1);

        // After a load with MSBuild, the next source edit loads from the cache again.
        var (again, _) = await CacheRuns.EditedAsync(solution, () => File.AppendAllText(Path.Combine(root, "App", "Router.cs"), "// again\n"));
        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 1, ProjectsFromCache: 2, ContributionsComputed: 1, ContributionsReused: 1), again.CacheReuse);
    }

    [Fact]
    public async Task A_multi_targeted_project_loads_both_target_frameworks_from_the_cache()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0", """
            <ItemGroup Condition="'$(TargetFramework)' != 'net8.0'"><Compile Remove="Legacy/**" /></ItemGroup>
            <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'"><Compile Remove="Modern/**" /></ItemGroup>
            """);
        solution.Write("App/Legacy/OldRouter.cs", "namespace App;\npublic class OldMessageRouter { }\n");
        solution.Write("App/Modern/NewRouter.cs", "namespace App;\npublic class NewMessageRouter { }\n");
        solution.Write("ssot.json", Config);
        var (first, _) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 2, Analyzed: 2, Reused: 0, ContributionsComputed: 2, ContributionsReused: 0), first.CacheReuse);

        var (edited, progress) = await CacheRuns.EditedAsync(solution, () => File.AppendAllText(Path.Combine(solution.Root, "App", "Modern", "NewRouter.cs"), "// reviewed\n"));

        Assert.Equal(new CacheReuse(Loaded: 0, Compiled: 1, Analyzed: 1, Reused: 1, ProjectsFromCache: 2, ContributionsComputed: 1, ContributionsReused: 1), edited.CacheReuse);
        Assert.Equal(new[] { "Index contribution of App (net10.0) computed: its source files changed", "Index contributions: 1 computed, 1 reused" }, CacheRuns.IndexLines(progress));
        Assert.Equal(
            new[]
            {
                $"Cache miss: {solution.Root}/App/Modern/NewRouter.cs changed",
                "Cache loaded 2 project(s) from the cache (no MSBuild)",
                "Cache defers compiling App (net8.0): what it compiles is unchanged",
                "Cache analyzing App (net10.0): its source files changed",
                "Cache reused App (net8.0): its inputs and the solution index are unchanged",
                "Cache reuse: 1 of 2 variant(s) reused, 1 analyzed",
                $"Cache written: {CacheRuns.CacheFile(solution)}",
            },
            CacheRuns.CacheLines(progress));
        Assert.Equal(
            new[] { "App/Legacy/OldRouter.cs:2:14 SSOT1001 [App]", "App/Modern/NewRouter.cs:2:14 SSOT1001 [App]", "ssot.json:1:56 SSOT0002 [App]" }, // no Core here
            edited.Analysis.Findings.Select(CacheRuns.Describe));
    }

    private const string Link = "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /><Compile Include=\"../Shared/Linked.cs\" Link=\"Linked.cs\" /></ItemGroup>";

    /// <summary>The two projects with a root .editorconfig, and the cache filled by a first run.</summary>
    private static async Task<TempSolution> FilledAsync()
    {
        var solution = new TempSolution();
        solution.Write(".editorconfig", "root = true\n");
        solution.Project("Core");
        solution.Write("Core/MessageRouter.cs", "namespace Core;\npublic class MessageRouter { }\n");
        solution.Write(
            "Core/Patterns.cs",
            "using System.Text.RegularExpressions;\nnamespace Core;\npublic static partial class Patterns\n{\n    [GeneratedRegex(\"^[a-z]+$\")]\n    public static partial Regex Word();\n}\n");
        solution.Project("App", extra: Link);
        solution.Write("App/Router.cs", "namespace App;\npublic class Router { public bool Ok(string s) => Core.Patterns.Word().IsMatch(s); }\n");
        solution.Write("Shared/Linked.cs", "namespace App;\npublic class Linked { }\n");
        solution.Write("ssot.json", Config);
        var (first, _) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal(new CacheReuse(Loaded: 1, Compiled: 2, Analyzed: 2, Reused: 0, ContributionsComputed: 2, ContributionsReused: 0), first.CacheReuse);
        Assert.Equal(new[] { "App 0", "Core 0" }, first.Analysis.AnalyzedProjects.Select(p => $"{p.Name} {p.CompilerErrors}"));
        return solution;
    }
}
