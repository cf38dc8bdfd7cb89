using Netra.Ssot.Engine.Routes;

namespace Netra.Ssot.Analyzers.Tests.Engine.Routes;

public sealed class ClientRouteTests
{
    [Theory]
    [InlineData("/ws", "/ws")]
    [InlineData("/api/v1/users/5?expand=true", "/api/v1/users/5")]
    [InlineData("/api/v1/users#top", "/api/v1/users")]
    [InlineData("http://localhost/api/v1/users", "/api/v1/users")]
    [InlineData("https://localhost:5001/api/v1/users?x=1", "/api/v1/users")]
    [InlineData("ws://localhost:5080/ws", "/ws")]
    [InlineData("wss://127.0.0.1:443/ws", "/ws")]
    [InlineData("http://[::1]:8080/health", "/health")]
    [InlineData("HTTP://LOCALHOST/Health", "/Health")]
    public void The_path_of_a_uri_the_solution_may_serve(string uri, string expected)
        => Assert.Equal(expected, ClientRoute.PathOf(uri));

    [Theory]
    [InlineData("https://api.github.com/repos")] // another host
    [InlineData("wss://chat.netra.test/ws")]
    [InlineData("//cdn.example.com/lib.js")] // scheme-relative: another host
    [InlineData("ftp://localhost/files")] // not HTTP or WebSocket
    [InlineData("about:blank")]
    [InlineData("users/5")] // relative to a base address we do not know
    [InlineData("/")] // the root alone is a base address
    [InlineData("http://localhost:5080")]
    [InlineData("http://localhost:5080/?x=1")]
    [InlineData("")]
    public void Not_judged(string uri)
        => Assert.Null(ClientRoute.PathOf(uri));
}
