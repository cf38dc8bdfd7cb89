using System.Text.Json;

namespace Netra.Backend.Messaging;

/// <summary>A client message: <c>{"type": "...", "payload": {...}}</c> plus the user it came from.</summary>
public sealed record Envelope(string Type, string UserId, JsonElement Payload)
{
    public static Envelope Parse(string userId, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var type = root.GetProperty("type").GetString()
            ?? throw new FormatException("Message 'type' must be a string.");
        var payload = root.TryGetProperty("payload", out var value) ? value.Clone() : default;
        return new Envelope(type, userId, payload);
    }
}
