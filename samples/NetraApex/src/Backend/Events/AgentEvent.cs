namespace Netra.Backend.Events;

/// <summary>One step of an agent run, as streamed to the user who started it.</summary>
public sealed record AgentEvent(string Name, string RunId, string UserId, string? Tool = null, string? Detail = null);
