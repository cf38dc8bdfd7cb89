namespace Netra.Backend.Events;

/// <summary>The five agent lifecycle events. Every service and client spells them from here.</summary>
public static class AgentEventNames
{
    public const string AgentStarted = "agent_started";
    public const string AgentThinking = "agent_thinking";
    public const string ToolExecuting = "tool_executing";
    public const string ToolCompleted = "tool_completed";
    public const string AgentCompleted = "agent_completed";

    public static IReadOnlyList<string> All { get; } =
        [AgentStarted, AgentThinking, ToolExecuting, ToolCompleted, AgentCompleted];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
