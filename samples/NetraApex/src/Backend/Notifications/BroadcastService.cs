using Netra.Backend.Events;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Notifications;

/// <summary>Announcements that go to every connected client.</summary>
public sealed class BroadcastService(IWebSocketManager sockets, NotificationFormatter formatter)
{
    public BroadcastService()
        : this(Netra.Backend.Legacy.WebSocketManagerFactory.Create(), new NotificationFormatter())
    {
    }

    public Task<int> AnnounceAsync(AgentEvent agentEvent, CancellationToken cancellationToken = default) =>
        sockets.BroadcastAsync(formatter.Format(agentEvent), cancellationToken);

    public Task<int> MaintenanceNoticeAsync(DateTimeOffset startsAt, CancellationToken cancellationToken = default) =>
        sockets.BroadcastAsync($"Scheduled maintenance at {startsAt.UtcDateTime:HH:mm} UTC.", cancellationToken);
}
