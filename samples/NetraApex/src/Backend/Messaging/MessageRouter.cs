namespace Netra.Backend.Messaging;

/// <summary>The canonical router: one handler per message type.</summary>
public sealed class MessageRouter
{
    private readonly Dictionary<string, Func<Envelope, CancellationToken, Task>> _handlers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> MessageTypes => _handlers.Keys;

    public MessageRouter Register(string messageType, Func<Envelope, CancellationToken, Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageType);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(messageType, handler))
        {
            throw new InvalidOperationException($"A handler for '{messageType}' is already registered.");
        }

        return this;
    }

    /// <summary>Routes the envelope to its handler; false when no handler is registered for its type.</summary>
    public async Task<bool> RouteAsync(Envelope envelope, CancellationToken cancellationToken = default)
    {
        if (!_handlers.TryGetValue(envelope.Type, out var handler))
        {
            return false;
        }

        await handler(envelope, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
