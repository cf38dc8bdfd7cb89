using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var root = CheckCommand.Create(Console.Out, Console.Error);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    Console.Error.WriteLine("error: " + error.Message);
                }

                Console.Error.WriteLine("Run 'ssot-check --help' for usage.");
                return ExitCodes.UsageOrConfigError;
            }

            return await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"ssot-check internal error: {e}");
            Console.Error.WriteLine("This is a bug in ssot-check; please report it with the output above.");
            return ExitCodes.InternalError;
        }
    }
}
