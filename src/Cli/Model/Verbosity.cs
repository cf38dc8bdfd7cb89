namespace Netra.Ssot.Cli.Model;

/// <summary>How much the terminal shows (<c>-v|--verbosity</c>), with dotnet's and MSBuild's level names.</summary>
internal enum Verbosity
{
    /// <summary>The error findings and the gate line.</summary>
    Quiet,

    /// <summary>The findings, the score, what was not analyzed, the baseline and the gate line.</summary>
    Minimal,

    /// <summary>Also the header, projects and rules: the text report as it always was (the default).</summary>
    Normal,

    /// <summary>Also every analyzed project's file, compiler errors and environment, and the progress as timed lines on stderr.</summary>
    Detailed,

    /// <summary>Also every MSBuild and workspace message as it came, not grouped by cause.</summary>
    Diagnostic,
}
