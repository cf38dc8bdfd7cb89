using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine.Routes;

public sealed class EndpointCollectorTests
{
    private const string Config = """{ "constants": [ { "name": "Routes", "type": "App.Routes" } ] }""";

    [Fact]
    public void Minimal_apis_with_group_prefixes_and_constant_templates()
    {
        var routes = Collect(("src/Program.cs", """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.AspNetCore.SignalR;

            namespace App;

            public static class Routes
            {
                public const string WebSocket = "/api/v1/websocket";
                public const string Root = "/";
                public const string NotARoute = "agent_started";
                public static class Admin { public const string Stats = "/admin/stats"; }
            }

            public sealed class ChatHub : Hub { }

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var app = WebApplication.CreateBuilder(args).Build();
                    app.MapGet("/health", () => "ok");
                    app.MapPost("/api/v1/users", () => Results.Ok());
                    app.MapPut("/api/v1/users/{id:int}", (int id) => Results.Ok());
                    app.MapDelete("/api/v1/users/{id:int}", (int id) => Results.Ok());
                    app.MapPatch("/api/v1/users/{id:int}", (int id) => Results.Ok());
                    app.MapMethods("/api/v1/ping", new[] { "HEAD" }, () => Results.Ok());
                    app.Map(Routes.WebSocket, (HttpContext context) => Results.Ok());
                    app.MapHub<ChatHub>("/hubs/chat");
                    var api = app.MapGroup("/api/v2").RequireAuthorization();
                    var orders = api.MapGroup("orders");
                    orders.MapGet("/{id}", (string id) => id);
                    app.MapGroup("/reports").MapGet("daily", () => "r");
                    string computed = args[0];
                    app.MapGet(computed, () => "not judged");
                    app.Run();
                }

                public static void MapAdmin(this IEndpointRouteBuilder group) => group.MapGet("/admin/users", () => "u");
            }
            """));

        Assert.Equal(
            [
                "/health MinimalApi src/Program.cs:23",
                "/api/v1/users MinimalApi src/Program.cs:24",
                "/api/v1/users/{id:int} MinimalApi src/Program.cs:25",
                "/api/v1/users/{id:int} MinimalApi src/Program.cs:26",
                "/api/v1/users/{id:int} MinimalApi src/Program.cs:27",
                "/api/v1/ping MinimalApi src/Program.cs:28",
                "/api/v1/websocket MinimalApi src/Program.cs:29",
                "/hubs/chat MinimalApi src/Program.cs:30",
                "/api/v2/orders/{id} MinimalApi src/Program.cs:33",
                "/reports/daily MinimalApi src/Program.cs:34",
                "/admin/users MinimalApi src/Program.cs:40 (prefix unknown)",
                "/api/v1/websocket Constant src/Program.cs:10",
                "/admin/stats Constant src/Program.cs:13",
            ],
            routes);
    }

