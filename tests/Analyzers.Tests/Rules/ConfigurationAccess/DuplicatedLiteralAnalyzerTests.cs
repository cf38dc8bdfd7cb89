using Netra.Ssot.Rules.ConfigurationAccess;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.ConfigurationAccess;

public sealed class DuplicatedLiteralAnalyzerTests
{
    private const string Config = """
        {
          "constants": [
            { "name": "AgentEvents", "type": "App.Events.AgentEventNames", "missionCritical": true },
            { "name": "Routes", "type": "App.Routing.Routes" }
          ],
          "tests": ["tests/**"]
        }
        """;

    private const string Constants = """
        namespace App.Events
        {
            public static class AgentEventNames
            {
                public const string AgentStarted = "agent_started";
                public const string ToolExecuting = "tool_executing";
                public static readonly string NotConst = "not_a_const";
                public static bool IsStart(string name) => name == "agent_started";
            }
        }

        namespace App.Routing
        {
            public static class Routes
            {
                public const string WebSocket = "/api/v1/websocket";
                public const string Root = "/";
                public static class Api { public const string Users = "/api/v1/users"; }
                private const string Hidden = "/internal/metrics";
            }
        }
        """;

    [Fact]
    public async Task Copies_of_constant_values_are_reported_with_the_constant_to_use()
    {
        await new AnalyzerTest(new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("src/Agents/AgentRunner.cs", """
                    namespace App.Agents;
                    public sealed class AgentRunner
                    {
                        public string Start() => {|SSOT4003:"agent_started"|};
                        public string Route(string kind) => kind switch
                        {
                            {|SSOT4003:"tool_executing"|} => {|SSOT4003:"/api/v1/users"|},
                            _ => "/",
                        };
                        public string Other() => "not_a_const" + "/internal/metrics" + "agent_started_late" + $"/api/v1/websocket?x=1";
                    }
                    """),
            },
        }.RunAsync(
            Expect.Error("literal \"agent_started\" duplicates 'AgentEventNames.AgentStarted' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.AgentStarted"),
            Expect.Error("literal \"tool_executing\" duplicates 'AgentEventNames.ToolExecuting' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.ToolExecuting"),
            Expect.Warning("literal \"/api/v1/users\" duplicates 'Routes.Api.Users' of constants 'Routes' (src/Constants.cs); use Routes.Api.Users"));
    }

    [Fact]
    public async Task A_test_that_pins_the_wire_value_of_the_constant_is_fine_but_a_test_spelling_it_is_not()
    {
        await new AnalyzerTest(new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("tests/AgentEventTests.cs", """
                    using App.Events;
                    using App.Routing;
                    namespace App.Tests;
                    public sealed class AgentEventTests
                    {
                        public bool WireValueIsStable() => Equals("agent_started", AgentEventNames.AgentStarted);
                        public bool ConnectsToTheSocket(string path) => path == {|SSOT4003:"/api/v1/websocket"|};
                        public bool Nested() => Equals(Routes.WebSocket, string.Concat("/api/v1/websocket", ""));
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("literal \"/api/v1/websocket\" duplicates 'Routes.WebSocket' of constants 'Routes' (src/Constants.cs); use Routes.WebSocket"));
    }

    [Fact]
    public async Task Attribute_arguments_are_reported_since_a_const_fits_there_too()
    {
        await new AnalyzerTest(new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("src/Controller.cs", """
                    namespace App.Web;
                    [System.AttributeUsage(System.AttributeTargets.Method)]
                    public sealed class RouteAttribute(string template) : System.Attribute { public string Template { get; } = template; }
                    public sealed class UsersController
                    {
                        [Route({|SSOT4003:"/api/v1/users"|})]
                        public void List() { }
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("literal \"/api/v1/users\" duplicates 'Routes.Api.Users' of constants 'Routes' (src/Constants.cs); use Routes.Api.Users"));
    }

    [Fact]
    public async Task A_constants_type_this_project_cannot_see_reports_nothing()
        => await new AnalyzerTest(new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Source = """
                namespace App;
                public static class C { public static string Event() => "agent_started"; }
                """,
        }.RunAsync();
}
