namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Report paths, the paths every report and finding shows (docs/reports.md): relative to the solution folder with
/// <c>/</c> separators, <c>../</c> for files outside it (a solution in <c>src/</c> with tests beside it), absolute only
/// across drives or roots. Not to be confused with the other path concepts (docs/architecture.md, "Paths"):
/// <c>SsotConfigFile.RelativePath</c> (config-relative, for ssot.json globs and rule messages),
/// <c>SsotCheck.Display</c> (relative to where the user ran the tool) and <c>Reporting.SarifUri</c> (a report path as a URI).
/// </summary>
public static class ReportPaths
{
    /// <summary>The report path of <paramref name="path"/> (absolute) under the solution folder <paramref name="root"/>.</summary>
    public static string Relative(string root, string path)
        => Path.GetRelativePath(root, path).Replace('\\', '/');
}
