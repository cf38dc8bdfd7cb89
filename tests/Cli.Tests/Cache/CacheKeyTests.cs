using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// --cache reuses the last analysis only while everything it depended on is unchanged: each input of the key, when it
/// changes, makes the next run load and analyze again (the progress names what changed), and the run after that hits.
/// A hit loads nothing: its only progress line is the hit.
/// </summary>
public sealed class CacheKeyTests
{
    private const string RouterConfig = """
        {
          "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }]
        }
        """;

    [Fact]
    public async Task An_unchanged_rerun_loads_nothing_and_gives_the_same_report()
    {
        using var solution = NewSolution();
        var (first, firstProgress) = await CacheRuns.WithCacheAsync(solution);
        string file = Assert.Single(Directory.GetFiles(CacheRuns.CacheFolder(solution)));

        Assert.Equal(
            new[]
            {
                $"Cache miss: no entry in {file}",
                $"Cache miss: no entry in {file}",
                "Cache analyzing App: it is not in the cache",
                "Cache reuse: 0 of 1 variant(s) reused, 1 analyzed",
                $"Cache written: {file}",
            },
            CacheRuns.CacheLines(firstProgress));
        Assert.Contains(firstProgress, l => l.StartsWith("Loading ", StringComparison.Ordinal));

        var (second, secondProgress) = await CacheRuns.WithCacheAsync(solution);
        AssertHit(secondProgress);
        Assert.Null(second.CacheUpdate);
        Assert.Equal(CacheRuns.Json(first), CacheRuns.Json(second));
        Assert.Equal(new[] { "App/Router.cs:3:14 SSOT1001" }, second.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}"));

        // A checkout rewrites the times of files it does not change: the content decides.
        File.SetLastWriteTimeUtc(Path.Combine(solution.Root, "App", "Router.cs"), DateTime.UtcNow.AddHours(-5));
        var (_, touchedProgress) = await CacheRuns.WithCacheAsync(solution);
        AssertHit(touchedProgress);
    }

    [Fact]
    public async Task Each_input_of_the_key_invalidates_the_cache()
    {
        using var solution = NewSolution();
        string root = solution.Root;
        await CacheRuns.WithCacheAsync(solution);
        string file = Assert.Single(Directory.GetFiles(CacheRuns.CacheFolder(solution)));

        // fromCache: only source contents changed, so the solution is built from the load the cache recorded.
        async Task Changed(Action edit, string note, CheckOptions? options = null, bool fromCache = false)
        {
            edit();
            var (_, progress) = await CacheRuns.WithCacheAsync(solution, options);
            Assert.Equal(note, CacheRuns.CacheLines(progress)[0]);
            Assert.Equal(!fromCache, progress.Any(l => l.StartsWith("Loading ", StringComparison.Ordinal)));
            if (fromCache)
            {
                Assert.Equal("Cache loaded 1 project(s) from the cache (no MSBuild)", CacheRuns.CacheLines(progress)[1]);
            }
            else if (note.StartsWith("Cache miss: ", StringComparison.Ordinal))
            {
                Assert.Equal("Cache loading with MSBuild: " + note["Cache miss: ".Length..], CacheRuns.CacheLines(progress)[1]);
            }

            Assert.Equal($"Cache written: {file}", CacheRuns.CacheLines(progress)[^1]);
            var (_, again) = await CacheRuns.WithCacheAsync(solution, options);
            AssertHit(again);
        }

        await Changed(
            () => solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\npublic class OtherMessageRouter { }\n"),
            $"Cache miss: {root}/App/Router.cs changed",
            fromCache: true);
        await Changed(
            () => solution.Write("App/Sub/New.cs", "namespace App;\npublic class NewMessageRouter { }\n"),
            $"Cache miss: the C# files in {root}/App changed");
        await Changed(
            () => solution.Project("App", extra: "<PropertyGroup><DefineConstants>$(DefineConstants);EXTRA</DefineConstants></PropertyGroup>"),
            $"Cache miss: {root}/App/App.csproj changed");
        await Changed(
            () => solution.Write("Directory.Build.props", "<Project><PropertyGroup><LangVersion>latest</LangVersion></PropertyGroup></Project>"),
            $"Cache miss: {root}/Directory.Build.props changed");
        await Changed(
            () => solution.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.SSOT1001.severity = error\n"),
            $"Cache miss: {root}/.editorconfig changed");
        await Changed(
            () => solution.Write("ssot.json", RouterConfig.Replace("\"*MessageRouter\"", "\"*MessageRouter\", \"*Dispatcher\"", StringComparison.Ordinal)),
            $"Cache miss: {root}/ssot.json changed",
            fromCache: true);
        await Changed(
            () => File.AppendAllText(Path.Combine(root, "App", "obj", "project.assets.json"), "\n"),
            $"Cache miss: {root}/App/obj/project.assets.json changed");
        await Changed(
            () => { },
            $"Cache {file} ignored: it was written by ssot-check {ToolIdentity.Current}, this is 9.9.9 (test); it is rebuilt",
            new CheckOptions { CacheToolIdentity = "9.9.9 (test)" });
        await Changed(
            () => { },
            $"Cache {file} ignored: the options that change the analysis (-p, --no-restore, --all-target-frameworks) differ; it is rebuilt",
            new CheckOptions { CacheToolIdentity = "9.9.9 (test)", Properties = new Dictionary<string, string> { ["SsotCacheProbe"] = "1" } });
    }