    [Fact]
    public void Controllers_with_class_prefixes_and_tokens()
    {
        var routes = Collect(("src/Controllers.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace App;

            [ApiController]
            [Route("api/[controller]")]
            public sealed class UsersController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();

                [HttpGet("{id:int}")]
                public IActionResult Get(int id) => Ok();

                [HttpPost("/api/v1/users/import")]
                public IActionResult Import() => Ok();

                [Route("[action]")]
                public IActionResult ExportAsync() => Ok();

                [NonAction]
                public void Helper() { }
            }

            [Route("api/v1/orders")]
            public sealed class OrdersController : Controller
            {
                public IActionResult Index() => Ok();
            }

            public sealed class PlainController : ControllerBase
            {
                [HttpDelete("api/plain/{id}")]
                public IActionResult Delete(string id) => Ok();
            }

            [ApiController]
            [Route("[controller]")]
            public abstract class BaseApiController : ControllerBase
            {
            }

            public sealed class PluginsController : BaseApiController
            {
                [HttpGet("{pluginId}/{version}")]
                public IActionResult Get(string pluginId, string version) => Ok();
            }
            """));

        Assert.Equal(
            [
                "/api/Users Controller src/Controllers.cs:9",
                "/api/Users/{id:int} Controller src/Controllers.cs:12",
                "/api/v1/users/import Controller src/Controllers.cs:15",
                "/api/Users/Export Controller src/Controllers.cs:18",
                "/api/v1/orders Controller src/Controllers.cs:25",
                "/api/plain/{id} Controller src/Controllers.cs:33",
                "/Plugins/{pluginId}/{version} Controller src/Controllers.cs:45",
            ],
            routes);
    }

    [Fact]
    public void Middleware_that_compares_the_request_path()
    {
        var routes = Collect(("src/Sockets.cs", """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            namespace App;

            public static class Sockets
            {
                public static void Use(IApplicationBuilder app)
                {
                    app.UseWebSockets();
                    app.Use(async (HttpContext context, RequestDelegate next) =>
                    {
                        if (context.Request.Path == "/ws" && context.WebSockets.IsWebSocketRequest)
                        {
                            return;
                        }

                        if (context.Request.Path.StartsWithSegments("/events"))
                        {
                            return;
                        }

                        if (context.Request.Path.Value == "/plain")
                        {
                            return;
                        }

                        await next(context);
                    });
                    app.Map("/branch", branch => { });
                }
            }
            """));

        Assert.Equal(
            [
                "/ws Middleware src/Sockets.cs:13",
                "/events/{**rest} Middleware src/Sockets.cs:18",
                "/plain Middleware src/Sockets.cs:23",
                "/branch/{**rest} MinimalApi src/Sockets.cs:30 (prefix unknown)",
            ],
            routes);
    }

    [Fact]
    public void A_fallback_serves_every_path_and_code_without_endpoints_serves_none()
    {
        Assert.Equal(
            ["/{**path} MinimalApi src/Spa.cs:8"],
            Collect(("src/Spa.cs", """
                using Microsoft.AspNetCore.Builder;

                namespace App;

                public static class Spa
                {
                    public static void Map(WebApplication app)
                        => app.MapFallbackToFile("index.html");
                }
                """)));
        Assert.Empty(Collect(("src/Client.cs", """
            namespace App;
            public static class Client
            {
                public static System.Uri Map(string path) => new("http://localhost" + path);
            }
            """)));
    }

    [Fact]
    public void A_conventional_controller_route_serves_what_its_pattern_matches()
    {
        var route = Assert.Single(EndpointCollector.Collect(
            AnalyzerTest.CompileProject("App", AspNetCoreAssemblies.References, ("src/Mvc.cs", """
                using Microsoft.AspNetCore.Builder;

                namespace App;

                public static class Mvc
                {
                    public static void Map(WebApplication app)
                        => app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
                }
                """)),
            SsotConfigParser.Parse(SourceText.From(Config)).Config,
            CancellationToken.None));

        Assert.Equal("/{controller=Home}/{action=Index}/{id?} MinimalApi", $"{route.Template} {route.Kind}");
        Assert.True(route.Serves("/"));
        Assert.True(route.Serves("/Users/Details/5"));
        Assert.False(route.Serves("/Users/Details/5/more"));
    }

    private static List<string> Collect(params (string Path, string Source)[] sources)
    {
        var compilation = AnalyzerTest.CompileProject("App", AspNetCoreAssemblies.References, sources);
        var config = SsotConfigParser.Parse(SourceText.From(Config)).Config;
        return EndpointCollector.Collect(compilation, config, CancellationToken.None)
            .Select(r => $"{r.Template} {r.Kind} {r.FilePath.Substring(AnalyzerTest.Root.Length + 1)}:{r.Line + 1}{(r.PrefixKnown ? string.Empty : " (prefix unknown)")}")
            .ToList();
    }
}
