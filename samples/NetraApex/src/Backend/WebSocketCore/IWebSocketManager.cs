namespace Netra.Backend.WebSocketCore;

/// <summary>Tracks the open client WebSockets and sends text frames to them.</summary>
public interface IWebSocketManager
{
    int ConnectionCount { get; }

    /// <summary>Registers an accepted socket for a user and returns its connection id.</summary>
    string Register(string userId, WebSocket socket);

    bool Unregister(string connectionId);

    /// <summary>Sends to every open connection of the user; returns how many connections received it.</summary>
    Task<int> SendToUserAsync(string userId, string message, CancellationToken cancellationToken = default);

    Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default);
}
