using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Tests.WebSocketCore;

public class UnifiedWebSocketManagerTests
{
    [Fact]
    public async Task Sends_a_text_frame_to_every_connection_of_the_user()
    {
        var manager = new UnifiedWebSocketManager();
        var (laptop, laptopWire) = OpenServerSocket();
        var (phone, phoneWire) = OpenServerSocket();
        var (other, otherWire) = OpenServerSocket();
        manager.Register("alice", laptop);
        manager.Register("alice", phone);
        manager.Register("bob", other);

        var delivered = await manager.SendToUserAsync("alice", "hello");

        Assert.Equal(2, delivered);
        Assert.EndsWith("hello", Encoding.UTF8.GetString(laptopWire.ToArray()));
        Assert.EndsWith("hello", Encoding.UTF8.GetString(phoneWire.ToArray()));
        Assert.Equal(0, otherWire.Length);
    }

    [Fact]
    public void Unregister_removes_the_connection()
    {
        var manager = new UnifiedWebSocketManager();
        var connectionId = manager.Register("alice", OpenServerSocket().Socket);

        Assert.True(manager.Unregister(connectionId));
        Assert.False(manager.Unregister(connectionId));
        Assert.True(manager.IsIdle);
    }

    [Fact]
    public void Compatibility_alias_is_the_unified_manager()
    {
        IWebSocketManager manager = new WebSocketManager();

        Assert.IsAssignableFrom<UnifiedWebSocketManager>(manager);
    }

    [Fact]
    public void Factory_hands_out_one_manager_per_tenant()
    {
        var factory = new WebSocketManagerFactory();

        Assert.Same(factory.ForTenant("acme"), factory.ForTenant("acme"));
        Assert.NotSame(factory.ForTenant("acme"), factory.ForTenant("globex"));
        Assert.Equal(2, factory.TenantCount);
    }

    private static (WebSocket Socket, MemoryStream Wire) OpenServerSocket()
    {
        var wire = new MemoryStream();
        return (WebSocket.CreateFromStream(wire, new WebSocketCreationOptions { IsServer = true }), wire);
    }
}
