using Microsoft.CodeAnalysis;
using Netra.Ssot.Catalog;
using Netra.Ssot.Rules.Legacy;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Legacy;

public sealed class LegacyReferenceAnalyzerTests
{
    private const string Config = """
        {
          "legacy": [
            { "namespace": "Old", "replacement": "Core", "reason": "retired in phase 2" },
            { "type": "Shared.Box`1", "replacement": "Core.Box`1" },
            { "member": "M:Shared.TokenHelper.Decode(System.String)", "replacement": "M:Shared.Jwt.Decode(System.String)", "missionCritical": true }
          ],
          "obsoleteIsLegacy": false
        }
        """;

    private const string Declarations = """
        namespace Old
        {
            public sealed class WsManager { public static WsManager Create() => new(); public void Send() { } }
            [System.AttributeUsage(System.AttributeTargets.All)] public sealed class RetiredAttribute : System.Attribute { }
            /// <summary>Inside the legacy namespace: <see cref="WsManager"/> is not reported here.</summary>
            public static class Internal { public static WsManager Make() => new WsManager(); }
        }
        namespace Core { public sealed class WsManager { } public sealed class Box<T> { } }
        namespace Shared
        {
            public sealed class Box<T> { }
            public sealed class Box { }
            public static class TokenHelper { public static string Decode(string token) => token; public static string Strip(string token) => token; }
            public static class Jwt { public static string Decode(string token) => token; }
        }
        """;

    [Fact]
    public async Task Every_form_of_reference_is_reported_once_on_the_name_as_written()
    {
        var diagnostics = await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Chat.cs", """
                    using System.Collections.Generic;
                    namespace App;
                    /// <summary>Uses <see cref="{|SSOT3001:Old.WsManager|}"/>.</summary>
                    [{|SSOT3001:Old.Retired|}]
                    public sealed class Chat
                    {
                        private readonly {|SSOT3001:Old.WsManager|} _manager = {|SSOT3001:global::Old.WsManager|}.Create();
                        private readonly List<{|SSOT3001:Old.WsManager|}> _all = new();
                        private readonly {|SSOT3001:Shared.Box<int>|} _box = new {|SSOT3001:Shared.Box<int>|}();
                        private readonly Shared.Box _plain = new Shared.Box();
                        public System.Type Kind => typeof({|SSOT3001:Old.WsManager|});
                        public string Name => nameof({|SSOT3001:Old.WsManager|});
                        public string Token(string raw) => {|SSOT3001:Shared.TokenHelper.Decode|}(Shared.TokenHelper.Strip(raw));
                        public System.Func<string, string> Decoder => {|SSOT3001:Shared.TokenHelper.Decode|};
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'Retired' is legacy (namespace Old: retired in phase 2); use 'Core' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'Box' is legacy (Shared.Box<T>); use 'Core.Box<T>' instead"),
            Expect.Warning("'Box' is legacy (Shared.Box<T>); use 'Core.Box<T>' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Error("'Decode' is legacy (Shared.TokenHelper.Decode(System.String)); use 'Shared.Jwt.Decode(System.String)' instead"),
            Expect.Error("'Decode' is legacy (Shared.TokenHelper.Decode(System.String)); use 'Shared.Jwt.Decode(System.String)' instead"));

        Assert.Equal("Core.WsManager", diagnostics[0].Properties[DiagnosticProperties.Replacement]);
        var decode = diagnostics.First(d => d.GetMessage().StartsWith("'Decode'", StringComparison.Ordinal));
        Assert.False(decode.Properties.ContainsKey(DiagnosticProperties.Replacement)); // members are not rewritten
    }

    [Fact]
    public async Task Simple_names_imported_by_a_using_are_reported_on_the_name()
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Chat.cs", """
                    using Old;
                    using static Shared.TokenHelper;
                    namespace App;
                    public sealed class Chat
                    {
                        public {|SSOT3001:WsManager|} Manager { get; } = {|SSOT3001:WsManager|}.Create();
                        public string Token(string raw) => {|SSOT3001:Decode|}(raw);
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Warning("'WsManager' is legacy (namespace Old: retired in phase 2); use 'Core.WsManager' instead"),
            Expect.Error("'Decode' is legacy (Shared.TokenHelper.Decode(System.String)); use 'Shared.Jwt.Decode(System.String)' instead"));
    }

