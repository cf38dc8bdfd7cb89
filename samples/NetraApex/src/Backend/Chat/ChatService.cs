using Netra.Backend.Auth;
using Netra.Backend.Legacy;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Chat;

/// <summary>Delivers chat messages between users over their open WebSockets.</summary>
public sealed class ChatService
{
    private readonly IWebSocketManager _sockets;
    private readonly IWebSocketManager _protocolV1Sockets;
    private readonly TimeProvider _time;

    public ChatService(IWebSocketManager sockets, TimeProvider? time = null)
    {
        _sockets = sockets;
        _protocolV1Sockets = new LegacyWsManager();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Sends <paramref name="text"/> from the user identified by the Authorization header to
    /// <paramref name="recipient"/>; returns how many of the recipient's connections received it.
    /// </summary>
    public async Task<int> SendAsync(
        string authorizationHeader,
        string recipient,
        string text,
        int protocolVersion = 2,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var sender = TokenHelper.Decode(authorizationHeader).Subject;

        var message = new ChatMessage(sender, recipient, text.Trim(), _time.GetUtcNow());
        var sockets = protocolVersion >= 2 ? _sockets : _protocolV1Sockets;
        return await sockets.SendJsonAsync(recipient, message, cancellationToken);
    }

    public static string SenderOf(string authorizationHeader) =>
        Jwt.Decode(TokenHelper.StripBearer(authorizationHeader)).Subject;
}
