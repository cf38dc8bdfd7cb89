using Netra.Ssot.Engine.Routes;

namespace Netra.Ssot.Analyzers.Tests.Engine.Routes;

public sealed class ClosestRouteTests
{
    private static readonly ServedRoute[] Served =
    [
        new("/health", ServedRouteKind.MinimalApi, "/repo/src/Program.cs", 10),
        new("/api/v1/websocket", ServedRouteKind.Constant, "/repo/src/Routes.cs", 4),
        new("/api/v1/websocket", ServedRouteKind.MinimalApi, "/repo/src/Program.cs", 12),
        new("/api/v1/users", ServedRouteKind.MinimalApi, "/repo/src/Program.cs", 13),
        new("/api/v1/users/{id:int}", ServedRouteKind.MinimalApi, "/repo/src/Program.cs", 14),
        new("/api/v1/orders/{id:guid}", ServedRouteKind.Controller, "/repo/src/OrdersController.cs", 9),
    ];

    [Theory]
    [InlineData("/ws", "/api/v1/websocket MinimalApi")] // an abbreviation beats the shorter but unrelated /health
    [InlineData("/socket", "/api/v1/websocket MinimalApi")]
    [InlineData("/healthz", "/health MinimalApi")]
    [InlineData("/api/v1/user/5", "/api/v1/users/{id:int} MinimalApi")]
    [InlineData("/api/v1/users/count", "/api/v1/users MinimalApi")] // 'count' is no int
    [InlineData("/api/v2/users", "/api/v1/users MinimalApi")]
    [InlineData("/api/v1/order/0f8fad5b-d9cb-469f-a165-70867728950e", "/api/v1/orders/{id:guid} Controller")]
    public void Names_the_route_the_client_most_likely_meant(string path, string expected)
    {
        var closest = ClosestRoute.Find(path, Served);

        Assert.Equal(expected, $"{closest!.Template} {closest.Kind}");
    }

    [Fact]
    public void No_route_no_suggestion()
        => Assert.Null(ClosestRoute.Find("/ws", []));
}
