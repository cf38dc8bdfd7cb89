using Microsoft.CodeAnalysis;
using Netra.Ssot.Rules.Architecture;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Architecture;

public sealed class NamespaceCycleAnalyzerTests
{
    private const string Advice = "; break one edge, for example by moving the shared contract into the lower namespace";

    [Fact]
    public async Task A_two_namespace_cycle_is_reported_once_at_the_edge_that_closes_it_with_every_edge()
    {
        var diagnostics = await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Backend/Agents/AgentRunner.cs", """
                    using System.Threading.Tasks;
                    using Netra.Backend.WebSocketCore;

                    namespace Netra.Backend.Agents;

                    public sealed class AgentRunner(UnifiedWebSocketManager sockets)
                    {
                        public Task RunAsync(string userId, string text) => sockets.SendAsync(userId, text);
                    }
                    """),
                ("src/Backend/WebSocketCore/UnifiedWebSocketManager.cs", """
                    using System.Threading.Tasks;
                    using Netra.Backend.Agents;

                    namespace Netra.Backend.WebSocketCore;

                    public class UnifiedWebSocketManager
                    {
                        public Task SendAsync(string userId, string text) => Task.CompletedTask;

                        public Task OnMessageAsync(string userId, string text, {|SSOT5001:AgentRunner|} runner) => runner.RunAsync(userId, text);
                    }
                    """),
            },
        }.RunAsync(Expect.Info(
            "namespace cycle: Netra.Backend.Agents → Netra.Backend.WebSocketCore → Netra.Backend.Agents "
            + "(src/Backend/Agents/AgentRunner.cs:6 uses 'UnifiedWebSocketManager'; src/Backend/WebSocketCore/UnifiedWebSocketManager.cs:10 uses 'AgentRunner')"
            + Advice));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            new[] { "/repo/src/Backend/Agents/AgentRunner.cs:6:33", "/repo/src/Backend/WebSocketCore/UnifiedWebSocketManager.cs:10:60" },
            diagnostic.AdditionalLocations.Select(Place));
    }

    [Fact]
    public async Task A_three_namespace_cycle_names_each_edge_at_its_first_reference_by_path_then_position()
    {
        var diagnostics = await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Orders/Order.cs", """
                    namespace Shop.Orders;
                    public class Order : Shop.Billing.{|SSOT5001:Invoiceable|} { }
                    """),
                ("src/Billing/Invoiceable.cs", """
                    namespace Shop.Billing;
                    public abstract class Invoiceable
                    {
                        public object Print() => new Shop.Printing.Printer();
                    }
                    """),
                ("src/Billing/Invoice.cs", """
                    namespace Shop.Billing;
                    public sealed class Invoice
                    {
                        public object Print() => new Shop.Printing.Printer();
                    }
                    """),
                ("src/Printing/Printer.cs", """
                    namespace Shop.Printing;
                    public sealed class Printer
                    {
                        public string Title() => typeof(Shop.Orders.Order).Name;
                    }
                    """),
            },
        }.RunAsync(Expect.Info(
            "namespace cycle: Shop.Billing → Shop.Printing → Shop.Orders → Shop.Billing "
            + "(src/Billing/Invoice.cs:4 uses 'Printer'; src/Printing/Printer.cs:4 uses 'Order'; src/Orders/Order.cs:2 uses 'Invoiceable')"
            + Advice));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            new[] { "/repo/src/Billing/Invoice.cs:4:48", "/repo/src/Printing/Printer.cs:4:49", "/repo/src/Orders/Order.cs:2:35" },
            diagnostic.AdditionalLocations.Select(Place));
    }

    [Fact]
    public async Task A_tangle_is_reported_once_with_a_shortest_cycle_through_its_smallest_namespace_and_its_size()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/A.cs", "namespace A; public class Alpha { public B.Beta? Next; }"),
                ("src/B.cs", "namespace B; public class Beta { public A.{|SSOT5001:Alpha|}? Back; public C.Gamma? Next; }"),
                ("src/C.cs", "namespace C; public class Gamma { public D.Delta? Next; }"),
                ("src/D.cs", "namespace D; public class Delta { public B.Beta? Back; }"),
            },
        }.RunAsync(Expect.Info(
            "namespace cycle: A → B → A (src/A.cs:1 uses 'Beta'; src/B.cs:1 uses 'Alpha') "
            + "(the cycle is part of a tangle of 4 namespaces: A, B, C, D)"
            + Advice));
    }

    [Fact]
    public async Task Two_separate_cycles_are_two_diagnostics_in_namespace_order()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Zeta.cs", "namespace Zeta; public class Z1 { public Zeta.Inner.Z2? Child; }"),
                ("src/Zeta.Inner.cs", "namespace Zeta.Inner; public class Z2 { public Zeta.{|SSOT5001:Z1|}? Parent; }"),
                ("src/Auth.cs", "namespace Auth; public class Login { public Users.User? Who; }"),
                ("src/Users.cs", "namespace Users; public class User { public Auth.{|SSOT5001:Login|}? Last; }"),
                ("src/Standalone.cs", "namespace Standalone; public class Tool { public Auth.Login? Uses; public Zeta.Z1? Also; }"),
            },
        }.RunAsync(
            Expect.Info("namespace cycle: Auth → Users → Auth (src/Auth.cs:1 uses 'User'; src/Users.cs:1 uses 'Login')" + Advice),
            Expect.Info("namespace cycle: Zeta → Zeta.Inner → Zeta (src/Zeta.cs:1 uses 'Z2'; src/Zeta.Inner.cs:1 uses 'Z1')" + Advice));
    }

    [Fact]
    public async Task A_using_that_nothing_uses_is_not_an_edge()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/A.cs", """
                    #pragma warning disable CS8019
                    using B;
                    namespace A { public class Alpha { } }
                    """),
                ("src/B.cs", "namespace B; public class Beta { public A.Alpha? Back; }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task An_anonymous_type_is_no_edge_into_the_global_namespace_of_top_level_statements()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Events.cs", """
                    namespace App.Events;
                    public sealed class Publisher(App.Sockets.ISocket socket)
                    {
                        public object Frame(string name) => new { @event = name, socket };
                    }
                    """),
                ("src/Sockets.cs", "namespace App.Sockets; public interface ISocket { }"),
                ("src/Program.cs", """
                    App.Sockets.ISocket? socket = null;
                    System.Console.WriteLine(new App.Events.Publisher(socket!).Frame("started"));
                    """),
            },
            OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
        }.RunAsync();
    }

    [Fact]
    public async Task Types_of_the_global_namespace_close_no_cycle()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Catalog/Extensions.cs", "public static class Extensions { public static void AddCatalog() => Shared.Telemetry.Trace(); }"),
                ("src/Shared/Telemetry.cs", "namespace Shared; public static class Telemetry { public static void Trace() => ActivityExtensions.Start(); }"),
                ("src/Shared/ActivityExtensions.cs", "public static class ActivityExtensions { public static void Start() { } }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task References_from_test_code_and_from_generated_code_do_not_count()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = """{ "tests": ["tests/**"] }""",
            Sources =
            {
                ("src/A.cs", "namespace A; public class Alpha { public B.Beta? Next; public C.Gamma? Other; }"),
                ("src/B.cs", "namespace B; public class Beta { }"),
                ("tests/BTests.cs", "namespace B; public class BetaTests { public A.Alpha? Back; }"),
                ("src/C.cs", "namespace C; public partial class Gamma { }"),
                ("src/C.g.cs", "namespace C; public partial class Gamma : A.Alpha { public A.Alpha? Back; }"),
                ("src/Gen.cs", """
                    // <auto-generated/>
                    namespace C { public class Generated { public A.Alpha? Back => new A.Alpha(); } }
                    """),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_test_project_is_not_analyzed()
    {
        var test = new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/A.cs", "namespace A; public class Alpha { public B.Beta? Next; }"),
                ("src/B.cs", "namespace B; public class Beta { public A.Alpha? Back; }"),
            },
        };
        test.GlobalOptions["build_property.IsTestProject"] = "true";
        await test.RunAsync();
    }

    [Fact]
    public async Task A_cycle_is_accepted_when_every_namespace_matches_cycles_ignore_and_reported_when_one_does_not()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = """{ "cycles": { "ignore": ["Legacy.*", "Core"] } }""",
            Sources =
            {
                ("src/Legacy/Sockets.cs", "namespace Legacy.Sockets; public class OldSocket { public Legacy.Routing.OldRouter? Router; }"),
                ("src/Legacy/Routing.cs", "namespace Legacy.Routing; public class OldRouter { public Legacy.Sockets.OldSocket? Socket; }"),
                ("src/Core.cs", "namespace Core; public class Kernel { public Legacy.Routing.OldRouter? Router; }"),
                ("src/Legacy/Bridge.cs", "namespace Legacy.Bridge; public class Adapter { public Core.Kernel? Kernel; public App.{|SSOT5001:Service|}? Service; }"),
                ("src/App.cs", "namespace App; public class Service { public Legacy.Bridge.Adapter? Adapter; }"),
            },
        }.RunAsync(Expect.Info(
            // Legacy.Sockets ⇄ Legacy.Routing is accepted; Core ⇄ Legacy.* would be too, but App is in the same tangle.
            "namespace cycle: App → Legacy.Bridge → App (src/App.cs:1 uses 'Adapter'; src/Legacy/Bridge.cs:1 uses 'Service')"
            + Advice));
    }

    [Fact]
    public async Task An_accepted_tangle_stays_silent()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = """{ "cycles": { "ignore": ["Legacy.*", "Core"] } }""",
            Sources =
            {
                ("src/Legacy/Sockets.cs", "namespace Legacy.Sockets; public class OldSocket { public Legacy.Routing.OldRouter? Router; }"),
                ("src/Legacy/Routing.cs", "namespace Legacy.Routing; public class OldRouter { public Legacy.Sockets.OldSocket? Socket; public Core.Kernel? Kernel; }"),
                ("src/Core.cs", "namespace Core; public class Kernel { public Legacy.Routing.OldRouter? Router; }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Mission_critical_cycles_are_errors()
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = """{ "cycles": { "missionCritical": true } }""",
            Sources =
            {
                ("src/A.cs", "namespace A; public class Alpha { public B.Beta? Next; }"),
                ("src/B.cs", "namespace B; public class Beta { public A.{|SSOT5001:Alpha|}? Back; }"),
            },
        }.RunAsync(Expect.Error("namespace cycle: A → B → A (src/A.cs:1 uses 'Beta'; src/B.cs:1 uses 'Alpha')" + Advice));
    }

    public static TheoryData<string, string> References => new()
    {
        { "public class Derived : {|SSOT5001:Target|} { }", "Target" },
        { "public class Implementation : {|SSOT5001:ITarget|} { }", "ITarget" },
        { "[{|SSOT5001:Target|}] public void Marked() { }", "TargetAttribute" },
        { "public {|SSOT5001:Target|}? Field;", "Target" },
        { "public {|SSOT5001:Target|}? Property { get; set; }", "Target" },
        { "public {|SSOT5001:Target|}? Make() => null;", "Target" },
        { "public void Take({|SSOT5001:Target|} target) { }", "Target" },
        { "public System.Collections.Generic.List<{|SSOT5001:Target|}> All = new();", "Target" },
        { "public void Constrained<T>() where T : {|SSOT5001:Target|} { }", "Target" },
        { "public object Create() => new {|SSOT5001:Target|}();", "Target" },
        { "public void Call() => {|SSOT5001:Target|}.Run();", "Target" },
        { "public void Extend() => \"x\".{|SSOT5001:Touch|}();", "TargetExtensions" },
        { "public int Read() => {|SSOT5001:Target|}.Count;", "Target" },
        { "public string ReadName() => {|SSOT5001:Target|}.Name;", "Target" },
        { "public System.Action Group() => {|SSOT5001:Target|}.Run;", "Target" },
        { "public System.Type Kind() => typeof({|SSOT5001:Target|});", "Target" },
        { "public object Cast(object o) => ({|SSOT5001:Target|})o;", "Target" },
        { "public object? As(object o) => o as {|SSOT5001:Target|};", "Target" },
        { "public bool Is(object o) => o is {|SSOT5001:Target|};", "Target" },
        { "public bool Pattern(object o) => o is {|SSOT5001:Target|} t && t.Value > 0;", "Target" },
        { "public bool Recursive(object o) => o is {|SSOT5001:Target|} { Value: 1 };", "Target" },
        { "public int Switch(object o) => o switch { {|SSOT5001:Target|} => 1, _ => 0 };", "Target" },
        { "public void Local() { {|SSOT5001:Target|}? local = null; _ = local; }", "Target" },
        { "public void Catch() { try { } catch ({|SSOT5001:TargetException|}) { } }", "TargetException" },
        { "public object? Default() => default({|SSOT5001:Target|});", "Target" },
        { "public object Array() => new {|SSOT5001:Target|}[1];", "Target" },
        { "public object Generic() => System.Array.Empty<{|SSOT5001:Target|}>();", "Target" },
        { "public object Instance(System.Func<object> make) => (({|SSOT5001:Target|})make()).Value;", "Target" },
    };

    [Theory]
    [MemberData(nameof(References))]
    public async Task Each_kind_of_type_reference_is_an_edge_at_the_name_that_makes_it(string member, string typeName)
    {
        await new AnalyzerTest(new NamespaceCycleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/A.cs", """
                    namespace A;
                    public class Target { public static int Count; public const string Name = "t"; public static void Run() { } public int Value { get; set; } }
                    public sealed class TargetAttribute : System.Attribute { }
                    public class TargetException : System.Exception { }
                    public interface ITarget { }
                    public static class TargetExtensions { public static void Touch(this string s) { } }
                    public class UsesB { public B.Holder? Holder; }
                    """),
                ("src/B.cs", "using A;\nnamespace B;\npublic class Holder\n{\n    " + member + "\n}\n"),
            },
        }.RunAsync(Expect.Info($"namespace cycle: A → B → A (src/A.cs:7 uses 'Holder'; src/B.cs:5 uses '{typeName}')" + Advice));
    }

    private static string Place(Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
    }
}
