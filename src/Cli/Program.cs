using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var signals = new Signals(Console.Error);

        // Once a signal asked the run to stop, whatever breaks on the way down (the build host disconnecting, a
        // broken pipe, a disposed object on a worker thread) is part of stopping, never an internal error.
        AppDomain.CurrentDomain.UnhandledException += (_, _) =>
        {
            if (signals.Received)
            {
                TryWriteError(signals.Message);
                Environment.Exit(signals.ExitCode);
            }
        };

        try
        {
            var root = CheckCommand.Create(Console.Out, Console.Error);
            var parse = root.Parse(args);
            var errors = UsageErrors.Of(parse);
            if (errors.Count > 0)
            {
                foreach (string error in errors)
                {
                    Console.Error.WriteLine("error: " + error);
                }

                Console.Error.WriteLine(UsageErrors.HelpHint(parse));
                return ExitCodes.UsageOrConfigError;
            }

            // Signals are ours alone (ProcessTerminationTimeout = null): System.CommandLine's own handler would race
            // with them and, two seconds after a signal, return from a run that is still winding down.
            var invocation = new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            int exitCode = await parse.InvokeAsync(invocation, signals.Token);
            if (signals.Received && exitCode != ExitCodes.Cancelled)
            {
                TryWriteError(signals.Message);
            }

            return signals.Received ? signals.ExitCode : exitCode;
        }
        catch (Exception) when (signals.Received)
        {
            TryWriteError(signals.Message);
            return signals.ExitCode;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"ssot-check internal error: {e}");
            Console.Error.WriteLine("This is a bug in ssot-check; please report it with the output above.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>A last line on stderr, which may itself be gone when the run is being stopped.</summary>
    private static void TryWriteError(string line)
    {
        try
        {
            Console.Error.WriteLine(line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
        }
    }
}
