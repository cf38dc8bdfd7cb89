using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Legacy;

public class LegacyWsManager : IWebSocketManager
{
    // One socket per user: a second browser tab silently replaced the first one.
    // Superseded by UnifiedWebSocketManager; still here for protocol-v1 clients.
    private readonly Dictionary<string, WebSocket> _socketsByUser = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _socketsByUser.Count;
            }
        }
    }

    public string Register(string userId, WebSocket socket)
    {
        lock (_gate)
        {
            _socketsByUser[userId] = socket;
        }

        return userId;
    }

    public bool Unregister(string connectionId)
    {
        lock (_gate)
        {
            return _socketsByUser.Remove(connectionId);
        }
    }

    public async Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default)
    {
        WebSocket? socket;
        lock (_gate)
        {
            _socketsByUser.TryGetValue(userId, out socket);
        }

        if (socket is null || socket.State != WebSocketState.Open)
        {
            return 0;
        }

        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, cancellationToken);
        return 1;
    }

    public async Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default)
    {
        string[] users;
        lock (_gate)
        {
            users = [.. _socketsByUser.Keys];
        }

        var sent = 0;
        foreach (var user in users)
        {
            sent += await SendToUserAsync(user, message, cancellationToken);
        }

        return sent;
    }
}