    [Fact]
    public async Task An_environment_variable_that_evaluation_reads_invalidates_the_cache_and_its_value_is_not_stored()
    {
        // A Directory.Build.props that compiles a legacy branch when a CI variable says so: no file changes when the
        // variable does. The name is this test's own, so that no other test's evaluation reads it.
        const string Variable = "SSOT_TEST_LEGACY_BRANCH_7C1";
        const string Value = "on-5c3f9e2a";
        using var solution = NewSolution();
        solution.Write(
            "Directory.Build.props",
            $"<Project><PropertyGroup Condition=\"'$({Variable})' == '{Value}'\"><DefineConstants>$(DefineConstants);LEGACY_BRANCH</DefineConstants></PropertyGroup></Project>");
        solution.Write("App/Legacy.cs", "namespace App;\n#if LEGACY_BRANCH\npublic class LegacyMessageRouter { }\n#endif\n");
        var (unset, _) = await CacheRuns.WithCacheAsync(solution);
        string file = CacheRuns.CacheFile(solution);
        Assert.Equal(new[] { "App/Router.cs:3:14 SSOT1001" }, unset.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}"));

        try
        {
            Environment.SetEnvironmentVariable(Variable, Value);
            var (set, setProgress) = await CacheRuns.WithCacheAsync(solution);
            Assert.Equal(
                new[]
                {
                    $"Cache miss: the environment variable {Variable} changed",
                    $"Cache loading with MSBuild: the environment variable {Variable} changed",
                },
                CacheRuns.CacheLines(setProgress).Take(2));
            Assert.Equal($"Cache written: {file}", CacheRuns.CacheLines(setProgress)[^1]);
            Assert.Equal(
                new[] { "App/Legacy.cs:3:14 SSOT1001", "App/Router.cs:3:14 SSOT1001" },
                set.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}"));
            Assert.Equal(CacheRuns.Json(await CacheRuns.ColdAsync(solution)), CacheRuns.Json(set));
            Assert.DoesNotContain(Value, File.ReadAllText(file), StringComparison.Ordinal);

            var (_, again) = await CacheRuns.WithCacheAsync(solution);
            AssertHit(again);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }

        var (back, backProgress) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal($"Cache miss: the environment variable {Variable} changed", CacheRuns.CacheLines(backProgress)[0]);
        Assert.Equal(CacheRuns.Json(unset), CacheRuns.Json(back));

        // A variable no evaluated file names changes nothing.
        try
        {
            Environment.SetEnvironmentVariable("SSOT_TEST_UNREAD_7C1", "anything");
            var (_, unread) = await CacheRuns.WithCacheAsync(solution);
            AssertHit(unread);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SSOT_TEST_UNREAD_7C1", null);
        }
    }

