using System.Collections.Immutable;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine;

/// <summary>What kind of user-facing failure stopped a run; only the command layer turns it into an exit code.</summary>
internal enum CheckFailure
{
    /// <summary>Bad input: arguments, a path that does not exist, an invalid ssot.json or baseline, an output that cannot be written.</summary>
    InvalidInput,

    /// <summary>The solution could not be loaded: no .NET SDK/MSBuild, or no project could be loaded or analyzed.</summary>
    LoadFailed,
}

/// <summary>A user-facing failure: printed as a message, never as a stack trace; <c>Commands/</c> maps its kind to an exit code.</summary>
internal sealed class SsotCheckException : Exception
{
    public SsotCheckException(CheckFailure failure, string message, bool locatedLines = false, InvalidConfig? invalidConfig = null)
        : base(message)
    {
        Failure = failure;
        LocatedLines = locatedLines;
        InvalidConfig = invalidConfig;
    }

    public CheckFailure Failure { get; }

    /// <summary>The message is already a list of <c>path:line:col: message</c> lines, printed as they are.</summary>
    public bool LocatedLines { get; }

    /// <summary>When the failure is an ssot.json that does not parse: the file and its errors, for reports that must still be written.</summary>
    public InvalidConfig? InvalidConfig { get; }
}

/// <summary>An ssot.json that does not parse: its full path and every error, located.</summary>
internal sealed record InvalidConfig(string Path, ImmutableArray<ConfigError> Errors);
