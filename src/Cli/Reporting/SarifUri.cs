namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// A report path (<see cref="Engine.ReportPaths"/>: relative to the solution folder, <c>/</c> separators) as the
/// relative URI reference SARIF's <c>artifactLocation.uri</c> holds against <c>SRCROOT</c>: each segment
/// percent-escaped (spaces, <c>#</c>, <c>%</c>, non-ASCII as UTF-8), <c>/</c> and <c>..</c> kept.
/// </summary>
public static class SarifUri
{
    public static string FromReportPath(string reportPath)
        => string.Join("/", reportPath.Split('/').Select(segment => segment == ".." ? segment : Uri.EscapeDataString(segment)));
}
