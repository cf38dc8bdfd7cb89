using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.Rules.Routes;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Routes;

public sealed class UnservedRouteAnalyzerTests
{
    private const string Config = """
        {
          "constants": [ { "name": "Routes", "type": "App.Routing.Routes" } ],
          "tests": ["tests/**"]
        }
        """;

    private const string Service = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using App.Routing;

        namespace App;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var app = WebApplication.CreateBuilder(args).Build();
                app.UseWebSockets();
                app.MapGet(Routes.Health, () => "ok");
                var users = app.MapGroup("/api/v1/users");
                users.MapGet("/{id:int}", (int id) => Results.Ok(id));
                users.MapPost("", () => Results.Ok());
                app.Map(Routes.WebSocket, (HttpContext context) => Results.Ok());
                app.Run();
            }
        }
        """;

    private const string RoutesSource = """
        namespace App.Routing;

        public static class Routes
        {
            public const string WebSocket = "/api/v1/websocket";
            public const string Health = "/health";
        }

        public static class OldRoutes
        {
            public const string Users = "/api/v0/users";
        }
        """;

    [Fact]
    public async Task A_client_route_no_endpoint_serves_is_reported_naming_the_closest_served_route()
    {
        var diagnostics = await WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Program.cs", Service),
                ("src/Routing/Routes.cs", RoutesSource),
                ("src/Clients/UserClient.cs", """
                    using System;
                    using System.Net.Http;
                    using System.Net.Http.Json;
                    using System.Net.WebSockets;
                    using System.Threading.Tasks;
                    using App.Routing;

                    namespace App.Clients;

                    public sealed class UserClient(HttpClient http)
                    {
                        public Task<HttpResponseMessage> Get() => http.GetAsync("/api/v1/users/5");
                        public Task<HttpResponseMessage> Typo() => http.GetAsync({|SSOT4004:"/api/v1/user/5"|});
                        public Task<string> Health() => http.GetStringAsync("http://localhost:5080/health?probe=1");
                        public Task<int> Count() => http.GetFromJsonAsync<int>({|SSOT4004:"/api/v1/users/count"|});
                        public Task<HttpResponseMessage> Create() => http.PostAsJsonAsync("/api/v1/users/", new { Name = "bob" });
                        public Task<HttpResponseMessage> Old() => http.DeleteAsync({|SSOT4004:OldRoutes.Users|});
                        public Task<HttpResponseMessage> Send() => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|SSOT4004:"/api/v1/websockets"|}));
                        public Task<HttpResponseMessage> External() => http.GetAsync("https://api.github.com/repos");
                        public Task<HttpResponseMessage> Computed(int id) => http.GetAsync("/api/v1/orders/" + id);
                        public Task<HttpResponseMessage> Interpolated(int id) => http.GetAsync($"/api/v1/orders/{id}");
                        public Task<HttpResponseMessage> Relative() => http.GetAsync("orders");

                        public async Task Connect(Uri server)
                        {
                            using var socket = new ClientWebSocket();
                            await socket.ConnectAsync(new Uri({|SSOT4004:"ws://localhost:5080/ws"|}), default);
                            await socket.ConnectAsync(new Uri(server, {|SSOT4004:"/ws"|}), default);
                            await socket.ConnectAsync(new Uri(server, Routes.WebSocket + "?token=t"), default);
                            await socket.ConnectAsync(new Uri("wss://chat.example.com/ws"), default);
                        }
                    }
                    """),
            },
        }).RunAsync(
            Expect.Warning("'/api/v1/user/5' is not served by any endpoint of the project; closest: '/api/v1/users/{id:int}' (src/Program.cs)"),
            Expect.Warning("'/api/v1/users/count' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)"),
            Expect.Warning("'/api/v0/users' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)"),
            Expect.Warning("'/api/v1/websockets' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)"),
            Expect.Warning("'/ws' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)"),
            Expect.Warning("'/ws' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)"));

        Assert.Equal(
            string.Join("\n",
                "src/Clients/UserClient.cs(13,62): Warning SSOT4004 '/api/v1/user/5' is not served by any endpoint of the project; closest: '/api/v1/users/{id:int}' (src/Program.cs)",
                "src/Clients/UserClient.cs(15,60): Warning SSOT4004 '/api/v1/users/count' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)",
                "src/Clients/UserClient.cs(17,64): Warning SSOT4004 '/api/v0/users' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)",
                "src/Clients/UserClient.cs(18,102): Warning SSOT4004 '/api/v1/websockets' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)",
                "src/Clients/UserClient.cs(27,43): Warning SSOT4004 '/ws' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)",
                "src/Clients/UserClient.cs(28,51): Warning SSOT4004 '/ws' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)"),
            string.Join("\n", diagnostics.Select(Describe)));
    }

    [Fact]
    public async Task A_test_client_of_a_web_application_factory_is_judged_against_the_served_routes()
    {
        await WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Program.cs", Service),
                ("src/Routing/Routes.cs", RoutesSource),
                ("tests/Testing.cs", """
                    // Minimal stand-ins with the real metadata names of Microsoft.AspNetCore.Mvc.Testing and TestHost (packages).
                    namespace Microsoft.AspNetCore.TestHost
                    {
                        public sealed class WebSocketClient
                        {
                            public System.Threading.Tasks.Task<System.Net.WebSockets.WebSocket> ConnectAsync(System.Uri uri, System.Threading.CancellationToken cancellationToken)
                                => throw new System.NotSupportedException();
                        }

                        public sealed class TestServer
                        {
                            public WebSocketClient CreateWebSocketClient() => new();
                        }
                    }

                    namespace Microsoft.AspNetCore.Mvc.Testing
                    {
                        public class WebApplicationFactory<TEntryPoint> where TEntryPoint : class
                        {
                            public Microsoft.AspNetCore.TestHost.TestServer Server { get; } = new();
                            public System.Net.Http.HttpClient CreateClient() => new();
                        }
                    }
                    """),
                ("tests/ChatTests.cs", """
                    using System;
                    using System.Threading.Tasks;
                    using Microsoft.AspNetCore.Mvc.Testing;

                    namespace App.Tests;

                    public sealed class ChatTests
                    {
                        public async Task Health_and_socket(WebApplicationFactory<UsersMarker> factory)
                        {
                            var client = factory.CreateClient();
                            await client.GetAsync("/health");
                            await client.GetAsync({|SSOT4004:"/healthz"|});
                            var sockets = factory.Server.CreateWebSocketClient();
                            await sockets.ConnectAsync(new Uri({|SSOT4004:"ws://localhost/ws"|}), default);
                            await sockets.ConnectAsync(new Uri("ws://localhost/api/v1/websocket"), default);
                        }
                    }

                    public sealed class UsersMarker { }
                    """),
            },
        }).RunAsync(
            Expect.Warning("'/healthz' is not served by any endpoint of the project; closest: '/health' (src/Program.cs)"),
            Expect.Warning("'/ws' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Program.cs)"));
    }

    [Fact]
    public async Task Relative_routes_of_a_client_whose_base_address_is_another_host_are_that_hosts()
    {
        await WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Program.cs", Service),
                ("src/Routing/Routes.cs", RoutesSource),
                ("src/Clients/StorageClient.cs", """
                    using System;
                    using System.Net.Http;
                    using System.Threading.Tasks;

                    namespace App.Clients;

                    public sealed class StorageClient
                    {
                        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://storage.example.com/") };
                        public Task<HttpResponseMessage> Files() => _http.GetAsync("/api/v1/files");
                        public Task<HttpResponseMessage> Local() => _http.GetAsync({|SSOT4004:"http://localhost:5080/api/v1/file"|});
                    }

                    public sealed class LocalClient(HttpClient http)
                    {
                        public Task<HttpResponseMessage> Files() => http.GetAsync({|SSOT4004:"/api/v1/files"|});
                        public Task<HttpResponseMessage> Unrelated() => http.GetAsync({|SSOT4004:"/metrics/prometheus"|});
                    }
                    """),
            },
        }).RunAsync(
            Expect.Warning("'/api/v1/file' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)"),
            Expect.Warning("'/api/v1/files' is not served by any endpoint of the project; closest: '/api/v1/users' (src/Program.cs)"),
            Expect.Warning("'/metrics/prometheus' is not served by any endpoint of the project"));
    }

    [Fact]
    public async Task A_project_without_endpoints_is_not_judged()
    {
        await new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Client.cs", """
                    using System;
                    using System.Net.Http;
                    using System.Threading.Tasks;

                    namespace App;

                    public sealed class Client(HttpClient http)
                    {
                        public Task<string> Get() => http.GetStringAsync("/anything");
                        public Uri Socket => new("ws://localhost/ws");
                    }
                    """),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Declared_route_constants_count_as_served_and_a_fallback_serves_everything()
    {
        await WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Routing/Routes.cs", RoutesSource),
                ("src/Client.cs", """
                    using System;

                    namespace App;

                    public static class Client
                    {
                        public static Uri Socket => new("ws://localhost/api/v1/websocket");
                        public static Uri Wrong => new({|SSOT4004:"/api/v1/socket"|}, UriKind.Relative);
                    }
                    """),
            },
        }).RunAsync(
            Expect.Warning("'/api/v1/socket' is not served by any endpoint of the project; closest: '/api/v1/websocket' (src/Routing/Routes.cs)"));

        await WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Spa.cs", """
                    using System;
                    using Microsoft.AspNetCore.Builder;

                    namespace App;

                    public static class Spa
                    {
                        public static void Map(WebApplication app) => app.MapFallbackToFile("index.html");
                        public static Uri Anything => new("/whatever/you/like", UriKind.Relative);
                    }
                    """),
            },
        }).RunAsync();
    }

    [Fact]
    public async Task Under_ssot_check_a_test_project_is_judged_against_the_endpoints_of_the_solution()
    {
        var service = AnalyzerTest.CompileProject("Service", AspNetCoreAssemblies.References, ("src/Program.cs", Service), ("src/Routing/Routes.cs", RoutesSource));
        var routes = EndpointCollector.Collect(service, SsotConfigParser.Parse(SourceText.From(Config)).Config, CancellationToken.None);
        var test = new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            GlobalOptions = { [SsotCompilationContext.HostProperty] = SsotCompilationContext.SsotCheckHost },
            Sources =
            {
                ("tests/ChatClientTests.cs", """
                    using System;

                    namespace App.Tests;

                    public sealed class ChatClientTests
                    {
                        private static readonly Uri Server = new("https://chat.example.test");

                        public Uri Wrong() => new(Server, {|SSOT4004:"/ws"|});
                        public Uri Right() => new(Server, "/api/v1/websocket");
                        public Uri User() => new("http://localhost:5080/api/v1/users/7");
                    }
                    """),
            },
        };
        test.AdditionalTexts.Add(new SolutionIndexText(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex([], [], null, routes: routes)));

        await test.RunAsync(Expect.Warning("'/ws' is not served by any endpoint of the solution; closest: '/api/v1/websocket' (src/Program.cs)"));
    }

    [Fact]
    public async Task Under_ssot_check_the_routes_come_from_the_index_and_a_solution_without_any_is_not_judged()
    {
        // Under ssot-check the index is the one list of routes (the project's own are in it too): this project's
        // MapGet is not collected again, and an index without routes means a solution without endpoints.
        var test = WithAspNetCore(new AnalyzerTest(new UnservedRouteAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Client.cs", """
                    using System;
                    using Microsoft.AspNetCore.Builder;

                    namespace App;

                    public static class Client
                    {
                        public static void Map(WebApplication app) => app.MapGet("/api", () => "api");
                        public static Uri Socket => new("/ws", UriKind.Relative);
                    }
                    """),
            },
        });
        test.AdditionalTexts.Add(new SolutionIndexText(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex([], [])));

        await test.RunAsync();
    }

    private static AnalyzerTest WithAspNetCore(AnalyzerTest test)
    {
        test.MetadataReferences.AddRange(AspNetCoreAssemblies.References);
        return test;
    }

    private static string Describe(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path.Substring(AnalyzerTest.Root.Length + 1)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity} {d.Id} {d.GetMessage()}";
    }
}