    [Fact]
    public async Task A_fresh_clone_without_restore_output_restores_and_then_hits_without_loading()
    {
        using var solution = NewSolution();
        var (first, _) = await CacheRuns.WithCacheAsync(solution);
        string file = Assert.Single(Directory.GetFiles(CacheRuns.CacheFolder(solution)));
        Directory.Delete(Path.Combine(solution.Root, "App", "obj"), recursive: true);
        Directory.Delete(Path.Combine(solution.Root, "App", "bin"), recursive: true);

        var (clone, progress) = await CacheRuns.WithCacheAsync(solution);

        Assert.Equal(4, progress.Count);
        Assert.StartsWith($"Cache miss: {solution.Root}/App/obj/App.csproj.nuget.g.props changed and ", progress[0], StringComparison.Ordinal);
        Assert.Equal($"Cache loading with MSBuild: {solution.Root}/App/obj/App.csproj.nuget.g.props changed", progress[1]);
        Assert.Equal("Restoring " + Path.GetFileName(first.Analysis.Input), progress[2]);
        Assert.Matches("^Cache hit: [0-9]+ files and 1 folders unchanged; nothing loaded or compiled$", progress[3]);
        Assert.Equal(CacheRuns.Json(first), CacheRuns.Json(clone));
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task A_corrupt_or_foreign_cache_file_is_ignored_with_a_note_and_rebuilt()
    {
        using var solution = NewSolution();
        var cold = CacheRuns.Json(await CacheRuns.ColdAsync(solution));
        await CacheRuns.WithCacheAsync(solution);
        string file = Assert.Single(Directory.GetFiles(CacheRuns.CacheFolder(solution)));

        File.WriteAllText(file, "{ \"Key\": { \"Format\": 1, ");
        var (corrupt, corruptProgress) = await CacheRuns.WithCacheAsync(solution);
        string note = CacheRuns.CacheLines(corruptProgress)[0];
        Assert.StartsWith($"Cache {file} ignored: it cannot be read (", note, StringComparison.Ordinal);
        Assert.EndsWith("); it is rebuilt", note, StringComparison.Ordinal);
        Assert.Equal(cold, CacheRuns.Json(corrupt));

        File.WriteAllText(file, File.ReadAllText(file).Replace("{\"Key\":{\"Format\":3,", "{\"Key\":{\"Format\":4,", StringComparison.Ordinal));
        var (foreign, foreignProgress) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal($"Cache {file} ignored: its format is 4, this tool reads 3; it is rebuilt", CacheRuns.CacheLines(foreignProgress)[0]);
        Assert.Equal(cold, CacheRuns.Json(foreign));

        File.WriteAllText(file, "null");
        var (_, nullProgress) = await CacheRuns.WithCacheAsync(solution);
        Assert.Equal($"Cache {file} ignored: it is incomplete; it is rebuilt", CacheRuns.CacheLines(nullProgress)[0]);

        var (hit, hitProgress) = await CacheRuns.WithCacheAsync(solution);
        AssertHit(hitProgress);
        Assert.Equal(cold, CacheRuns.Json(hit));
    }

    [Fact]
    public void Without_a_folder_the_cache_goes_to_the_users_cache_folder()
    {
        Assert.Equal("/ci/cache", CacheLocation.Default(name => name == "SSOT_CACHE" ? "/ci/cache" : "/xdg"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal("/xdg/netra-ssot", CacheLocation.Default(name => name == "XDG_CACHE_HOME" ? "/xdg" : null));
            Assert.Equal(
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "netra-ssot"),
                CacheLocation.Default(_ => null));
        }
    }

    private static TempSolution NewSolution()
    {
        var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\npublic class SecondMessageRouter { }\n");
        solution.Write("ssot.json", RouterConfig);
        return solution;
    }

    private static void AssertHit(List<string> progress)
    {
        string line = Assert.Single(progress);
        Assert.Matches("^Cache hit: [0-9]+ files and 1 folders unchanged; nothing loaded or compiled$", line);
    }
}
