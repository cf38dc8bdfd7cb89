using Netra.Backend.Events;

namespace Netra.Backend.Agents;

/// <summary>Runs an agent's tools for a prompt and streams its lifecycle events to the user.</summary>
public sealed class AgentRunner(AgentEventPublisher events)
{
    public async Task<string> RunAsync(
        string userId,
        string prompt,
        IReadOnlyDictionary<string, Func<string, CancellationToken, Task<string>>> tools,
        CancellationToken cancellationToken = default)
    {
        var runId = Guid.NewGuid().ToString("N");
        await events.PublishAsync(new AgentEvent("agent_started", runId, userId), cancellationToken);
        await events.PublishAsync(new AgentEvent(AgentEventNames.AgentThinking, runId, userId, Detail: prompt), cancellationToken);

        var results = new List<string>(tools.Count);
        foreach (var (name, tool) in tools)
        {
            await events.PublishAsync(new AgentEvent(AgentEventNames.ToolExecuting, runId, userId, Tool: name), cancellationToken);
            results.Add(await tool(prompt, cancellationToken));
            await events.PublishAsync(new AgentEvent(AgentEventNames.ToolCompleted, runId, userId, Tool: name), cancellationToken);
        }

        var answer = string.Join("\n", results);
        await events.PublishAsync(new AgentEvent("agent_completed", runId, userId, Detail: answer), cancellationToken);
        return answer;
    }
}
