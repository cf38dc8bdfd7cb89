using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The CLI's path concepts (docs/architecture.md, "Paths"): the report path (relative to the solution folder, <c>../</c>
/// outside it), the SARIF URI of a report path, and the display path (relative to where the tool ran, full outside it).
/// </summary>
public sealed class PathConceptsTests
{
    [Theory]
    [InlineData("/repo", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("/repo/", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("/repo/src", "/repo/tests/T.cs", "../tests/T.cs")]
    [InlineData("/repo", "/other/x.cs", "../other/x.cs")]
    [InlineData("/repo", "/repository/x.cs", "../repository/x.cs")]
    [InlineData("/repo", "/repo", ".")]
    [InlineData("/repo", "/repo/My Docs/Größe #1.cs", "My Docs/Größe #1.cs")]
    [InlineData("/repo", "/repo/src/a\\b.cs", "src/a/b.cs")]
    public void A_report_path_is_relative_to_the_solution_folder_with_slashes(string root, string path, string expected)
        => Assert.Equal(expected, ReportPaths.Relative(root, path));

    [Theory]
    [InlineData("src/A.cs", "src/A.cs")]
    [InlineData("../tests/T.cs", "../tests/T.cs")]
    [InlineData("src/My File.cs", "src/My%20File.cs")]
    [InlineData("src/Größe#1%.cs", "src/Gr%C3%B6%C3%9Fe%231%25.cs")]
    [InlineData("src/a?b[c].cs", "src/a%3Fb%5Bc%5D.cs")]
    [InlineData(".", ".")]
    public void A_sarif_uri_escapes_each_segment_and_keeps_slashes_and_parent_segments(string reportPath, string expected)
    {
        string uri = SarifUri.FromReportPath(reportPath);

        Assert.Equal(expected, uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
        Assert.Equal(reportPath, Uri.UnescapeDataString(uri));
    }

    [Theory]
    [InlineData("/work/app/App.sln", "/work/app", "App.sln")]
    [InlineData("/work/app/ci/ssot.json", "/work/app/", "ci/ssot.json")]
    [InlineData("/work/other/ssot.json", "/work/app", "/work/other/ssot.json")]
    [InlineData("/work/app", "/work/app", ".")]
    [InlineData("/work/app/My Docs/ssot.json", "/work/app", "My Docs/ssot.json")]
    public void A_display_path_is_relative_to_where_the_tool_ran_or_full_outside_it(string path, string currentDirectory, string expected)
        => Assert.Equal(expected, SsotCheck.Display(path, currentDirectory));
}
