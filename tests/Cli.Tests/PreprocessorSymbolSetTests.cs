using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The staging-only start-up crash: a Redis type used only under <c>#if STAGING</c> without its <c>using</c> is
/// invisible to the normal build; ssot-check binds that branch and reports it at its line, until the using is added.
/// </summary>
public sealed class PreprocessorSymbolSetTests
{
    private const string RateLimiter = """
        namespace App;

        public sealed class RateLimiter
        {
        #if STAGING
            public object Shared() => new RedisConnection("redis://cache");
        #else
            public object Local() => new object();
        #endif
        }
        """;

    [Fact]
    public async Task A_staging_only_missing_using_is_reported_at_its_line_and_disappears_when_the_using_is_added()
    {
        using var solution = new TempSolution();
        solution.Project("Infra");
        solution.Write("Infra/RedisConnection.cs", "namespace Infra.Redis;\npublic sealed class RedisConnection(string url) { public string Url { get; } = url; }\n");
        solution.Project("App", extra: """<ItemGroup><ProjectReference Include="../Infra/Infra.csproj" /></ItemGroup>""");
        string file = solution.Write("App/RateLimiter.cs", RateLimiter);
        solution.Write("ssot.json", """
            {
              "critical": [{ "symbol": "Infra.Redis.RedisConnection", "missionCritical": true }],
              "preprocessorSymbolSets": [["STAGING"]]
            }
            """);

        var before = await SsotCheck.RunAsync(new CheckOptions { Path = Path.Combine(solution.Root, "App") }, solution.Root, null, CancellationToken.None);

        var finding = Assert.Single(before.Analysis.Findings);
        Assert.Equal(("RateLimiter.cs", 6, 35, RuleIdentifiers.InactiveBranchDoesNotBind, "error", true), (finding.File, finding.Line, finding.Column, finding.Id, finding.Severity, finding.MissionCritical));
        Assert.EndsWith("add 'using Infra.Redis;' in that branch or at the top of the file", finding.Message);
        Assert.Empty(before.Analysis.LoadIssues); // the normal build has no compiler error: only the STAGING branch is broken

        File.WriteAllText(file, "using Infra.Redis;\n\n" + RateLimiter);
        var after = await SsotCheck.RunAsync(new CheckOptions { Path = Path.Combine(solution.Root, "App"), Restore = false }, solution.Root, null, CancellationToken.None);

        Assert.Empty(after.Analysis.Findings);
        Assert.Equal(100.0, after.Score.Overall.Percent);
    }
}
