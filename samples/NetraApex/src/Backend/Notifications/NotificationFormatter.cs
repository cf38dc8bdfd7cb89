using Netra.Backend.Events;

namespace Netra.Backend.Notifications;

/// <summary>Turns agent events into the short status lines shown in the chat window.</summary>
public sealed class NotificationFormatter
{
    public string Format(AgentEvent agentEvent) => agentEvent.Name switch
    {
        AgentEventNames.AgentStarted => "Your assistant is on it.",
        AgentEventNames.AgentThinking => "Thinking...",
        "tool_executing" => $"Running {agentEvent.Tool ?? "a tool"}...",
        "tool_completed" => $"Finished {agentEvent.Tool ?? "a tool"}.",
        AgentEventNames.AgentCompleted => "Done.",
        _ => agentEvent.Name,
    };
}
