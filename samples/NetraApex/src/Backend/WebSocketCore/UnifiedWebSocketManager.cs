using System.Collections.Concurrent;
using Netra.Backend.Events;

namespace Netra.Backend.WebSocketCore;

/// <summary>
/// The one WebSocket manager of the platform (SSOT consolidation, phase 2).
/// Supports several connections per user and drops sockets that are no longer open.
/// </summary>
public class UnifiedWebSocketManager : IWebSocketManager
{
    private readonly ConcurrentDictionary<string, Connection> _connections = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public UnifiedWebSocketManager()
        : this(TimeProvider.System)
    {
    }

    public UnifiedWebSocketManager(TimeProvider time)
    {
        _time = time;
    }

    public int ConnectionCount => _connections.Count;

    public string Register(string userId, WebSocket socket)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(socket);

        var connectionId = Guid.NewGuid().ToString("N");
        _connections[connectionId] = new Connection(userId, socket, _time.GetUtcNow());
        return connectionId;
    }

    public bool Unregister(string connectionId) => _connections.TryRemove(connectionId, out _);

    public Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default) =>
        SendAsync(connection => connection.UserId == userId, message, cancellationToken);

    public Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default) =>
        SendAsync(static _ => true, message, cancellationToken);

    /// <summary>Re-sends an agent event to the user who started the run (the agent UI replays them after a reconnect).</summary>
    public Task<int> ReplayAsync(AgentEvent agentEvent, CancellationToken cancellationToken = default) =>
        SendToUserAsync(agentEvent.UserId, agentEvent.Name, cancellationToken);

    /// <summary>Connections of a user that have been open longer than <paramref name="age"/>.</summary>
    public IReadOnlyList<string> ConnectionsOlderThan(string userId, TimeSpan age)
    {
        var cutoff = _time.GetUtcNow() - age;
        return [.. _connections
            .Where(pair => pair.Value.UserId == userId && pair.Value.ConnectedAt < cutoff)
            .Select(pair => pair.Key)];
    }

    protected virtual async Task<int> SendAsync(Func<Connection, bool> recipients, string message, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(message);
        var delivered = 0;
        foreach (var (connectionId, connection) in _connections)
        {
            if (!recipients(connection))
            {
                continue;
            }

            if (connection.Socket.State != WebSocketState.Open)
            {
                _connections.TryRemove(connectionId, out _);
                continue;
            }

            await connection.Socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken)
                .ConfigureAwait(false);
            delivered++;
        }

        return delivered;
    }

    protected sealed record Connection(string UserId, WebSocket Socket, DateTimeOffset ConnectedAt);
}
