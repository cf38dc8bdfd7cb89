using Microsoft.CodeAnalysis.CodeFixes;
using Netra.Ssot.CodeFixes.Legacy;
using Netra.Ssot.Rules.Legacy;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.CodeFixes;

public sealed class ReplaceLegacyCodeFixProviderTests
{
    private const string Config = """
        {
          "legacy": [
            { "namespace": "Old", "replacement": "Core" },
            { "type": "Shared.Factory", "replacement": "Core.Sockets.SocketFactory" }
          ]
        }
        """;

    private const string Declarations = """
        namespace Old { public sealed class WsManager { public void Send() { } } public sealed class OnlyOld { } }
        namespace Core { public sealed class WsManager { public void Send() { } } }
        namespace Core.Sockets { public static class SocketFactory { public static object Create() => new(); } }
        namespace Shared { public static class Factory { public static object Create() => new(); } }
        """;

    [Fact]
    public async Task A_qualified_legacy_type_becomes_the_qualified_replacement()
    {
        await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyReferenceAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Broadcast.cs", """
                    namespace App;
                    public sealed class Broadcast
                    {
                        public object Socket() => {|SSOT3001:Shared.Factory|}.Create();
                    }
                    """),
            },
            FixedSources =
            {
                ["src/Broadcast.cs"] = """
                    namespace App;
                    public sealed class Broadcast
                    {
                        public object Socket() => Core.Sockets.SocketFactory.Create();
                    }
                    """,
            },
        }.RunAsync(
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"));
    }

    [Fact]
    public async Task Each_reference_is_rewritten_on_its_own_and_a_type_without_counterpart_gets_no_fix()
    {
        var titles = await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyReferenceAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Chat.cs", """
                    namespace App;
                    public sealed class Chat
                    {
                        public void Send() => new {|SSOT3001:Old.WsManager|}().Send();
                        public System.Type Kind => typeof({|SSOT3001:Old.WsManager|});
                    }
                    """),
            },
            FixedSources =
            {
                ["src/Chat.cs"] = """
                    namespace App;
                    public sealed class Chat
                    {
                        public void Send() => new Core.WsManager().Send();
                        public System.Type Kind => typeof(Core.WsManager);
                    }
                    """,
            },
        }.RunAsync(
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"));
        Assert.Equal(new[] { "Use 'Core.WsManager'" }, titles);

        var none = await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyReferenceAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Keep.cs", "namespace App; public sealed class Keep { public object Make() => new {|SSOT3001:Old.OnlyOld|}(); }"),
            },
            FixedSources = { ["src/Keep.cs"] = "namespace App; public sealed class Keep { public object Make() => new Old.OnlyOld(); }" },
            ExpectNoFix = true,
        }.RunAsync(
            Expect.Warning("'OnlyOld' is legacy (namespace Old); use 'Core' instead"));
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_legacy_using_is_rewritten_or_removed_when_the_replacement_is_already_imported()
    {
        await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyUsingAnalyzer())
        {
            Config = """{ "legacy": [{ "namespace": "Old", "replacement": "Core" }] }""",
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/A.cs", "using {|SSOT3002:Old|};\nnamespace App;\npublic sealed class A { public WsManager M { get; } = new(); }\n"),
                ("src/B.cs", "using Core;\nusing {|SSOT3002:Old|};\nnamespace App;\npublic sealed class B { public Core.WsManager M { get; } = new(); }\n"),
            },
            FixedSources =
            {
                ["src/A.cs"] = "using Core;\nnamespace App;\npublic sealed class A { public WsManager M { get; } = new(); }\n",
                ["src/B.cs"] = "using Core;\nnamespace App;\npublic sealed class B { public Core.WsManager M { get; } = new(); }\n",
            },
        }.RunAsync(
            Expect.Warning("'using Old;' imports legacy namespace 'Old'; use 'using Core;' instead"),
            Expect.Warning("'using Old;' imports legacy namespace 'Old'; use 'using Core;' instead"));
    }

    [Fact]
    public async Task Fix_all_in_the_solution_rewrites_every_document_and_the_result_compiles()
    {
        const string before = """
            namespace App;
            public sealed class UserNUMBER
            {
                public object A() => {|SSOT3001:Shared.Factory|}.Create();
                public object B() => {|SSOT3001:Shared.Factory|}.Create();
                public System.Type C => typeof({|SSOT3001:Old.WsManager|});
            }
            """;
        const string after = """
            namespace App;
            public sealed class UserNUMBER
            {
                public object A() => Core.Sockets.SocketFactory.Create();
                public object B() => Core.Sockets.SocketFactory.Create();
                public System.Type C => typeof(Core.WsManager);
            }
            """;
        await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyReferenceAnalyzer())
        {
            Config = Config,
            FixAll = FixAllScope.Solution,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/One.cs", before.Replace("NUMBER", "1")),
                ("src/Two.cs", before.Replace("NUMBER", "2")),
                ("src/Three.cs", before.Replace("NUMBER", "3")),
            },
            FixedSources =
            {
                ["src/One.cs"] = after.Replace("NUMBER", "1"),
                ["src/Two.cs"] = after.Replace("NUMBER", "2"),
                ["src/Three.cs"] = after.Replace("NUMBER", "3"),
            },
        }.RunAsync(
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"),
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"),
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'Factory' is legacy (Shared.Factory); use 'Core.Sockets.SocketFactory' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"));
    }

    [Fact]
    public async Task A_fix_that_would_break_the_build_is_not_offered()
    {
        await new CodeFixTest(new ReplaceLegacyCodeFixProvider(), new LegacyReferenceAnalyzer())
        {
            Config = Config,
            ExpectNoFix = true,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Mixed.cs", "namespace App; public sealed class Mixed { private readonly {|SSOT3001:Old.WsManager|} _a = Make(); private static Old.WsManager Make() => new(); }"),
            },
        }.RunAsync(
            Expect.Warning("'WsManager' is legacy (namespace Old); use 'Core.WsManager' instead"));
    }
}
