using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Netra.Ssot.E2e.Lsp;

/// <summary>
/// The editor scenario on the e2e project of tests/e2e/run.sh: open Chat/Chat.cs (a legacy reference, SSOT3001) and
/// Legacy/OldMessageRouter.cs (a second MessageRouter, SSOT1001), see both diagnostics; type a second legacy
/// reference, see two SSOT3001; apply the fix, see none. <c>pull</c> asks with textDocument/diagnostic after each
/// step; <c>push</c> leaves pull out of the client's capabilities, so csharp-ls publishes, and waits for
/// textDocument/publishDiagnostics. Diagnostics are compared exactly, as "range severity id message" lines.
/// </summary>
internal sealed class Scenario
{
    private const string LegacyReference = "'OldMessageRouter' is legacy (App.Legacy.OldMessageRouter: retired); use 'App.Messaging.MessageRouter' instead";
    private const string SecondRouter = "'OldMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (Messaging/MessageRouter.cs)";

    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan EditWait = TimeSpan.FromSeconds(20);

    private readonly LspConnection connection;
    private readonly string projectDirectory;
    private readonly bool pull;
    private readonly TextWriter log;
    private int version = 1;

    public Scenario(LspConnection connection, string projectDirectory, bool pull, TextWriter log)
    {
        this.connection = connection;
        this.projectDirectory = projectDirectory;
        this.pull = pull;
        this.log = log;
    }

    public async Task RunAsync()
    {
        string chatUri = Uri("Chat/Chat.cs");
        string legacyUri = Uri("Legacy/OldMessageRouter.cs");
        string chat = await File.ReadAllTextAsync(Path.Combine(projectDirectory, "Chat/Chat.cs")).ConfigureAwait(false);
        string legacy = await File.ReadAllTextAsync(Path.Combine(projectDirectory, "Legacy/OldMessageRouter.cs")).ConfigureAwait(false);

        var initialize = await connection.RequestAsync("initialize", InitializeParams(), FirstWait).ConfigureAwait(false);
        if (initialize?["capabilities"] is null)
        {
            throw new LspTestFailure("initialize returned no capabilities: " + initialize?.ToJsonString());
        }

        await connection.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
        await OpenAsync(chatUri, chat).ConfigureAwait(false);
        await OpenAsync(legacyUri, legacy).ConfigureAwait(false);

        await ExpectAsync("open", chatUri, FirstWait, "3:34-3:61 warning SSOT3001 " + LegacyReference).ConfigureAwait(false);
        await ExpectAsync("open", legacyUri, FirstWait, "1:20-1:36 warning SSOT1001 " + SecondRouter).ConfigureAwait(false);

        string edited = chat.Replace(
            "    public object Router() => new App.Legacy.OldMessageRouter();\n",
            "    public object Router() => new App.Legacy.OldMessageRouter();\n    public object Backup() => new App.Legacy.OldMessageRouter();\n",
            StringComparison.Ordinal);
        if (edited == chat)
        {
            throw new LspTestFailure("Chat/Chat.cs is not the file the scenario expects:\n" + chat);
        }

        await ChangeAsync(chatUri, edited).ConfigureAwait(false);
        await ExpectAsync(
            "a second legacy reference typed",
            chatUri,
            EditWait,
            "3:34-3:61 warning SSOT3001 " + LegacyReference,
            "4:34-4:61 warning SSOT3001 " + LegacyReference).ConfigureAwait(false);

        await ChangeAsync(chatUri, edited.Replace("App.Legacy.OldMessageRouter", "App.Messaging.MessageRouter", StringComparison.Ordinal)).ConfigureAwait(false);
        await ExpectAsync("the fix applied", chatUri, EditWait).ConfigureAwait(false);
    }

    private JsonObject InitializeParams()
    {
        var textDocument = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["didSave"] = false },
            ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = false },
        };
        if (pull)
        {
            textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false };
        }

        string root = new Uri(projectDirectory.TrimEnd('/') + "/").AbsoluteUri.TrimEnd('/');
        return new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "App" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = textDocument,
            },
        };
    }

    private Task OpenAsync(string uri, string text) => connection.NotifyAsync("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = version, ["text"] = text },
    });

    private Task ChangeAsync(string uri, string text) => connection.NotifyAsync("textDocument/didChange", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = ++version },
        ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
    });

    /// <summary>Waits until the SSOT diagnostics of the document are exactly <paramref name="expected"/>, or fails at the deadline.</summary>
    private async Task ExpectAsync(string step, string uri, TimeSpan timeout, params string[] expected)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<string>? seen = null;
        while (clock.Elapsed < timeout)
        {
            seen = pull ? await PullAsync(uri, timeout - clock.Elapsed).ConfigureAwait(false) : Ssot(connection.PublishedFor(uri));
            if (seen is not null && seen.SequenceEqual(expected))
            {
                log.WriteLine($"lsp ({(pull ? "pull" : "push")}): {step}: {Path.GetFileName(uri)} has {expected.Length} SSOT diagnostic(s) after {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                return;
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new LspTestFailure(
            $"{(pull ? "textDocument/diagnostic" : "textDocument/publishDiagnostics")} after '{step}' on {uri}: within {timeout.TotalSeconds:0} s the SSOT diagnostics were\n  "
            + (seen is null ? "(none received)" : seen.Count == 0 ? "(none)" : string.Join("\n  ", seen))
            + "\nexpected\n  " + (expected.Length == 0 ? "(none)" : string.Join("\n  ", expected)));
    }

    private async Task<IReadOnlyList<string>?> PullAsync(string uri, TimeSpan timeout)
    {
        var report = await connection.RequestAsync(
            "textDocument/diagnostic",
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } },
            timeout).ConfigureAwait(false);
        return report?["kind"]?.GetValue<string>() == "full" ? Ssot(report["items"] as JsonArray) : null;
    }

    /// <summary>The SSOT diagnostics as "line:col-line:col severity id message" (LSP's zero-based positions), sorted.</summary>
    private static List<string>? Ssot(JsonArray? diagnostics)
        => diagnostics?
            .OfType<JsonObject>()
            .Where(d => Code(d).StartsWith("SSOT", StringComparison.Ordinal))
            .Select(d => $"{Position(d["range"]?["start"])}-{Position(d["range"]?["end"])} {Severity(d["severity"])} {Code(d)} {d["message"]?.GetValue<string>()}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Code(JsonObject diagnostic) => diagnostic["code"]?.ToString() ?? string.Empty;

    private static string Position(JsonNode? position)
        => position is null ? "?" : $"{position["line"]?.GetValue<int>()}:{position["character"]?.GetValue<int>()}";

    private static string Severity(JsonNode? severity) => severity?.GetValue<int>() switch
    {
        1 => "error",
        2 => "warning",
        3 => "information",
        4 => "hint",
        _ => "unknown",
    };

    private string Uri(string relativePath) => new Uri(Path.Combine(projectDirectory, relativePath)).AbsoluteUri;
}
