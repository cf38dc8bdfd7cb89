using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
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
            Expect.Warning("'Escape' is legacy (Old.Tokens.Escape(string): [Obsolete(\"Instead use default escaping\")]); follow the [Obsolete] message"));

        Assert.Equal("Core.WebSocketManagerFactory", diagnostics[0].Properties[DiagnosticProperties.Replacement]);
    }

    private const string ObsoleteMail = """
        namespace Bit.Core.Services
        {
            [System.Obsolete("Use the newer MailSender instead")]
            public interface IMailService { void Send(string to); string Name { get; } }
            [System.Obsolete("Replaced by MailSender")]
            public sealed class HandlebarsMailService : IMailService { public void Send(string to) { } public string Name => "hbs"; }
            public sealed class MailSender { }
            [System.Obsolete("Feature checks moved to <see cref=\"T:Bit.Core.Flags.FeatureGate\"/>")]
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class RequireFeatureAttribute : System.Attribute { public RequireFeatureAttribute(string key) { } }
            public static class Registry
            {
                public static void Add<TService, TImplementation>() where TImplementation : TService { }
                public static T Get<T>() => default!;
            }
        }
        namespace Bit.Core.Flags { public static class FeatureGate { } }
        """;

    [Fact]
    public async Task Obsolete_types_as_generic_arguments_attributes_and_receivers_of_calls_are_reported_and_declarations_counted_on_the_first_use()
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Mail.cs", ObsoleteMail),
                ("src/Api/Startup.cs", """
                    using Bit.Core.Services;
                    namespace Bit.Api;
                    public sealed class Startup
                    {
                        private readonly IMailService _mail = Registry.Get<{|SSOT3001:IMailService|}>();
                        public void Configure() => Registry.Add<{|SSOT3001:IMailService|}, {|SSOT3001:Bit.Core.Services.HandlebarsMailService|}>();
                        [{|SSOT3001:RequireFeature|}("mail")]
                        public void Notify(IMailService other) { _mail.{|SSOT3001:Send|}("ops"); _ = other.{|SSOT3001:Name|}; }
                        public System.Collections.Generic.List<IMailService> All { get; } = new System.Collections.Generic.List<{|SSOT3001:IMailService|}>();
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'IMailService' is legacy (Bit.Core.Services.IMailService: [Obsolete(\"Use the newer MailSender instead\")]); use 'Bit.Core.Services.MailSender' instead; also named by 3 declarations in this project (field, property, parameter, local, return or base types)"),
            Expect.Warning("'IMailService' is legacy (Bit.Core.Services.IMailService: [Obsolete(\"Use the newer MailSender instead\")]); use 'Bit.Core.Services.MailSender' instead"),
            Expect.Warning("'HandlebarsMailService' is legacy (Bit.Core.Services.HandlebarsMailService: [Obsolete(\"Replaced by MailSender\")]); use 'Bit.Core.Services.MailSender' instead"),
            Expect.Warning("'RequireFeature' is legacy (Bit.Core.Services.RequireFeatureAttribute: [Obsolete(\"Feature checks moved to <see cref=\"T:Bit.Core.Flags.FeatureGate\"/>\")]); use 'Bit.Core.Flags.FeatureGate' instead"),
            Expect.Warning("'Send' is legacy (Bit.Core.Services.IMailService: [Obsolete(\"Use the newer MailSender instead\")]); use 'Bit.Core.Services.MailSender' instead"),
            Expect.Warning("'Name' is legacy (Bit.Core.Services.IMailService: [Obsolete(\"Use the newer MailSender instead\")]); use 'Bit.Core.Services.MailSender' instead"),
            Expect.Warning("'IMailService' is legacy (Bit.Core.Services.IMailService: [Obsolete(\"Use the newer MailSender instead\")]); use 'Bit.Core.Services.MailSender' instead"));
    }

    [Fact]
    public async Task Declarations_alone_are_not_reported()
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Mail.cs", ObsoleteMail),
                ("src/Api/Holder.cs", """
                    using Bit.Core.Services;
                    namespace Bit.Api;
                    public abstract class Holder : IMailService
                    {
                        private IMailService? _inner;
                        public abstract void Send(string to);
                        public abstract string Name { get; }
                        public IMailService? Inner(IMailService? replacement) { IMailService? local = replacement; _inner = local; return _inner; }
                        public static TMail Pick<TMail>(TMail mail) where TMail : IMailService => mail;
                    }
                    """),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Obsolete_use_acknowledged_by_a_pragma_of_the_compiler_warning_is_info_and_a_pragma_of_SSOT3001_suppresses()
    {
        var diagnostics = await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Mail.cs", ObsoleteMail + """
                    namespace Bit.Core.Services
                    {
                        public static class Legacy { [System.Obsolete] public static void Flush() { } }
                    }
                    """),
                ("src/Api/Jobs.cs", """
                    using Bit.Core.Services;
                    namespace Bit.Api;
                    public sealed class Jobs
                    {
                    #pragma warning disable CS0618 // the mail service is retired with the next release
                        public object Mail() => new {|SSOT3001:HandlebarsMailService|}();
                    #pragma warning restore CS0618
                        public object Again() => new {|SSOT3001:HandlebarsMailService|}();
                    #pragma warning disable 618
                        public void Flush() => Legacy.{|SSOT3001:Flush|}();
                    #pragma warning disable CS0612
                        public void FlushAcknowledged() => Legacy.{|SSOT3001:Flush|}();
                    #pragma warning disable SSOT3001
                        public object Suppressed() => new HandlebarsMailService();
                    #pragma warning restore SSOT3001
                        [System.Diagnostics.CodeAnalysis.SuppressMessage("Netra.Ssot", "SSOT3001:Reference to legacy code", Justification = "shim")]
                        public object Shim() => new HandlebarsMailService();
                    }
                    """),
            },
        }.RunAsync(
            Expect.Info("'HandlebarsMailService' is legacy (Bit.Core.Services.HandlebarsMailService: [Obsolete(\"Replaced by MailSender\")]); use 'Bit.Core.Services.MailSender' instead (acknowledged: '#pragma warning disable CS0618')"),
            Expect.Warning("'HandlebarsMailService' is legacy (Bit.Core.Services.HandlebarsMailService: [Obsolete(\"Replaced by MailSender\")]); use 'Bit.Core.Services.MailSender' instead"),
            Expect.Warning("'Flush' is legacy (Bit.Core.Services.Legacy.Flush(): [Obsolete]); remove the reference"),
            Expect.Info("'Flush' is legacy (Bit.Core.Services.Legacy.Flush(): [Obsolete]); remove the reference (acknowledged: '#pragma warning disable CS0612')"));

        Assert.False(diagnostics[0].Properties.ContainsKey(DiagnosticProperties.MissionCritical));
    }

    [Theory]
    [InlineData("Use the newer SystemStorageDto instead", "use 'Storage.SystemStorageDto' instead")]
    [InlineData("Please use SystemStorageDto.", "use 'Storage.SystemStorageDto' instead")]
    [InlineData("Replaced by Storage.SystemStorageDto", "use 'Storage.SystemStorageDto' instead")]
    [InlineData("SystemStorageDto should be used", "use 'Storage.SystemStorageDto' instead")]
    [InlineData("use <see cref=\"Storage.SystemStorageDto.Create\"/>", "use 'Storage.SystemStorageDto.Create' instead")]
    [InlineData("Use FromBytes instead", "use 'Storage.StorageDto.FromBytes' instead")]
    [InlineData("Use SystemStorageDto.Create instead", "use 'Storage.SystemStorageDto.Create' instead")]
    [InlineData("Use the new API instead", "follow the [Obsolete] message")]
    [InlineData("Use StorageDtoV2 instead", "follow the [Obsolete] message")]
    public async Task The_replacement_is_read_from_common_phrasings_when_it_resolves(string message, string advice)
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Storage.cs", $$"""
                    namespace Storage
                    {
                        public sealed class StorageDto
                        {
                            [System.Obsolete("{{message.Replace("\"", "\\\"")}}")] public static StorageDto Parse(string text) => new();
                            public static StorageDto FromBytes(byte[] bytes) => new();
                        }
                        public sealed class SystemStorageDto { public static SystemStorageDto Create() => new(); }
                    }
                    """),
                ("src/Use.cs", "namespace App; public static class Use { public static object Read() => Storage.StorageDto.{|SSOT3001:Parse|}(\"x\"); }"),
            },
        }.RunAsync(Expect.Warning("'Parse' is legacy (Storage.StorageDto.Parse(string): [Obsolete(\"" + message + "\")]); " + advice));
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

        // Two generic CommandResult<T> (and a non-generic one that is not meant): no one type, so the message is to follow.
        // The compiler's warning is disabled: the use is acknowledged (info).
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Commands/CommandResult.cs", Commands),
                ("src/Core/Results/CommandResult.cs", "namespace Bit.Core.Results { public class CommandResult<T> { } public class CommandResult : CommandResult<object> { } }"),
                ("src/Api/InviteController.cs", Controller),
            },
        }.RunAsync(Expect.Info(Message + "follow the [Obsolete] message (acknowledged: '#pragma warning disable CS0618')"));

        // One generic CommandResult<T>: that type, named as C# writes it.
        var diagnostics = await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Commands/CommandResult.cs", Commands),
                ("src/Api/InviteController.cs", Controller),
            },
        }.RunAsync(Expect.Info(Message + "use 'Bit.Core.Commands.CommandResult<T>' instead (acknowledged: '#pragma warning disable CS0618')"));

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

    [Fact]
    public async Task A_replacement_in_a_project_this_one_does_not_reference_is_named_from_the_solution_index()
    {
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Model/SystemInfo.cs", """
                    namespace Model.System;
                    public sealed class SystemInfo { [global::System.Obsolete("Use the newer SystemStorageDto instead")] public string ProgramDataPath { get; set; } = ""; }
                    """),
                ("src/Server/SystemManager.cs", "namespace Server; public static class SystemManager { public static string Path(Model.System.SystemInfo info) => info.{|SSOT3001:ProgramDataPath|}; }"),
            },
            AdditionalTexts =
            {
                SolutionIndexes.Build("{}", new SolutionIndexes.Project[] { new("Api", false, ("src/Api/SystemStorageDto.cs", "namespace Api.Models;\npublic sealed record SystemStorageDto(string ProgramDataPath);")) }),
            },
        }.RunAsync(Expect.Warning("'ProgramDataPath' is legacy (Model.System.SystemInfo.ProgramDataPath: [Obsolete(\"Use the newer SystemStorageDto instead\")]); use 'Api.Models.SystemStorageDto' instead"));
    }

    [Fact]
    public async Task Obsolete_code_used_in_the_accessors_of_an_obsolete_property_is_not_reported_as_the_compiler_does_not_warn_there()
    {
        // AutoFixture's FrozenAttribute: the obsolete property As reads and writes the obsolete field @as (no CS0618);
        // the constructor, outside the obsolete context, still uses it (CS0618, so SSOT3001 too).
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Xunit2/FrozenAttribute.cs", """
                    namespace Fixture.Xunit2;
                    public sealed class FrozenAttribute : System.Attribute
                    {
                        [System.Obsolete("Use By instead")] private System.Type? @as;
                        public FrozenAttribute(System.Type? type) { this.{|SSOT3001:@as|} = type; }
                        [System.Obsolete("Use By instead")]
                        public System.Type? As
                        {
                            get { return this.@as; }
                            set { this.@as = value; }
                        }
                        [System.Obsolete("Use By instead")]
                        public event System.EventHandler? Changed { add { this.@as = null; } remove { this.@as = null; } }
                    }
                    """),
            },
        }.RunAsync(Expect.Warning("'@as' is legacy (Fixture.Xunit2.FrozenAttribute.@as: [Obsolete(\"Use By instead\")]); follow the [Obsolete] message"));
    }

    [Fact]
    public async Task A_member_inherited_from_an_obsolete_base_is_reported_only_when_reached_through_the_obsolete_type()
    {
        // AutoFixture: Postprocessor<T> is obsolete, the current Postprocessor derives from Postprocessor<object>;
        // 'node.Builder' on a Postprocessor gives no CS0618, 'generic.Builder' on a Postprocessor<int> is obsolete use.
        await new AnalyzerTest(new LegacyReferenceAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Kernel/Postprocessor.cs", """
                    namespace Fixture.Kernel;
                    public class Postprocessor : Postprocessor<object> { public Postprocessor(object builder) : base(builder) { } }
                    [System.Obsolete("The generic version of the Postprocessor is no longer used. Please use the non-generic version of the Postprocessor type.")]
                    public class Postprocessor<T>
                    {
                        public Postprocessor(object builder) { this.Builder = builder; }
                        public object Builder { get; }
                        public object Compose() => this.Builder;
                    }
                    """),
                ("src/Dsl/NodeComposer.cs", """
                    namespace Fixture.Dsl;
                    public static class NodeComposer
                    {
                        public static object Rewrite(Fixture.Kernel.Postprocessor node) => new Fixture.Kernel.Postprocessor(node.Builder).Compose();
                    #pragma warning disable 618
                        public static object Legacy(Fixture.Kernel.Postprocessor<int> generic) => generic.{|SSOT3001:Builder|};
                    #pragma warning restore 618
                    }
                    """),
            },
        }.RunAsync(Expect.Info("'Builder' is legacy (Fixture.Kernel.Postprocessor<T>: [Obsolete(\"The generic version of the Postprocessor is no longer used. Please use the non-generic version of the Postprocessor type.\")]); follow the [Obsolete] message (acknowledged: '#pragma warning disable CS0618')"));
    }
}
