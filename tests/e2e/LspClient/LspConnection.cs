using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.Ssot.E2e.Lsp;

/// <summary>
/// JSON-RPC over a language server's stdio with Content-Length framing: requests with time-bound replies, the
/// server's requests answered (workspace/configuration with the given settings, anything else with null), and
/// every textDocument/publishDiagnostics kept per document.
/// </summary>
internal sealed class LspConnection : IAsyncDisposable
{
    private readonly Process server;
    private readonly JsonObject settings;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly ConcurrentDictionary<string, JsonArray> published = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task reader;
    private int nextId;

    private LspConnection(Process server, JsonObject settings)
    {
        this.server = server;
        this.settings = settings;
        reader = Task.Run(ReadLoopAsync);
    }

    public static LspConnection Start(string serverPath, string workingDirectory, JsonObject settings, string logPath)
    {
        var start = new ProcessStartInfo(serverPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new LspTestFailure("could not start " + serverPath);
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.WriteLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return new LspConnection(process, settings);
    }

    /// <summary>The diagnostics last published for <paramref name="uri"/>, or null when none were.</summary>
    public JsonArray? PublishedFor(string uri) => published.TryGetValue(uri, out var diagnostics) ? diagnostics : null;

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        var finished = await Task.WhenAny(reply.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != reply.Task)
        {
            pending.TryRemove(id, out _);
            throw new LspTestFailure($"no reply to {method} within {timeout.TotalSeconds:0} s");
        }

        return await reply.Task.ConfigureAwait(false);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!server.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                await NotifyAsync("exit", null).ConfigureAwait(false);
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await server.WaitForExitAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is LspTestFailure or OperationCanceledException or IOException)
        {
            // The server did not stop by itself: the test is over either way.
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await Task.WhenAny(reader, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false); // ends when the server's output closes
            server.Dispose();
            writeLock.Dispose();
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var input = server.StandardInput.BaseStream;
            await input.WriteAsync(header).ConfigureAwait(false);
            await input.WriteAsync(body).ConfigureAwait(false);
            await input.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = server.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output).ConfigureAwait(false) is { } message)
            {
                await HandleAsync(message).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or JsonException or ObjectDisposedException)
        {
            // The server went away; pending requests fail below.
        }

        foreach (var reply in pending.Values)
        {
            reply.TrySetException(new LspTestFailure("the language server closed its output"));
        }
    }

    private async Task HandleAsync(JsonObject message)
    {
        string? method = message["method"]?.GetValue<string>();
        JsonNode? id = message["id"];
        if (method is null && id is not null)
        {
            if (pending.TryRemove(id.GetValue<int>(), out var reply))
            {
                if (message["error"] is { } error)
                {
                    reply.TrySetException(new LspTestFailure("error reply: " + error.ToJsonString()));
                }
                else
                {
                    reply.TrySetResult(message["result"]);
                }
            }

            return;
        }

        if (method == "textDocument/publishDiagnostics" && message["params"] is JsonObject parameters
            && parameters["uri"]?.GetValue<string>() is { } uri && parameters["diagnostics"] is JsonArray diagnostics)
        {
            published[uri] = (JsonArray)diagnostics.DeepClone();
        }

        if (id is not null)
        {
            JsonNode? result = method == "workspace/configuration" ? Configuration(message["params"]) : null;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result }).ConfigureAwait(false);
        }
    }

    /// <summary>One answer per requested item: the settings for the "csharp" section, null for any other.</summary>
    private JsonArray Configuration(JsonNode? parameters)
    {
        var answer = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? new JsonArray())
        {
            answer.Add(item?["section"]?.GetValue<string>() == "csharp" ? settings.DeepClone() : null);
        }

        return answer;
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream output)
    {
        int length = -1;
        while (await ReadLineAsync(output).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (length < 0)
                {
                    throw new LspTestFailure("a message without Content-Length");
                }

                byte[] body = new byte[length];
                await output.ReadExactlyAsync(body).ConfigureAwait(false);
                return JsonNode.Parse(body) as JsonObject ?? throw new LspTestFailure("a message that is not a JSON object");
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static async Task<string?> ReadLineAsync(Stream output)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (await output.ReadAsync(one).ConfigureAwait(false) == 1)
        {
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return null;
    }
}