    [Fact]
    public async Task Obsolete_types_and_members_of_the_solution_are_legacy_with_the_replacement_from_the_message()
    {
        var diagnostics = await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Legacy.cs", """
                    namespace Old
                    {
                        [System.Obsolete("Use WebSocketManagerFactory instead")]
                        public static class WebSocketManagerFactory { public static object Create() => new(); }
                        public static class Tokens
                        {
                            [System.Obsolete("Replaced by Core.Jwt.Decode.")] public static string Decode(string token) => token;
                            [System.Obsolete] public static string Raw(string token) => token;
                            [System.Obsolete("Instead use default escaping")] public static string Escape(string token) => token;
                        }
                    }
                    namespace Core
                    {
                        public static class WebSocketManagerFactory { public static object Create() => new(); }
                        public static class Jwt { public static string Decode(string token) => token; }
                    }
                    """),
                ("src/Chat.cs", """
                    #pragma warning disable CS0612, CS0618 // the compiler's own obsolete warnings
                    namespace App;
                    public sealed class Chat
                    {
                        public object Manager() => {|SSOT3001:Old.WebSocketManagerFactory|}.Create();
                        public System.Type Kind => typeof({|SSOT3001:Old.WebSocketManagerFactory|});
                        public string Token(string raw) => Old.Tokens.{|SSOT3001:Decode|}(Old.Tokens.{|SSOT3001:Raw|}(raw));
                        public string Escaped(string raw) => Old.Tokens.{|SSOT3001:Escape|}(raw);
                        [System.Obsolete("Use Core.Jwt")] public string Inside(string raw) => Old.Tokens.Decode(raw);
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'WebSocketManagerFactory' is legacy (Old.WebSocketManagerFactory: [Obsolete(\"Use WebSocketManagerFactory instead\")]); use 'Core.WebSocketManagerFactory' instead"),
            Expect.Warning("'WebSocketManagerFactory' is legacy (Old.WebSocketManagerFactory: [Obsolete(\"Use WebSocketManagerFactory instead\")]); use 'Core.WebSocketManagerFactory' instead"),
            Expect.Warning("'Decode' is legacy (Old.Tokens.Decode(string): [Obsolete(\"Replaced by Core.Jwt.Decode.\")]); use 'Core.Jwt.Decode' instead"),
            Expect.Warning("'Raw' is legacy (Old.Tokens.Raw(string): [Obsolete]); remove the reference"),
            Expect.Warning("'Escape' is legacy (Old.Tokens.Escape(string): [Obsolete(\"Instead use default escaping\")]); remove the reference"));

        Assert.Equal("Core.WebSocketManagerFactory", diagnostics[0].Properties[DiagnosticProperties.Replacement]);
    }

    [Fact]
    public async Task An_obsolete_message_naming_a_generic_replacement_keeps_its_arity()
    {
        const string Commands = """
            namespace Bit.Core.Commands
            {
                public abstract class CommandResult<T> { }
                [System.Obsolete("Use CommandResult<T> instead. This will be removed once old code is updated.")]
                public class CommandResult { }
            }
            """;
        const string Controller = """
            #pragma warning disable CS0612, CS0618 // the compiler's own obsolete warnings
            using Bit.Core.Commands;
            namespace Bit.Api;
            public sealed class InviteController
            {
                public object Invite() => new {|SSOT3001:CommandResult|}();
            }
            """;
        const string Message = "'CommandResult' is legacy (Bit.Core.Commands.CommandResult: [Obsolete(\"Use CommandResult<T> instead. This will be removed once old code is updated.\")]); ";

        // Two generic CommandResult<T> (and a non-generic one that is not meant): the text as written.
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Commands/CommandResult.cs", Commands),
                ("src/Core/Results/CommandResult.cs", "namespace Bit.Core.Results { public class CommandResult<T> { } public class CommandResult : CommandResult<object> { } }"),
                ("src/Api/InviteController.cs", Controller),
            },
        }.RunAsync(Expect.Warning(Message + "use 'CommandResult<T>' instead"));

        // One generic CommandResult<T>: that type, named as C# writes it.
        var diagnostics = await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Commands/CommandResult.cs", Commands),
                ("src/Api/InviteController.cs", Controller),
            },
        }.RunAsync(Expect.Warning(Message + "use 'Bit.Core.Commands.CommandResult<T>' instead"));

        Assert.Equal("Bit.Core.Commands.CommandResult`1", diagnostics[0].Properties[DiagnosticProperties.Replacement]);
    }

    [Fact]
    public async Task Code_inside_the_legacy_area_and_excluded_by_the_option_is_not_reported()
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = """{ "legacy": [{ "path": "src/Retired/**" }], "obsoleteIsLegacy": false }""",
            Sources =
            {
                ("src/Retired/Old.cs", "namespace Retired; [System.Obsolete] public sealed class Thing { }"),
                ("src/Use.cs", "#pragma warning disable CS0612\nnamespace App; public sealed class Use { public object Make() => new Retired.Thing(); }"),
            },
        }.RunAsync();
    }
}
