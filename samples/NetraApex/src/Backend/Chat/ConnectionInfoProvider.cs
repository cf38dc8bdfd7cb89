namespace Netra.Backend.Chat;

/// <summary>Tells clients where to open their WebSocket.</summary>
public sealed class ConnectionInfoProvider(Uri publicBaseUri)
{
    public Uri GetWebSocketUri()
    {
        var builder = new UriBuilder(new Uri(publicBaseUri, "/api/v1/websocket"))
        {
            Scheme = publicBaseUri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Port = publicBaseUri.IsDefaultPort ? -1 : publicBaseUri.Port,
        };
        return builder.Uri;
    }
}
