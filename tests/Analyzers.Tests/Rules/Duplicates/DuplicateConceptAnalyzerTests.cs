using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Catalog;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

public sealed class DuplicateConceptAnalyzerTests
{
    private const string WebSocketConcept = """
        {
          "concepts": [{
            "name": "WebSocketManager",
            "canonical": "Core.UnifiedWebSocketManager",
            "match": ["*WebSocketManager", "*WsManager"],
            "implements": ["Core.IWebSocketManager"],
            "aliases": ["Core.WebSocketManager"],
            "scope": "production"
          }]
        }
        """;

    private const string Core = """
        namespace Core;
        public interface IWebSocketManager { void Send(string message); }
        public class UnifiedWebSocketManager : IWebSocketManager { public void Send(string message) { } }
        public class WebSocketManager : UnifiedWebSocketManager { }
        public sealed class WebSocketManagerFactory { }
        """;

    [Fact]
    public async Task Reports_types_claiming_the_concept_by_name_or_interface_but_not_canonical_or_alias()
    {
        var diagnostics = await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = WebSocketConcept,
            Sources =
            {
                ("src/Core/WebSockets.cs", Core),
                ("src/Legacy/LegacyWsManager.cs", """
                    namespace Legacy;
                    public class {|SSOT1001:LegacyWsManager|} { }
                    """),
                ("src/Chat/ChatConnectionHandler.cs", """
                    namespace Chat;
                    internal sealed class {|SSOT1001:ChatConnectionHandler|} : Core.IWebSocketManager { public void Send(string message) { } }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'ChatConnectionHandler' is a second implementation of concept 'WebSocketManager'; the canonical one is 'UnifiedWebSocketManager' (src/Core/WebSockets.cs)"),
            Expect.Warning("'LegacyWsManager' is a second implementation of concept 'WebSocketManager'; the canonical one is 'UnifiedWebSocketManager' (src/Core/WebSockets.cs)"));

        var canonical = Assert.Single(diagnostics[1].AdditionalLocations);
        Assert.Equal("/repo/src/Core/WebSockets.cs", canonical.GetLineSpan().Path);
        Assert.Equal(2, canonical.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("WebSocketManager", diagnostics[1].Properties[DiagnosticProperties.Entry]);
    }

    [Fact]
    public async Task A_mission_critical_concept_reports_errors_marked_mission_critical()
    {
        var diagnostics = await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"], "missionCritical": true }] }""",
            Source = """
                namespace App;
                public class MessageRouter { }
                public class {|SSOT1001:AgentMessageRouter|} { }
                """,
        }.RunAsync(
            Expect.Error("'AgentMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/Test0.cs)"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("true", diagnostic.Properties[DiagnosticProperties.MissionCritical]);
    }

    [Fact]
    public async Task Scope_production_ignores_test_projects_and_test_globs()
    {
        const string config = """
            { "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"], "scope": "production" }],
              "tests": ["tests/**"] }
            """;
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = config,
            Sources =
            {
                ("src/App.cs", "namespace App; public class MessageRouter { } public class {|SSOT1001:OtherMessageRouter|} { }"),
                ("tests/FakeMessageRouter.cs", "namespace App.Tests; public class FakeMessageRouter { }"),
            },
        }.RunAsync(
            Expect.Warning("'OtherMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/App.cs)"));

        var testProject = new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = config,
            Source = "namespace App; public class MessageRouter { } public class OtherMessageRouter { }",
        };
        testProject.GlobalOptions["build_property.IsTestProject"] = "true";
        await testProject.RunAsync();
    }

    [Fact]
    public async Task Scope_test_only_looks_at_test_files()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """
                { "concepts": [{ "name": "Clock", "canonical": "Tests.FakeClock", "match": ["*Clock"], "scope": "test" }],
                  "tests": ["tests/**"] }
                """,
            Sources =
            {
                ("src/SystemClock.cs", "namespace App; public class SystemClock { }"),
                ("tests/FakeClock.cs", "namespace Tests; public class FakeClock { } public class {|SSOT1001:ManualClock|} { }"),
            },
        }.RunAsync(
            Expect.Warning("'ManualClock' is a second implementation of concept 'Clock'; the canonical one is 'FakeClock' (tests/FakeClock.cs)"));
    }

    [Fact]
    public async Task Generic_arity_is_part_of_the_canonical_identity()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Repository", "canonical": "Data.Repository`1", "match": ["*Repository"] }] }""",
            Source = """
                namespace Data;
                public class Repository<T> { }
                public class {|SSOT1001:Repository|} { }
                public class {|SSOT1001:OtherRepository|}<T> { }
                public class CachedRepository<T> : Repository<T> { }
                """,
        }.RunAsync(
            Expect.Warning("'Repository' is a second implementation of concept 'Repository'; the canonical one is 'Repository<T>' (src/Test0.cs)"),
            Expect.Warning("'OtherRepository<T>' is a second implementation of concept 'Repository'; the canonical one is 'Repository<T>' (src/Test0.cs)"));
    }

    [Fact]
    public async Task A_partial_type_is_reported_once_on_its_first_declaration()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""",
            Sources =
            {
                ("src/A.cs", "namespace App; public class MessageRouter { } public partial class {|SSOT1001:SecondMessageRouter|} { }"),
                ("src/B.cs", "namespace App; public partial class SecondMessageRouter { void M() { } }"),
            },
        }.RunAsync(
            Expect.Warning("'SecondMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/A.cs)"));
    }

    [Fact]
    public async Task Nested_types_are_matched_by_simple_name_and_canonical_by_metadata_name()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Handler", "canonical": "App.Outer+MessageHandler", "match": ["*MessageHandler"] }] }""",
            Source = """
                namespace App;
                public class Outer
                {
                    public class MessageHandler { }
                    private sealed class {|SSOT1001:PrivateMessageHandler|} { }
                }
                """,
        }.RunAsync(
            Expect.Warning("'PrivateMessageHandler' is a second implementation of concept 'Handler'; the canonical one is 'MessageHandler' (src/Test0.cs)"));
    }

    [Fact]
    public async Task Interfaces_abstract_classes_and_records_are_judged_by_what_they_are()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""",
            Source = """
                namespace App;
                public interface IMessageRouter { }
                public abstract class BaseMessageRouter { }
                public class MessageRouter : BaseMessageRouter, IMessageRouter { }
                public record {|SSOT1001:RecordMessageRouter|}(string Name);
                public struct {|SSOT1001:ValueMessageRouter|} { }
                """,
        }.RunAsync(
            Expect.Warning("'RecordMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/Test0.cs)"),
            Expect.Warning("'ValueMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/Test0.cs)"));
    }

    [Fact]
    public async Task Implements_may_name_a_base_class()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Store", "canonical": "App.SqlStore", "implements": ["App.StoreBase"] }] }""",
            Source = """
                namespace App;
                public abstract class StoreBase { }
                public class SqlStore : StoreBase { }
                public class {|SSOT1001:FileStore|} : StoreBase { }
                public class {|SSOT1001:CachedFileStore|} : FileStore { }
                """,
        }.RunAsync(
            Expect.Warning("'FileStore' is a second implementation of concept 'Store'; the canonical one is 'SqlStore' (src/Test0.cs)"),
            Expect.Warning("'CachedFileStore' is a second implementation of concept 'Store'; the canonical one is 'SqlStore' (src/Test0.cs)"));
    }

    [Fact]
    public async Task The_canonical_type_may_live_in_a_referenced_project()
    {
        var test = new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = WebSocketConcept,
            Source = "namespace Chat; public sealed class {|SSOT1001:ChatWebSocketManager|} : Core.IWebSocketManager { public void Send(string message) { } }",
        };
        test.ReferencedProjectSources.Add(("src/Core/WebSockets.cs", Core));

        var diagnostic = Assert.Single(await test.RunAsync(
            Expect.Warning("'ChatWebSocketManager' is a second implementation of concept 'WebSocketManager'; the canonical one is 'UnifiedWebSocketManager' (src/Core/WebSockets.cs)")));

        Assert.Equal(LocationKind.ExternalFile, Assert.Single(diagnostic.AdditionalLocations).Kind);
    }

    [Fact]
    public async Task A_missing_canonical_type_is_named_in_the_message()
    {
        var diagnostic = Assert.Single(await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*Router"] }] }""",
            Source = "namespace Auth; public class {|SSOT1001:AuthRouter|} { }",
        }.RunAsync(
            Expect.Warning("'AuthRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (not found in this project or its references)")));

        Assert.Empty(diagnostic.AdditionalLocations);
    }

    [Fact]
    public async Task Excluded_files_are_not_analyzed()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }], "exclude": ["**/Generated/**"] }""",
            Sources =
            {
                ("src/App.cs", "namespace App; public class MessageRouter { }"),
                ("src/Generated/Proxy.cs", "namespace App; public class ProxyMessageRouter { }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Is_silent_without_concepts_or_without_ssot_json()
    {
        const string source = "namespace App; public class MessageRouter { } public class OtherMessageRouter { }";
        await new AnalyzerTest(new DuplicateConceptAnalyzer()) { Source = source }.RunAsync();
        await new AnalyzerTest(new DuplicateConceptAnalyzer()) { Source = source, Config = "{ \"concepts\": [] }" }.RunAsync();
    }

    [Fact]
    public async Task With_the_solution_index_the_canonical_place_is_named_even_from_a_project_that_does_not_reference_it()
    {
        var diagnostics = await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Router", "canonical": "Backend.MessageRouter", "match": ["*MessageRouter"] }] }""",
            Sources = { ("src/Auth/AuthMessageRouter.cs", "namespace Auth; public sealed class {|SSOT1001:AuthMessageRouter|} { }") },
            AdditionalTexts =
            {
                SolutionIndexes.Build(
                    """{ "concepts": [{ "name": "Router", "canonical": "Backend.MessageRouter", "match": ["*MessageRouter"] }] }""",
                    new SolutionIndexes.Project[] { new("Backend", false, ("src/Backend/MessageRouter.cs", "namespace Backend;\npublic sealed class MessageRouter { }")) }),
            },
        }.RunAsync(
            Expect.Warning("'AuthMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (src/Backend/MessageRouter.cs)"));

        var canonical = Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan();
        Assert.Equal(("/repo/src/Backend/MessageRouter.cs", 1, 20), (canonical.Path, canonical.StartLinePosition.Line, canonical.StartLinePosition.Character));
    }

    private const string IdentityConcept = """
        { "concepts": [{ "name": "IdentityService", "canonical": "Ordering.Services.IdentityService", "implements": ["Ordering.Services.IIdentityService"], "scope": "production" }] }
        """;

    private const string OrderingIdentity = """
        namespace Ordering.Services;
        public interface IIdentityService { string GetUserIdentity(); string GetUserName(); }
        public class IdentityService : IIdentityService { public string GetUserIdentity() => "id"; public string GetUserName() => "name"; }
        """;

    /// <summary>
    /// eShop: the MAUI client's <c>IdentityService</c> signs the user in through its own <c>IIdentityService</c>; the
    /// concept is the ordering API's claims reader. Same word, another thing: not a second implementation.
    /// </summary>
    [Fact]
    public async Task A_type_named_like_the_canonical_one_that_implements_its_own_contract_of_that_name_is_not_claimed()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = IdentityConcept,
            Sources =
            {
                ("src/ClientApp/Services/Identity/IdentityService.cs", """
                    namespace ClientApp.Services.Identity;
                    public interface IIdentityService { System.Threading.Tasks.Task<bool> SignInAsync(); System.Threading.Tasks.Task<bool> SignOutAsync(); System.Threading.Tasks.Task<string> GetAuthTokenAsync(); }
                    public class IdentityService : IIdentityService
                    {
                        public System.Threading.Tasks.Task<bool> SignInAsync() => System.Threading.Tasks.Task.FromResult(true);
                        public System.Threading.Tasks.Task<bool> SignOutAsync() => System.Threading.Tasks.Task.FromResult(true);
                        public System.Threading.Tasks.Task<string> GetAuthTokenAsync() => System.Threading.Tasks.Task.FromResult("token");
                    }
                    """),
            },
            AdditionalTexts = { SolutionIndexes.Build(IdentityConcept, new SolutionIndexes.Project[] { new("Ordering", false, ("src/Ordering/Services/IdentityService.cs", OrderingIdentity)) }) },
        }.RunAsync();
    }

    /// <summary>A copy of the whole contract (the interface copied along with the class) is still a second implementation, and so is a same-named type without a contract.</summary>
    [Fact]
    public async Task A_type_named_like_the_canonical_one_is_claimed_when_its_contract_is_a_copy_or_it_has_none()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = IdentityConcept,
            Sources =
            {
                ("src/Basket/Services/IdentityService.cs", """
                    namespace Basket.Services;
                    public interface IIdentityService { string GetUserIdentity(); string GetUserName(); }
                    public class {|SSOT1001:IdentityService|} : IIdentityService { public string GetUserIdentity() => "id"; public string GetUserName() => "name"; }
                    """),
                ("src/Webhooks/IdentityService.cs", """
                    namespace Webhooks;
                    public class {|SSOT1001:IdentityService|} { public string GetUserIdentity() => "id"; }
                    """),
            },
            AdditionalTexts = { SolutionIndexes.Build(IdentityConcept, new SolutionIndexes.Project[] { new("Ordering", false, ("src/Ordering/Services/IdentityService.cs", OrderingIdentity)) }) },
        }.RunAsync(
            Expect.Warning("'IdentityService' is a second implementation of concept 'IdentityService'; the canonical one is 'IdentityService' (src/Ordering/Services/IdentityService.cs)"),
            Expect.Warning("'IdentityService' is a second implementation of concept 'IdentityService'; the canonical one is 'IdentityService' (src/Ordering/Services/IdentityService.cs)"));
    }

    private const string ControllerConcept = """
        { "concepts": [{ "name": "Controller", "canonical": "Main.Controller", "implements": ["Main.IController"], "scope": "production" }] }
        """;

    private const string MainController = """
        namespace Main;
        public interface IController { void Backup(string source); }
        public class Controller : IController { public void Backup(string source) { } }
        """;

    /// <summary>Duplicati: the RPC server holds the one Controller and forwards to it; the localization class of the same name is static text.</summary>
    [Fact]
    public async Task A_wrapper_holding_the_canonical_instance_and_a_static_class_of_the_same_name_are_not_second_implementations()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = ControllerConcept,
            Sources =
            {
                ("src/Main/Controller.cs", MainController),
                ("src/Main/IPC/ControllerRpcServer.cs", """
                    namespace Main.IPC;
                    public class ControllerRpcServer : Main.IController
                    {
                        private Main.Controller? _controller;
                        public void Start(string url) => _controller = new Main.Controller();
                        public void Backup(string source) => _controller!.Backup(source);
                    }
                    """),
                ("src/Main/CachingController.cs", """
                    namespace Main.Caching;
                    public class CachingController : Main.IController
                    {
                        public Main.Controller Inner { get; } = new();
                        public void Backup(string source) => Inner.Backup(source);
                    }
                    """),
                ("src/Main/Strings.cs", """
                    namespace Main.Strings;
                    internal static class Controller { public static string StartingBackup => "Starting backup"; }
                    """),
            },
        }.RunAsync();
    }

    /// <summary>A class that does the work itself is still a second implementation, by interface or by name, and a static copy of a static canonical class is a copy.</summary>
    [Fact]
    public async Task A_class_that_implements_the_concept_itself_is_reported_and_a_static_copy_of_a_static_canonical_is_too()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """
                { "concepts": [
                  { "name": "Controller", "canonical": "Main.Controller", "implements": ["Main.IController"], "scope": "production" },
                  { "name": "Paths", "canonical": "Main.PathHelper", "scope": "production" }
                ] }
                """,
            Sources =
            {
                ("src/Main/Controller.cs", MainController + "\npublic static class PathHelper { public static string Join(string a, string b) => a + \"/\" + b; }\n"),
                ("src/Main/IPC/ControllerRpcProxy.cs", """
                    namespace Main.IPC;
                    public class {|SSOT1001:ControllerRpcProxy|} : Main.IController
                    {
                        private Main.IController? _remote;
                        public void Backup(string source) => _remote?.Backup(source);
                    }
                    """),
                ("src/Server/Controller.cs", """
                    namespace Server;
                    public class {|SSOT1001:Controller|} { public void Backup(string source) { } }
                    """),
                ("src/Server/PathHelper.cs", """
                    namespace Server;
                    public static class {|SSOT1001:PathHelper|} { public static string Join(string a, string b) => a + "/" + b; }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'ControllerRpcProxy' is a second implementation of concept 'Controller'; the canonical one is 'Controller' (src/Main/Controller.cs)"),
            Expect.Warning("'Controller' is a second implementation of concept 'Controller'; the canonical one is 'Controller' (src/Main/Controller.cs)"),
            Expect.Warning("'PathHelper' is a second implementation of concept 'Paths'; the canonical one is 'PathHelper' (src/Main/Controller.cs)"));
    }

    [Fact]
    public async Task A_type_deriving_from_the_canonical_type_is_a_specialisation_not_a_copy()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "FileTarget", "canonical": "Targets.FileTarget", "match": ["*FileTarget"], "implements": ["Targets.ITarget"] }] }""",
            Sources =
            {
                ("src/Targets.cs", """
                    namespace Targets;
                    public interface ITarget { }
                    public class FileTarget : ITarget { }
                    public sealed class GZipFileTarget : FileTarget { }
                    public class AtomicFileTarget<T> : FileTarget { }
                    public sealed class {|SSOT1001:CopiedFileTarget|} : ITarget { }
                    public sealed class {|SSOT1001:MemoryTarget|} : ITarget { }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'CopiedFileTarget' is a second implementation of concept 'FileTarget'; the canonical one is 'FileTarget' (src/Targets.cs)"),
            Expect.Warning("'MemoryTarget' is a second implementation of concept 'FileTarget'; the canonical one is 'FileTarget' (src/Targets.cs)"));
    }

    [Fact]
    public async Task Enums_interfaces_records_and_delegates_are_concepts_and_their_second_implementations_are_reported()
    {
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = """
                {
                  "concepts": [
                    { "name": "OrderStatus", "canonical": "Ordering.Domain.OrderStatus" },
                    { "name": "Clock", "canonical": "Shared.IClock", "match": ["I*Clock"] },
                    { "name": "Money", "canonical": "Shared.Money", "match": ["*Money"] },
                    { "name": "Position", "canonical": "Shared.Position" },
                    { "name": "Handler", "canonical": "Shared.EventHandlerCallback", "match": ["*HandlerCallback"] },
                    { "name": "Router", "canonical": "Shared.MessageRouter", "match": ["*Router*"], "implements": ["Shared.IRouter"] }
                  ]
                }
                """,
            Sources =
            {
                ("src/Shared/Shared.cs", """
                    namespace Shared;
                    public interface IClock { System.DateTime Now { get; } }
                    public sealed record Money(decimal Amount, string Currency);
                    public readonly record struct Position(int X, int Y);
                    public delegate void EventHandlerCallback(object sender);
                    public interface IRouter { }
                    public class MessageRouter : IRouter { }
                    """),
                ("src/Ordering/OrderStatus.cs", "namespace Ordering.Domain; public enum OrderStatus { Submitted, Paid }"),
                ("src/Api/Copies.cs", """
                    namespace Api;
                    public enum {|SSOT1001:OrderStatus|} { Submitted, Paid, Shipped }
                    public enum OrderState { Submitted }
                    public interface {|SSOT1001:ISystemClock|} { System.DateTime Now { get; } }
                    public sealed class SystemClock : Shared.IClock { public System.DateTime Now => System.DateTime.UtcNow; }
                    public sealed record {|SSOT1001:PriceMoney|}(decimal Amount);
                    public record struct {|SSOT1001:Position|}(int X, int Y);
                    public delegate void {|SSOT1001:OrderHandlerCallback|}(object sender);
                    public interface IRouterWithMetrics : Shared.IRouter { }
                    public enum RouterKind { Direct }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'OrderStatus' is a second implementation of concept 'OrderStatus'; the canonical one is 'OrderStatus' (src/Ordering/OrderStatus.cs)"),
            Expect.Warning("'ISystemClock' is a second implementation of concept 'Clock'; the canonical one is 'IClock' (src/Shared/Shared.cs)"),
            Expect.Warning("'PriceMoney' is a second implementation of concept 'Money'; the canonical one is 'Money' (src/Shared/Shared.cs)"),
            Expect.Warning("'Position' is a second implementation of concept 'Position'; the canonical one is 'Position' (src/Shared/Shared.cs)"),
            Expect.Warning("'OrderHandlerCallback' is a second implementation of concept 'Handler'; the canonical one is 'EventHandlerCallback' (src/Shared/Shared.cs)"));
    }

    [Fact]
    public async Task With_the_solution_index_an_enum_concept_declared_in_an_unreferenced_project_judges_enums_only()
    {
        const string config = """{ "concepts": [{ "name": "OrderStatus", "canonical": "Ordering.OrderStatus", "match": ["*OrderStatus"] }] }""";
        await new AnalyzerTest(new DuplicateConceptAnalyzer())
        {
            Config = config,
            Sources =
            {
                ("src/Web/OrderStatus.cs", """
                    namespace Web;
                    public enum {|SSOT1001:OrderStatus|} { Submitted }
                    public sealed class OrderStatusBadge { }
                    """),
            },
            AdditionalTexts =
            {
                SolutionIndexes.Build(config, new SolutionIndexes.Project[] { new("Ordering", false, ("src/Ordering/OrderStatus.cs", "namespace Ordering;\npublic enum OrderStatus { Submitted, Paid }")) }),
            },
        }.RunAsync(
            Expect.Warning("'OrderStatus' is a second implementation of concept 'OrderStatus'; the canonical one is 'OrderStatus' (src/Ordering/OrderStatus.cs)"));
    }
}
