using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Report paths are relative to the repository root (the CI checkout, or the folder with <c>.git</c>), where GitHub
/// code scanning and annotations resolve them, even for a solution in a subfolder; <c>--paths-relative-to</c> overrides.
/// </summary>
public sealed class RepositoryPathsTests
{
    private static readonly string NewLine = Environment.NewLine;

    private static string? NoEnvironment(string name) => null;

    [Fact]
    public void The_root_is_the_nearest_folder_with_a_git_folder_or_file()
    {
        using var temp = new TempSolution();
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        temp.Write("repo/src/App/App.csproj", "<Project />");
        temp.Write("worktree/.git", "gitdir: ../repo/.git/worktrees/w\n");
        temp.Write("worktree/src/App.csproj", "<Project />");

        Assert.Equal(Path.Combine(temp.Root, "repo"), RepositoryRoot.Find(Path.Combine(temp.Root, "repo", "src", "App"), NoEnvironment));
        Assert.Equal(Path.Combine(temp.Root, "worktree"), RepositoryRoot.Find(Path.Combine(temp.Root, "worktree", "src"), NoEnvironment));
    }

    [Fact]
    public void A_ci_checkout_that_contains_the_solution_wins_and_one_that_does_not_is_ignored()
    {
        using var temp = new TempSolution();
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        temp.Write("repo/src/App/App.csproj", "<Project />");
        string app = Path.Combine(temp.Root, "repo", "src", "App");

        Assert.Equal(Path.Combine(temp.Root, "repo", "src"), RepositoryRoot.Find(app, v => v == "GITHUB_WORKSPACE" ? Path.Combine(temp.Root, "repo", "src") + "/" : null));
        Assert.Equal(Path.Combine(temp.Root, "repo", "src"), RepositoryRoot.Find(app, v => v == "BUILD_SOURCESDIRECTORY" ? Path.Combine(temp.Root, "repo", "src") : null));
        Assert.Equal(Path.Combine(temp.Root, "repo"), RepositoryRoot.Find(app, v => v == "GITHUB_WORKSPACE" ? Path.Combine(temp.Root, "elsewhere") : null));
        Assert.Equal(Path.Combine(temp.Root, "repo"), RepositoryRoot.Find(app, v => v == "GITHUB_WORKSPACE" ? Path.Combine(temp.Root, "repo", "sr") : null)); // a name prefix is not a parent
    }

    [Fact]
    public void Outside_any_repository_there_is_no_root()
    {
        using var temp = new TempSolution();
        Assert.Null(RepositoryRoot.Find(temp.Root, NoEnvironment));
    }

    [Fact]
    public async Task Sarif_and_annotations_of_a_solution_in_a_subfolder_are_relative_to_the_repository_root()
    {
        using var temp = new TempSolution();
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        temp.Write("repo/src/Directory.Build.props", "<Project />");
        string solution = Path.Combine(temp.Root, "repo", "src");
        temp.Write("repo/src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("repo/src/App/A.cs", "namespace App.One { public sealed class Widget { } }\nnamespace App.Two { public sealed class Widget { } }\n");
        string sarif = Path.Combine(temp.Root, "out.sarif");

        var (exit, output, _) = await CliRunner.RunAsync(Path.Combine(solution, "App"), "--no-restore", "--format", "github", "--report", "sarif=" + sarif);
        var (_, fromSolution, _) = await CliRunner.RunAsync(Path.Combine(solution, "App"), "--no-restore", "--format", "github", "--paths-relative-to", solution);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("::notice file=src/App/A.cs,line=1,col=41,", output, StringComparison.Ordinal);
        Assert.StartsWith("::notice file=App/A.cs,line=1,col=41,", fromSolution, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("src/App/A.cs", run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(new Uri(Path.Combine(temp.Root, "repo") + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Paths_relative_to_a_folder_that_does_not_exist_is_a_usage_error()
    {
        var (exit, output, error) = await CliRunner.RunAsync("--paths-relative-to", "/no/such/folder");

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty, $"error: --paths-relative-to '/no/such/folder' is not a folder.{NewLine}"), (exit, output, error));
    }

    [Fact]
    public async Task An_invalid_ssot_json_still_writes_the_sarif_and_annotations_with_its_errors()
    {
        using var temp = new TempSolution();
        temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        temp.Write("repo/src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("repo/src/ssot.json", "{\n  \"conceptz\": []\n}\n");
        string sarif = Path.Combine(temp.Root, "out.sarif");

        var (exit, output, error) = await CliRunner.RunAsync(Path.Combine(temp.Root, "repo", "src", "App"), "--no-restore", "--format", "github", "--report", "sarif=" + sarif);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.StartsWith("::error file=src/ssot.json,line=2,col=3,", output, StringComparison.Ordinal);
        Assert.Equal(
            "::error file=src/ssot.json,line=2,col=3,endLine=2,endColumn=13,title=SSOT0001 (mission-critical)::unknown key \"conceptz\" in the top level; did you mean \"concepts\"? Expected one of: concepts, critical, legacy, configuration, constants, preprocessorSymbolSets, tests, exclude, thresholds, discovery, testDoubles, obsoleteIsLegacy, cycles",
            output.Split(NewLine)[0]);
        Assert.EndsWith("::Gate failed: src/ssot.json is invalid (1 error(s)); nothing was analyzed Coverage: 0/0 files analyzed, 0/0 projects." + NewLine, output, StringComparison.Ordinal);
        Assert.StartsWith(SsotCheck.Display(Path.Combine(temp.Root, "repo", "src", "ssot.json"), Directory.GetCurrentDirectory()) + "(2,3): error SSOT0001: unknown key \"conceptz\" in the top level; did you mean \"concepts\"?", error, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("SSOT0001", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("src/ssot.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
