using Microsoft.CodeAnalysis;
using Netra.Ssot.Catalog;
using Netra.Ssot.Rules.Imports;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Imports;

public sealed class UnresolvedCanonicalNameAnalyzerTests
{
    private const string Config = """
        {
          "critical": [{ "symbol": "Infra.Redis.RedisConnection", "missionCritical": true }],
          "concepts": [{ "name": "Router", "canonical": "App.Messaging.MessageRouter" }]
        }
        """;

    private const string Declarations = """
        namespace Infra.Redis { public sealed class RedisConnection { public RedisConnection(string url) { } public const int DefaultPort = 6379; } }
        namespace App.Messaging { public sealed class MessageRouter { } }
        """;

    [Fact]
    public async Task Unresolved_names_of_declared_types_are_reported_with_the_canonical_namespace()
    {
        var diagnostics = await new AnalyzerTest(new UnresolvedCanonicalNameAnalyzer())
        {
            Config = Config,
            AllowCompilerErrors = true,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/RateLimiter.cs", """
                    namespace App.RateLimiting;
                    public sealed class RateLimiter
                    {
                        private {|SSOT2002:MessageRouter|}? _router;
                        public object Connect() => new {|SSOT2002:RedisConnection|}("redis://cache");
                        public int Port => {|SSOT2002:RedisConnection|}.DefaultPort;
                        public object Qualified() => new Infra.Redis.RedisConnection("redis://cache");
                        public object Other() => new UnknownThing();
                    }
                    """),
            },
        }.RunAsync(
            Expect.Error("'MessageRouter' does not resolve here; it is the canonical type of concept 'Router' 'App.Messaging.MessageRouter' (src/Declarations.cs); add 'using App.Messaging;'"),
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"),
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"));

        Assert.Equal("true", diagnostics[1].Properties[DiagnosticProperties.MissionCritical]);
        Assert.Equal("Infra.Redis", diagnostics[1].Properties[DiagnosticProperties.Namespace]);
    }

    [Fact]
    public async Task Names_that_resolve_through_a_using_or_to_another_symbol_are_not_reported()
    {
        await new AnalyzerTest(new UnresolvedCanonicalNameAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Ok.cs", """
                    using Infra.Redis;
                    namespace App.Other;
                    public sealed class Ok
                    {
                        public object Connect() => new RedisConnection("redis://cache");
                        public string MessageRouter => "a property with the same name";
                        public string Name => MessageRouter;
                    }
                    """),
            },
        }.RunAsync();
    }
}
