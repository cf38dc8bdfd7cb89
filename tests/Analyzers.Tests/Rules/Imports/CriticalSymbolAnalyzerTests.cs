using Microsoft.CodeAnalysis;
using Netra.Ssot.Rules.Imports;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Imports;

public sealed class CriticalSymbolAnalyzerTests
{
    private const string Redis = """
        namespace Infra.Redis;
        public sealed class RedisConnection { public void Open() { } }
        """;

    [Fact]
    public async Task Types_namespaces_and_members_that_resolve_are_fine_and_missing_ones_are_reported_at_their_entry()
    {
        await new AnalyzerTest(new CriticalSymbolAnalyzer())
        {
            Config = """
                {
                  "critical": [
                    { "symbol": "Infra.Redis.RedisConnection", "missionCritical": true },
                    { "symbol": "Infra.Redis" },
                    { "symbol": "M:Infra.Redis.RedisConnection.Open" },
                    { "symbol": "System.String" },
                    {|SSOT2001:{ "symbol": "Infra.Redis.RedisPool", "reason": "rate limiter in staging" }|},
                    {|SSOT2001:{ "symbol": "M:Infra.Redis.RedisConnection.Close" }|},
                    {|SSOT2001:{ "symbol": "Infra.Cache" }|}
                  ]
                }
                """,
            Sources = { ("src/Redis.cs", Redis) },
        }.RunAsync(
            Expect.Error("critical symbol 'Infra.Redis.RedisPool' does not resolve in project 'TestProject' (rate limiter in staging); add a reference to the project or package that defines it, or fix the name"),
            Expect.Error("critical symbol 'M:Infra.Redis.RedisConnection.Close' does not resolve in project 'TestProject'; add a reference to the project or package that defines it, or fix the name"),
            Expect.Error("critical symbol 'Infra.Cache' does not resolve in project 'TestProject'; add a reference to the project or package that defines it, or fix the name"));
    }

    [Fact]
    public async Task Only_the_named_projects_must_have_the_symbol()
    {
        await new AnalyzerTest(new CriticalSymbolAnalyzer())
        {
            Config = """
                {
                  "critical": [
                    { "symbol": "Infra.Redis.RedisConnection", "projects": ["Netra.Backend"] },
                    {|SSOT2001:{ "symbol": "Infra.Redis.RedisConnection", "projects": ["testproject"] }|}
                  ]
                }
                """,
            Source = "namespace App; public sealed class C { }",
        }.RunAsync(
            Expect.Error("critical symbol 'Infra.Redis.RedisConnection' does not resolve in project 'TestProject'; add a reference to the project or package that defines it, or fix the name"));
    }
}
