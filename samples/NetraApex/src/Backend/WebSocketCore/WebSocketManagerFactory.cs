using System.Collections.Concurrent;

namespace Netra.Backend.WebSocketCore;

/// <summary>Hands out one <see cref="UnifiedWebSocketManager"/> per tenant.</summary>
public sealed class WebSocketManagerFactory(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IWebSocketManager> _byTenant = new(StringComparer.Ordinal);

    public WebSocketManagerFactory()
        : this(TimeProvider.System)
    {
    }

    public IWebSocketManager ForTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return _byTenant.GetOrAdd(tenantId, _ => new UnifiedWebSocketManager(time));
    }

    public int TenantCount => _byTenant.Count;
}
