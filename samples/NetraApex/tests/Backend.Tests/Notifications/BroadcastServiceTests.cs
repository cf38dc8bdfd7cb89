using Netra.Backend.Events;
using Netra.Backend.Notifications;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Tests.Notifications;

public class BroadcastServiceTests
{
    [Fact]
    public async Task Tool_events_are_announced_to_every_connection()
    {
        var sockets = new StubSocketManager(connections: 3);
        var service = new BroadcastService(sockets, new NotificationFormatter());

        var reached = await service.AnnounceAsync(
            new AgentEvent(AgentEventNames.ToolExecuting, "run-7", "alice", Tool: "web search"));

        Assert.Equal(3, reached);
        Assert.Equal("Running web search...", Assert.Single(sockets.Broadcasts));
    }

    [Fact]
    public async Task Maintenance_notice_is_in_utc()
    {
        var sockets = new StubSocketManager(connections: 1);
        var service = new BroadcastService(sockets, new NotificationFormatter());

        await service.MaintenanceNoticeAsync(new DateTimeOffset(2025, 6, 1, 23, 30, 0, TimeSpan.FromHours(2)));

        Assert.Equal("Scheduled maintenance at 21:30 UTC.", Assert.Single(sockets.Broadcasts));
    }

    private sealed class StubSocketManager(int connections) : IWebSocketManager
    {
        public List<string> Broadcasts { get; } = [];

        public int ConnectionCount => connections;

        public string Register(string userId, WebSocket socket) => throw new NotSupportedException();

        public bool Unregister(string connectionId) => throw new NotSupportedException();

        public Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default)
        {
            Broadcasts.Add(message);
            return Task.FromResult(connections);
        }
    }
}
