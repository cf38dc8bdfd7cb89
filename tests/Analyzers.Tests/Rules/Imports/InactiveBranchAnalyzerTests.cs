using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Engine;
using Netra.Ssot.Rules.Imports;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Imports;

public sealed class InactiveBranchAnalyzerTests
{
    private const string Config = """
        {
          "critical": [{ "symbol": "Infra.Redis.RedisConnection", "missionCritical": true }],
          "preprocessorSymbolSets": [["STAGING"], ["RELEASE", "EXTRA"]]
        }
        """;

    private const string Redis = "namespace Infra.Redis { public sealed class RedisConnection { public RedisConnection(string url) { } } }";

    private static AnalyzerTest UnderSsotCheck(params (string Path, string Markup)[] sources)
    {
        var test = new AnalyzerTest(new InactiveBranchAnalyzer()) { Config = Config };
        test.Sources.Add(("src/Redis.cs", Redis));
        test.Sources.AddRange(sources);
        test.GlobalOptions[SsotCompilationContext.HostProperty] = SsotCompilationContext.SsotCheckHost;
        return test;
    }

    [Fact]
    public async Task A_name_that_does_not_bind_under_a_symbol_set_is_reported_at_its_line()
    {
        await UnderSsotCheck(("src/RateLimiter.cs", """
            namespace App;
            public sealed class RateLimiter
            {
            #if STAGING
                public object Shared() => new {|SSOT2004:RedisConnection|}("redis://cache");
            #else
                public object Local() => new object();
            #endif
            #if RELEASE && EXTRA
                public int Extra() => {|SSOT2004:Missing|}.Value;
            #endif
            #if NEVER_DEFINED
                public object Never() => new NotAType();
            #endif
            }
            """)).RunAsync(
                Expect.Error("code under '#if STAGING' does not bind when STAGING is defined: CS0246 The type or namespace name 'RedisConnection' could not be found (are you missing a using directive or an assembly reference?); add 'using Infra.Redis;' in that branch or at the top of the file"),
                Expect.Warning("code under '#if RELEASE && EXTRA' does not bind when RELEASE && EXTRA is defined: CS0103 The name 'Missing' does not exist in the current context"));
    }

    [Fact]
    public async Task Branches_that_bind_and_the_fixed_file_are_not_reported()
    {
        await UnderSsotCheck(("src/RateLimiter.cs", """
            using Infra.Redis;
            namespace App;
            public sealed class RateLimiter
            {
            #if STAGING
                public object Shared() => new RedisConnection("redis://cache");
            #endif
            }
            """)).RunAsync();
    }

    [Fact]
    public async Task A_build_never_runs_it()
    {
        await new AnalyzerTest(new InactiveBranchAnalyzer())
        {
            Config = Config,
            Sources = { ("src/A.cs", "namespace App;\n#if STAGING\npublic sealed class A { Missing M; }\n#endif\n") },
        }.RunAsync();
    }

    [Fact]
    public async Task A_solution_index_without_the_ssot_check_host_option_does_not_run_it()
    {
        // The host is the explicit build_property.SsotHost, not inferred from the index being there.
        await new AnalyzerTest(new InactiveBranchAnalyzer())
        {
            Config = Config,
            Sources = { ("src/A.cs", "namespace App;\n#if STAGING\npublic sealed class A { Missing M; }\n#endif\n") },
            AdditionalTexts = { SolutionIndexes.Build(Config, Array.Empty<SolutionIndexes.Project>()) },
        }.RunAsync();
    }
}
