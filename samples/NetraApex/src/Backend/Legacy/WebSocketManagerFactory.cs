using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Legacy;

/// <summary>
/// The pre-consolidation factory. Since phase 2 it only hands out the unified manager;
/// callers should use <see cref="Netra.Backend.WebSocketCore.WebSocketManagerFactory"/>.
/// </summary>
public static class WebSocketManagerFactory
{
    private static readonly Lazy<IWebSocketManager> Shared = new(() => new UnifiedWebSocketManager());

    public static IWebSocketManager Create() => Shared.Value;
}
