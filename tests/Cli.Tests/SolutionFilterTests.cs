using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// A solution filter (.slnf) is checked as the solution with only the projects it lists (MSBuildWorkspace 5.12 opens it);
/// a filter that does not parse or names a missing solution or project is a located error, exit 2.
/// </summary>
public sealed class SolutionFilterTests
{
    private static readonly string NewLine = Environment.NewLine;

    /// <summary>App.sln with projects src/A and src/B, each with a same-name family (SSOT1003), and filters/ beside them.</summary>
    private static TempSolution Solution()
    {
        var temp = new TempSolution();
        foreach (string name in new[] { "A", "B" })
        {
            temp.Write($"src/{name}/{name}.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
            temp.Write($"src/{name}/W.cs", $"namespace {name}.One {{ public sealed class Widget {{ public int Size {{ get; set; }} }} }}\nnamespace {name}.Two {{ public sealed class Widget {{ public int Size {{ get; set; }} }} }}\n");
        }

        temp.Write(
            "App.sln",
            """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "A", "src\A\A.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "B", "src\B\B.csproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            """);
        return temp;
    }

    private static string Filter(params string[] projects)
        => "{\n  \"solution\": {\n    \"path\": \"..\\\\App.sln\",\n    \"projects\": [\n" + string.Join(",\n", projects.Select(p => $"      \"{p}\"")) + "\n    ]\n  }\n}\n";

    [Fact]
    public async Task A_solution_filter_checks_only_the_projects_it_lists()
    {
        using var temp = Solution();
        string filter = temp.Write("filters/A.slnf", Filter("src\\\\A\\\\A.csproj"));

        var (exit, output, error) = await CliRunner.RunAsync(filter, "--no-restore", "--format", "github");

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        var lines = output.Split(NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[] { "::notice file=src/A/W.cs,line=1,col=39", "::notice file=src/A/W.cs,line=2,col=39" },
            lines.Where(l => l.StartsWith("::notice file=", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(",endLine", StringComparison.Ordinal)]));
        Assert.Equal("::notice title=SSOT compliance 100.0%25::Gate passed: no minimum overall score set (use --min-score or thresholds.overall in ssot.json); no mission-critical violations (mission score 100.0%25); all 1 hand-written files analyzed. Coverage: 1/1 files analyzed, 1/1 projects.", lines[^1]);
    }

    [Fact]
    public async Task A_filter_that_lists_a_missing_project_is_a_located_error()
    {
        using var temp = Solution();
        string filter = temp.Write("filters/Bad.slnf", Filter("src\\\\A\\\\A.csproj", "src\\\\C\\\\C.csproj"));

        var (exit, output, error) = await CliRunner.RunAsync(filter, "--no-restore");

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        Assert.Equal(
            $"{SsotCheck.Display(filter, Directory.GetCurrentDirectory())}(6,7): error: the project 'src\\C\\C.csproj' does not exist (looked for {Path.Combine(temp.Root, "src", "C", "C.csproj")}); remove it from the filter or restore the file{NewLine}",
            error);
    }

    [Theory]
    [InlineData("{ \"solution\": { \"path\": \"..\\\\App.sln\", \"projects\": [ ", "(1,54): error: the solution filter is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed")]
    [InlineData("{ \"solution\": { \"projects\": [] } }", "(1,1): error: the solution filter names no solution; expected { \"solution\": { \"path\": \"App.sln\", \"projects\": [...] } }")]
    [InlineData("{ \"solution\": { \"path\": \"Other.sln\", \"projects\": [] } }", "(1,25): error: the solution 'Other.sln' does not exist (looked for {filters}/Other.sln)")]
    public async Task A_filter_that_does_not_parse_or_names_no_existing_solution_is_a_located_error(string text, string expected)
    {
        using var temp = Solution();
        string filter = temp.Write("filters/Broken.slnf", text);

        var (exit, output, error) = await CliRunner.RunAsync(filter);

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        Assert.Equal(
            SsotCheck.Display(filter, Directory.GetCurrentDirectory()) + expected.Replace("{filters}", Path.Combine(temp.Root, "filters"), StringComparison.Ordinal) + NewLine,
            error);
    }
}
