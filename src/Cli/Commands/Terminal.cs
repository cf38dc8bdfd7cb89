using System.CommandLine;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// What the terminal can take: colour (<c>--color</c>, <c>--no-color</c>, <c>NO_COLOR</c>, redirection) and the width
/// progress lines are cut to.
/// </summary>
internal static class Terminal
{
    public static Option<bool> CreateColorOption() => new("--color")
    {
        Description = "Colour the text report even when standard output is redirected (it is coloured on a terminal unless NO_COLOR is set).",
    };

    public static Option<bool> CreateNoColorOption() => new("--no-color")
    {
        Description = "Never colour the text report.",
    };

    /// <summary>
    /// Whether to colour a stream: <c>--no-color</c> never, <c>--color</c> always (a command-line flag overrides the
    /// environment, as https://no-color.org asks); otherwise never when <c>NO_COLOR</c> is set to anything but empty
    /// or <c>TERM=dumb</c>; on a redirected stream only with dotnet's
    /// <c>DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION</c> (1 or true); else when the stream is a terminal.
    /// </summary>
    public static AnsiColor Color(bool color, bool noColor, bool isTerminal, Func<string, string?> environment)
    {
        if (noColor)
        {
            return AnsiColor.None;
        }

        if (color)
        {
            return AnsiColor.On;
        }

        if (!string.IsNullOrEmpty(environment("NO_COLOR")) || environment("TERM") == "dumb")
        {
            return AnsiColor.None;
        }

        string? redirection = environment("DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION");
        bool forced = redirection == "1" || string.Equals(redirection, "true", StringComparison.OrdinalIgnoreCase);
        return isTerminal || forced ? AnsiColor.On : AnsiColor.None;
    }

    /// <summary>Whether <paramref name="output"/> is this process's standard output and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Whether <paramref name="error"/> is this process's standard error and that is a terminal.</summary>
    public static bool IsErrorTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The columns of the terminal stderr shows in, or null when stderr is redirected (lines are then never cut).</summary>
    public static int? Width(TextWriter error)
    {
        if (!IsErrorTerminal(error))
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
