using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Projects are identified by path: two projects with the same file name are two rows, each with its own files and findings.</summary>
public sealed class ProjectIdentityTests
{
    [Fact]
    public async Task Two_projects_named_alike_are_two_rows_named_by_their_paths()
    {
        using var solution = new TempSolution();
        solution.Project("src/App");
        solution.Write("src/App/Library.cs", "namespace App;\npublic class MessageRouter { }\n");
        solution.Project("tools/App", extra: "<PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>");
        solution.Write("tools/App/Program.cs", "namespace Tool;\npublic static class Program { public static void Main() { } }\npublic class ToolMessageRouter { }\n");
        solution.Project("src/Other");
        solution.Write("src/Other/Other.cs", "namespace Other;\npublic class Other { }\n");
        solution.Write("All.slnx", """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/App/App.csproj" />
                <Project Path="src/Other/Other.csproj" />
              </Folder>
              <Folder Name="/tools/">
                <Project Path="tools/App/App.csproj" />
              </Folder>
            </Solution>
            """);
        solution.Write("ssot.json", """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(new[] { "Other", "src/App/App.csproj", "tools/App/App.csproj" }, report.Analysis.Projects);
        Assert.Equal(
            new[] { "src/App/Library.cs src/App/App.csproj", "src/Other/Other.cs Other", "tools/App/Program.cs tools/App/App.csproj" },
            report.Analysis.Files.Select(f => $"{f.Path} {f.Project}"));
        Assert.Equal(new[] { "tools/App/Program.cs:3 SSOT1001 tools/App/App.csproj" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id} {f.Project}"));
        Assert.Equal(
            new[] { "Other 1/1", "src/App/App.csproj 1/1", "tools/App/App.csproj 0/1" },
            report.Score.Projects.Select(p => $"{p.Name} {p.Score.Compliant}/{p.Score.Scored}"));
    }

    [Fact]
    public async Task A_solution_that_lists_two_projects_of_one_name_in_one_folder_is_a_usage_error_not_a_crash()
    {
        using var solution = new TempSolution();
        solution.Project("src/App");
        solution.Project("tools/App");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="src/App/App.csproj" />
              <Project Path="tools/App/App.csproj" />
            </Solution>
            """);

        var (exit, output, error) = await CliRunner.RunAsync(Path.Combine(solution.Root, "All.slnx"), "--no-restore", "--no-progress");

        Assert.Equal(Netra.Ssot.Cli.Commands.ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: Cannot read the solution '{Path.Combine(solution.Root, "All.slnx")}': Project name 'App' already exists in the 'Root' solution folder." + Environment.NewLine, error);
    }
}
