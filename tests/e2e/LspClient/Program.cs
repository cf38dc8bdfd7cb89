using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Netra.Ssot.E2e.Lsp;

// Usage: LspClient <csharp-ls> <project folder> pull|push <server log file>
// Exit 0 when the scenario passed, 1 with the reason on stdout. Every wait is time-bound.
if (args.Length != 4 || args[2] is not ("pull" or "push"))
{
    Console.WriteLine("usage: LspClient <csharp-ls> <project folder> pull|push <server log file>");
    return 2;
}

var clock = Stopwatch.StartNew();
var sessionBudget = TimeSpan.FromSeconds(55);
var settings = new JsonObject { ["analyzersEnabled"] = true, ["logLevel"] = "info" };
try
{
    await using var connection = LspConnection.Start(args[0], args[1], settings, args[3]);
    var scenario = new Scenario(connection, Path.GetFullPath(args[1]), args[2] == "pull", Console.Out).RunAsync();
    if (await Task.WhenAny(scenario, Task.Delay(sessionBudget)) != scenario)
    {
        throw new LspTestFailure($"the session did not finish within {sessionBudget.TotalSeconds:0} s");
    }

    await scenario;
    Console.WriteLine($"lsp ({args[2]}): passed in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
    return 0;
}
catch (LspTestFailure failure)
{
    Console.WriteLine($"lsp ({args[2]}): FAILED: {failure.Message}");
    return 1;
}
