using System.Collections.Concurrent;
using Netra.Backend.Messaging;

namespace Netra.Backend.Agents;

/// <summary>
/// Routes agent-control messages ("agent.run", "agent.cancel"). A copy of the message router made for the
/// agents team; unlike the original it lets a later registration replace an earlier one.
/// </summary>
public class AgentMessageRouter
{
    private readonly ConcurrentDictionary<string, Func<Envelope, CancellationToken, Task>> _handlers = new(StringComparer.Ordinal);

    public void On(string messageType, Func<Envelope, CancellationToken, Task> handler) =>
        _handlers[messageType] = handler;

    public async Task<bool> RouteAsync(Envelope envelope, CancellationToken cancellationToken = default)
    {
        if (!_handlers.TryGetValue(envelope.Type, out var handler))
        {
            return false;
        }

        await handler(envelope, cancellationToken);
        return true;
    }
}
