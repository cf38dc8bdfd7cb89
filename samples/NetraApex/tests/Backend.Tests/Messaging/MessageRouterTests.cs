using Netra.Backend.Messaging;

namespace Netra.Backend.Tests.Messaging;

public class MessageRouterTests
{
    [Fact]
    public async Task Routes_an_envelope_to_the_handler_for_its_type()
    {
        Envelope? received = null;
        var router = new MessageRouter().Register("chat.send", (envelope, _) =>
        {
            received = envelope;
            return Task.CompletedTask;
        });

        var handled = await router.RouteAsync(Envelope.Parse("alice", """{"type":"chat.send","payload":{"to":"bob"}}"""));

        Assert.True(handled);
        Assert.NotNull(received);
        Assert.Equal("alice", received.UserId);
        Assert.Equal("bob", received.Payload.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Unknown_message_types_are_not_handled()
    {
        var router = new MessageRouter();

        Assert.False(await router.RouteAsync(Envelope.Parse("alice", """{"type":"chat.typing"}""")));
    }

    [Fact]
    public void A_message_type_has_exactly_one_handler()
    {
        var router = new MessageRouter().Register("chat.send", (_, _) => Task.CompletedTask);

        Assert.Throws<InvalidOperationException>(() => router.Register("chat.send", (_, _) => Task.CompletedTask));
    }

    [Fact]
    public void Default_router_kind_is_the_message_router()
    {
        Assert.Equal(typeof(MessageRouter), RouterTypeRegistry.Resolve("default"));
        Assert.IsType<MessageRouter>(RouterTypeRegistry.Create("default"));
    }
}
