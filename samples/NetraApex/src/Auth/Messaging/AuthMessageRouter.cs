using System.Text.Json;

namespace Netra.Auth.Messaging;

/// <summary>
/// Dispatches auth-channel messages ("login", "refresh", "logout") to their handlers.
/// Written as a copy of the backend's message router when the auth service was split out.
/// </summary>
public sealed class AuthMessageRouter
{
    private readonly Dictionary<string, Func<JsonElement, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);

    public void Map(string messageType, Func<JsonElement, CancellationToken, Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageType);
        if (!_routes.TryAdd(messageType, handler))
        {
            throw new InvalidOperationException($"A handler for '{messageType}' is already mapped.");
        }
    }

    public async Task<bool> DispatchAsync(string json, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() is not { } messageType)
        {
            return false;
        }

        if (!_routes.TryGetValue(messageType, out var handler))
        {
            return false;
        }

        var payload = root.TryGetProperty("payload", out var value) ? value.Clone() : default;
        await handler(payload, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
