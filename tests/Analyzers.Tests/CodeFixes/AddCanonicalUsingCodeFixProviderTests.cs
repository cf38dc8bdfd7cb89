using Netra.Ssot.CodeFixes.Imports;
using Netra.Ssot.Rules.Imports;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.CodeFixes;

public sealed class AddCanonicalUsingCodeFixProviderTests
{
    private const string Config = """
        {
          "critical": [{ "symbol": "Infra.Redis.RedisConnection" }],
          "legacy": [{ "namespace": "Infra.Legacy" }]
        }
        """;

    private const string Declarations = """
        namespace Infra.Redis { public sealed class RedisConnection { public RedisConnection(string url) { } } }
        namespace Infra.Legacy { public sealed class RedisConnection { public RedisConnection(string url) { } } }
        """;

    [Fact]
    public async Task SSOT2002_adds_the_canonical_using_not_the_legacy_namespace_and_the_result_compiles()
    {
        var titles = await new CodeFixTest(new AddCanonicalUsingCodeFixProvider(), new UnresolvedCanonicalNameAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/RateLimiter.cs", """
                    // Rate limiting for the chat endpoints.
                    using System;

                    namespace App;
                    public sealed class RateLimiter
                    {
                        public object Connect() => new {|SSOT2002:RedisConnection|}("redis://cache");
                    }
                    """),
            },
            FixedSources =
            {
                ["src/RateLimiter.cs"] = """
                    // Rate limiting for the chat endpoints.
                    using Infra.Redis;
                    using System;

                    namespace App;
                    public sealed class RateLimiter
                    {
                        public object Connect() => new RedisConnection("redis://cache");
                    }
                    """,
            },
        }.RunAsync(
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"));

        Assert.Equal(new[] { "Add 'using Infra.Redis;' (ssot.json canonical)" }, titles);
    }

    [Fact]
    public async Task The_same_fix_is_offered_on_the_compilers_CS0246_in_a_file_without_usings()
    {
        await new CodeFixTest(new AddCanonicalUsingCodeFixProvider())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Cache.cs", """
                    // Cache warm-up.
                    namespace App;
                    public sealed class Cache
                    {
                        private {|CS0246:RedisConnection|}? _connection;
                        public object? Connection => _connection;
                    }
                    """),
            },
            FixedSources =
            {
                ["src/Cache.cs"] = """
                    // Cache warm-up.
                    using Infra.Redis;

                    namespace App;
                    public sealed class Cache
                    {
                        private RedisConnection? _connection;
                        public object? Connection => _connection;
                    }
                    """,
            },
        }.RunAsync(
            Expect.Error("The type or namespace name 'RedisConnection' could not be found (are you missing a using directive or an assembly reference?)"));
    }

    [Fact]
    public async Task Fix_all_adds_the_using_once_per_document()
    {
        const string before = """
            namespace App;
            public sealed class UsesRedisNUMBER
            {
                public object A() => new {|SSOT2002:RedisConnection|}("redis://a");
                public object B() => new {|SSOT2002:RedisConnection|}("redis://b");
            }
            """;
        const string after = """
            using Infra.Redis;

            namespace App;
            public sealed class UsesRedisNUMBER
            {
                public object A() => new RedisConnection("redis://a");
                public object B() => new RedisConnection("redis://b");
            }
            """;
        await new CodeFixTest(new AddCanonicalUsingCodeFixProvider(), new UnresolvedCanonicalNameAnalyzer())
        {
            Config = Config,
            FixAll = Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/One.cs", before.Replace("NUMBER", "1")),
                ("src/Two.cs", before.Replace("NUMBER", "2")),
            },
            FixedSources =
            {
                ["src/One.cs"] = after.Replace("NUMBER", "1"),
                ["src/Two.cs"] = after.Replace("NUMBER", "2"),
            },
        }.RunAsync(
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"),
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"),
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"),
            Expect.Error("'RedisConnection' does not resolve here; it is critical type 'Infra.Redis.RedisConnection' (src/Declarations.cs); add 'using Infra.Redis;'"));
    }
}
