using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Chat;

/// <summary>
/// Keeps the chat clients' sockets. Grew out of the first chat prototype and was never folded into the
/// WebSocket core, so it still tracks its own connections.
/// </summary>
public sealed class ChatConnectionHandler : IWebSocketManager
{
    private readonly List<(string ConnectionId, string UserId, WebSocket Socket)> _connections = [];
    private readonly Lock _gate = new();
    private int _nextId;

    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    public string Register(string userId, WebSocket socket)
    {
        lock (_gate)
        {
            var connectionId = $"chat-{++_nextId}";
            _connections.Add((connectionId, userId, socket));
            return connectionId;
        }
    }

    public bool Unregister(string connectionId)
    {
        lock (_gate)
        {
            return _connections.RemoveAll(connection => connection.ConnectionId == connectionId) > 0;
        }
    }

    public Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default) =>
        SendWhereAsync(connection => connection.UserId == userId, message, cancellationToken);

    public Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default) =>
        SendWhereAsync(_ => true, message, cancellationToken);

    private async Task<int> SendWhereAsync(
        Func<(string ConnectionId, string UserId, WebSocket Socket), bool> predicate,
        string message,
        CancellationToken cancellationToken)
    {
        (string ConnectionId, string UserId, WebSocket Socket)[] targets;
        lock (_gate)
        {
            targets = [.. _connections.Where(predicate)];
        }

        var bytes = Encoding.UTF8.GetBytes(message);
        var sent = 0;
        foreach (var target in targets.Where(target => target.Socket.State == WebSocketState.Open))
        {
            await target.Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            sent++;
        }

        return sent;
    }
}
