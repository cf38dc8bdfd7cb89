using System.Text.Json;
using Netra.Backend.Agents;
using Netra.Backend.Events;
using Netra.Backend.Routing;
using Netra.Backend.Tests.Fakes;

namespace Netra.Backend.Tests.Events;

public class AgentEventPublisherTests
{
    [Fact]
    public async Task A_run_streams_the_five_lifecycle_events_in_order()
    {
        var sockets = ConnectedAs("alice");
        var runner = new AgentRunner(new AgentEventPublisher(sockets));
        var tools = new Dictionary<string, Func<string, CancellationToken, Task<string>>>
        {
            ["search"] = (prompt, _) => Task.FromResult($"results for {prompt}"),
        };

        var answer = await runner.RunAsync("alice", "weather", tools);

        Assert.Equal("results for weather", answer);
        Assert.Equal(AgentEventNames.All, sockets.Sent.Select(sent => EventName(sent.Message)));
    }

    [Fact]
    public async Task Published_event_carries_its_name()
    {
        var sockets = ConnectedAs("alice");
        var publisher = new AgentEventPublisher(sockets);

        await publisher.PublishAsync(new AgentEvent(AgentEventNames.AgentStarted, "run-1", "alice"));

        Assert.Equal("agent_started", EventName(Assert.Single(sockets.Sent).Message));
    }

    [Fact]
    public async Task Misspelt_event_names_are_rejected()
    {
        var publisher = new AgentEventPublisher(ConnectedAs("alice"));

        await Assert.ThrowsAsync<ArgumentException>(
            () => publisher.PublishAsync(new AgentEvent("agent_finished", "run-1", "alice")));
    }

    private static FakeWebSocketManager ConnectedAs(string userId)
    {
        var sockets = new FakeWebSocketManager();
        sockets.Connect(userId, new Uri("wss://chat.netra.test" + Routes.WebSocket));
        return sockets;
    }

    private static string? EventName(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("event").GetString();
    }
}
