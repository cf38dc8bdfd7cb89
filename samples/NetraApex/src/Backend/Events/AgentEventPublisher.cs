using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Events;

/// <summary>Sends agent events to the user's clients as JSON.</summary>
public sealed class AgentEventPublisher(IWebSocketManager sockets)
{
    public Task<int> PublishAsync(AgentEvent agentEvent, CancellationToken cancellationToken = default)
    {
        if (!AgentEventNames.IsKnown(agentEvent.Name))
        {
            throw new ArgumentException($"Unknown agent event '{agentEvent.Name}'.", nameof(agentEvent));
        }

        var message = new
        {
            @event = agentEvent.Name,
            runId = agentEvent.RunId,
            tool = agentEvent.Tool,
            detail = agentEvent.Detail,
        };
        return sockets.SendJsonAsync(agentEvent.UserId, message, cancellationToken);
    }
}
