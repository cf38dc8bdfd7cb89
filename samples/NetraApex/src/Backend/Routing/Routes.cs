namespace Netra.Backend.Routing;

/// <summary>The public HTTP and WebSocket routes of the service.</summary>
public static class Routes
{
    public const string WebSocket = "/api/v1/websocket";
    public const string Health = "/health";

    public static bool IsWebSocket(string path) =>
        string.Equals(path.TrimEnd('/'), WebSocket, StringComparison.OrdinalIgnoreCase);
}
