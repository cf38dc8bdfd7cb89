namespace Netra.Backend.WebSocketCore;

/// <summary>
/// Compatibility alias kept on purpose after consolidation: existing <c>new WebSocketManager()</c> call
/// sites keep compiling and get the unified implementation. Declared as an alias in ssot.json.
/// </summary>
public sealed class WebSocketManager : UnifiedWebSocketManager
{
    public WebSocketManager()
    {
    }

    public WebSocketManager(TimeProvider time)
        : base(time)
    {
    }
}
