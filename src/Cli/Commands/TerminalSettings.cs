using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Commands;

/// <summary>How a check talks to the terminal: how much it shows, and the colours of standard output and standard error.</summary>
internal sealed record TerminalSettings(Verbosity Verbosity, AnsiColor Output, AnsiColor Error)
{
    /// <summary>Today's output without colour: what tests and callers that do not choose get.</summary>
    public static TerminalSettings Plain { get; } = new(Verbosity.Normal, AnsiColor.None, AnsiColor.None);
}
