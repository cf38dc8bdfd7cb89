namespace Netra.Ssot.Cli.Engine;

/// <summary>A user-facing failure with its exit code: printed as a message, never as a stack trace.</summary>
public sealed class SsotCheckException : Exception
{
    public SsotCheckException(int exitCode, string message, bool locatedLines = false)
        : base(message)
    {
        ExitCode = exitCode;
        LocatedLines = locatedLines;
    }

    public int ExitCode { get; }

    /// <summary>The message is already a list of <c>path:line:col: message</c> lines, printed as they are.</summary>
    public bool LocatedLines { get; }
}
