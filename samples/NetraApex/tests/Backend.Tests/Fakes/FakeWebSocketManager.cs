using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Tests.Fakes;

/// <summary>Records what production code sends instead of writing to real sockets.</summary>
public sealed class FakeWebSocketManager : IWebSocketManager
{
    private readonly Dictionary<string, string> _userByConnection = new(StringComparer.Ordinal);
    private int _nextId;

    public List<(string UserId, string Message)> Sent { get; } = [];

    public List<Uri> ConnectedEndpoints { get; } = [];

    public int ConnectionCount => _userByConnection.Count;

    /// <summary>Simulates a client opening a WebSocket at <paramref name="endpoint"/>. Any path is accepted.</summary>
    public string Connect(string userId, Uri endpoint)
    {
        ConnectedEndpoints.Add(endpoint);
        return Register(userId, socket: null!);
    }

    public string Register(string userId, WebSocket socket)
    {
        var connectionId = $"fake-{++_nextId}";
        _userByConnection[connectionId] = userId;
        return connectionId;
    }

    public bool Unregister(string connectionId) => _userByConnection.Remove(connectionId);

    public Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default)
    {
        var connections = _userByConnection.Values.Count(user => user == userId);
        if (connections > 0)
        {
            Sent.Add((userId, message));
        }

        return Task.FromResult(connections);
    }

    public Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default)
    {
        foreach (var user in _userByConnection.Values.Distinct())
        {
            Sent.Add((user, message));
        }

        return Task.FromResult(_userByConnection.Count);
    }
}
