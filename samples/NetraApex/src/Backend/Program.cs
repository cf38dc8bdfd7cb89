using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Netra.Backend.Routing;
using Netra.Backend.WebSocketCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IWebSocketManager, UnifiedWebSocketManager>();

var app = builder.Build();
app.UseWebSockets();

app.MapGet(Routes.Health, () => Results.Ok());

// The one WebSocket endpoint; ConnectionInfoProvider tells clients where it is.
app.Map(Routes.WebSocket, async (HttpContext context, IWebSocketManager sockets) =>
{
    if (!context.WebSockets.IsWebSocketRequest)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    using var socket = await context.WebSockets.AcceptWebSocketAsync();
    var connectionId = sockets.Register(context.User.Identity?.Name ?? "anonymous", socket);
    try
    {
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
            }
        }
    }
    finally
    {
        sockets.Unregister(connectionId);
    }
});

app.Run();
