using System.Text.Json;

namespace Netra.Backend.WebSocketCore;

/// <summary>Convenience members for every <see cref="IWebSocketManager"/> (C# 14 extension members).</summary>
public static class WebSocketManagerExtensions
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    extension(IWebSocketManager manager)
    {
        /// <summary>True when no client is connected.</summary>
        public bool IsIdle => manager.ConnectionCount == 0;

        /// <summary>Serializes <paramref name="payload"/> as camelCase JSON and sends it to the user.</summary>
        public Task<int> SendJsonAsync<T>(string userId, T payload, CancellationToken cancellationToken = default) =>
            manager.SendToUserAsync(userId, JsonSerializer.Serialize(payload, JsonOptions), cancellationToken);
    }
}
