namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Paths as reports show them (docs/reports.md): relative to the solution folder with <c>/</c> separators, <c>../</c> for
/// files outside it (a solution in <c>src/</c> with tests beside it), absolute only across drives.
/// </summary>
public static class ReportPaths
{
    public static string Relative(string root, string path)
        => Path.GetRelativePath(root, path).Replace('\\', '/');
}
