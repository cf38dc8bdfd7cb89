using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Runs the ssot-check command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = CheckCommand.Create(output, error).Parse(args);
        if (UsageErrors.Of(parse) is { Count: > 0 } errors)
        {
            return (ExitCodes.UsageOrConfigError, string.Empty, string.Join(Environment.NewLine, errors));
        }

        int exit = await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
        return (exit, output.ToString(), error.ToString());
    }
}
