using System.Globalization;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// One line in the compiler's (MSBuild's) format, <c>path(line,col): severity ID: message</c>, the form terminals make
/// clickable and VS Code's <c>$msCompile</c> problem matcher reads: findings and ssot.json errors are printed in it.
/// </summary>
internal static class CompilerMessage
{
    /// <param name="line">1-based.</param>
    /// <param name="column">1-based.</param>
    /// <param name="severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
    /// <param name="id">The rule ID; null for an input error that no rule reports (<c>path(line,col): error: message</c>).</param>
    public static string Format(string path, int line, int column, string severity, string? id, string message)
        => id is null
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3}: {4}", path, line, column, severity, message)
            : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", path, line, column, severity, id, message);
}
