using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Incremental == cold: after each single edit of the edit set (add and remove a duplicate, a project
/// reference, a using and a use of legacy code, an ssot.json change), the run with the cache reports exactly what a
/// run without it reports (the JSON report compared whole), and finds what the edit brought.
/// </summary>
public sealed class CacheEditTests
{
    private const string Config = """
        {
          "concepts": [{ "name": "MessageRouter", "canonical": "Core.MessageRouter", "match": ["*MessageRouter"] }],
          "legacy": [{ "namespace": "Core.Legacy", "replacement": "Core", "reason": "retired" }]
        }
        """;

    [Fact]
    public async Task After_each_edit_the_cached_run_reports_what_a_cold_run_reports()
    {
        using var solution = new TempSolution();
        solution.Project("Core");
        solution.Project("App");
        solution.Write("Core/MessageRouter.cs", "namespace Core;\npublic class MessageRouter { }\n");
        solution.Write("Core/Legacy/OldApi.cs", "namespace Core.Legacy;\npublic class OldApi { public static void Call() { } }\n");
        solution.Write("App/Dispatcher.cs", "namespace App;\npublic class MessageDispatcher { }\n");
        solution.Write("ssot.json", Config);
        await CacheRuns.WithCacheAsync(solution);

        async Task<List<string>> Edited(Action edit)
        {
            edit();
            var (warm, progress) = await CacheRuns.WithCacheAsync(solution);
            Assert.StartsWith("Cache miss: ", CacheRuns.CacheLines(progress)[0], StringComparison.Ordinal);
            var cold = await CacheRuns.ColdAsync(solution);
            Assert.Equal(CacheRuns.Json(cold), CacheRuns.Json(warm));
            var (hit, hitProgress) = await CacheRuns.WithCacheAsync(solution);
            Assert.StartsWith("Cache hit: ", Assert.Single(hitProgress), StringComparison.Ordinal);
            Assert.Equal(CacheRuns.Json(cold), CacheRuns.Json(hit));
            return warm.Analysis.Findings.Select(Describe).ToList();
        }

        Assert.Equal(
            new[] { "App/SecondRouter.cs:2:14 SSOT1001" },
            await Edited(() => solution.Write("App/SecondRouter.cs", "namespace App;\npublic class SecondMessageRouter { }\n")));
        Assert.Empty(await Edited(() => File.Delete(Path.Combine(solution.Root, "App", "SecondRouter.cs"))));
        Assert.Empty(await Edited(() => solution.Project("App", extra: "<ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup>")));
        Assert.Equal(
            new[] { "App/Dispatcher.cs:1:7 SSOT3002" },
            await Edited(() => solution.Write("App/Dispatcher.cs", "using Core.Legacy;\nnamespace App;\npublic class MessageDispatcher { }\n")));
        Assert.Equal(
            new[] { "App/Dispatcher.cs:1:7 SSOT3002", "App/Dispatcher.cs:3:46 SSOT3001" },
            await Edited(() => solution.Write("App/Dispatcher.cs", "using Core.Legacy;\nnamespace App;\npublic class MessageDispatcher { void M() => OldApi.Call(); }\n")));
        Assert.Equal(
            new[] { "App/Dispatcher.cs:1:7 SSOT3002", "App/Dispatcher.cs:3:14 SSOT1001", "App/Dispatcher.cs:3:46 SSOT3001" },
            await Edited(() => solution.Write("ssot.json", Config.Replace("\"*MessageRouter\"", "\"*MessageRouter\", \"*Dispatcher\"", StringComparison.Ordinal))));
    }

    private static string Describe(Finding f) => $"{f.File}:{f.Line}:{f.Column} {f.Id}";
}
