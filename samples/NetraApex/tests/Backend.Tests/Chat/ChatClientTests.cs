using System.Text.Json;
using Netra.Backend.Auth;
using Netra.Backend.Chat;
using Netra.Backend.Routing;
using Netra.Backend.Tests.Fakes;

namespace Netra.Backend.Tests.Chat;

public class ChatClientTests
{
    private static readonly Uri ServerUri = new("https://chat.netra.test");

    [Fact]
    public async Task Connected_user_receives_a_chat_message()
    {
        var sockets = new FakeWebSocketManager();
        sockets.Connect("bob", new Uri(ServerUri, "/ws"));
        var chat = new ChatService(sockets);

        var delivered = await chat.SendAsync(BearerFor("alice"), "bob", "  hi bob ");

        Assert.Equal(1, delivered);
        var (userId, json) = Assert.Single(sockets.Sent);
        Assert.Equal("bob", userId);
        using var message = JsonDocument.Parse(json);
        Assert.Equal("alice", message.RootElement.GetProperty("from").GetString());
        Assert.Equal("hi bob", message.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Clients_are_sent_to_the_versioned_websocket_path()
    {
        var uri = new ConnectionInfoProvider(ServerUri).GetWebSocketUri();

        Assert.Equal("wss", uri.Scheme);
        Assert.Equal("/api/v1/websocket", uri.AbsolutePath);
    }

    [Fact]
    public void Websocket_uri_keeps_an_explicit_port()
    {
        var uri = new ConnectionInfoProvider(new Uri("http://localhost:5080")).GetWebSocketUri();

        Assert.Equal("ws", uri.Scheme);
        Assert.Equal(5080, uri.Port);
        Assert.True(Routes.IsWebSocket(uri.AbsolutePath));
    }

    [Fact]
    public void Sender_is_read_from_the_authorization_header()
    {
        Assert.Equal("carol", ChatService.SenderOf(BearerFor("carol")));
    }

    private static string BearerFor(string user) =>
        "Bearer " + Jwt.Sign(new TokenClaims(user, ExpiresAt: null, Roles: []), "test-signing-key");
}
