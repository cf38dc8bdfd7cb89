using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// How every command turns the errors users cause into an exit code and one readable line on stderr (never a
/// stack trace): the command's own errors, Ctrl+C, and files that cannot be read or written.
/// </summary>
internal static class CommandErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> command, TextWriter error, ConsoleProgress? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await command();
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Whatever surfaces once the run was asked to stop (OperationCanceledException, the build host
            // disconnecting, a child's broken pipe, a disposed object, an AggregateException of those) is the stop.
            progress?.Clear();
            error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (SsotCheckException e)
        {
            progress?.Clear();
            error.WriteLine(e.LocatedLines ? e.Message : "error: " + e.Message);
            return ExitCodes.For(e.Failure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Clear();
            error.WriteLine("error: " + e.Message);
            return ExitCodes.UsageOrConfigError;
        }
    }
}
