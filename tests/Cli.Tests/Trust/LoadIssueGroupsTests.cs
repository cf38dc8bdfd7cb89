using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>One line per distinct load-issue cause, with the projects it affected; stack traces cut; capped for comments.</summary>
public sealed class LoadIssueGroupsTests
{
    [Fact]
    public void The_same_cause_in_many_projects_is_one_line_naming_them()
    {
        var issues = Enumerable.Range(1, 7)
            .Select(i => new LoadIssue("warning", $"Api{i}", $"Msbuild failed when processing the file '/src/Api{i}/Api{i}.csproj' with message: Unable to find package Private.Sdk."))
            .Append(new LoadIssue("error", "Core", "Core has no framework references (is it restored?); its files were not analyzed."))
            .Append(new LoadIssue("warning", null, "'dotnet restore App.sln' failed (exit 1)"))
            .ToList();

        Assert.Equal(
            new[]
            {
                "error: Core: Core has no framework references (is it restored?); its files were not analyzed.",
                "warning: [7 projects: Api1, Api2, Api3, Api4, Api5 and 2 more] Msbuild failed when processing the file '<project>.csproj' with message: Unable to find package Private.Sdk.",
                "warning: 'dotnet restore App.sln' failed (exit 1)",
            },
            LoadIssueGroups.Of(issues).Select(g => g.Display));
    }

    [Fact]
    public void A_project_name_inside_another_word_is_left_alone_and_stack_traces_are_cut()
    {
        var issue = new LoadIssue("warning", "App", "Application App failed: System.InvalidOperationException: boom\n   at Microsoft.Build.Execution.BuildManager.Build(BuildParameters p)\n   at X.Y()");

        Assert.Equal("warning: App: Application App failed: System.InvalidOperationException: boom (stack trace cut)", Assert.Single(LoadIssueGroups.Of(new[] { issue })).Display);
    }

    [Fact]
    public void Version_substitutions_of_every_package_and_project_are_one_line()
    {
        var issues = new[]
        {
            new LoadIssue("warning", "Api", "Msbuild failed when processing the file '/src/Api/Api.csproj' with message: Api depends on Polly (>= 8.7.0) but Polly 8.7.0 was not found. Polly 8.8.0 was resolved instead."),
            new LoadIssue("warning", "Web", "Msbuild failed when processing the file '/src/Web/Web.csproj' with message: Web depends on Scalar.AspNetCore (>= 2.8.6) but Scalar.AspNetCore 2.8.6 was not found. Scalar.AspNetCore 2.18.0 was resolved instead."),
        };

        Assert.Equal(
            "warning: [2 projects: Api, Web] NuGet resolved a higher version of a package than requested (NU1603: '... was not found. ... was resolved instead'); this does not affect the analysis",
            Assert.Single(LoadIssueGroups.Of(issues)).Display);
    }

    [Fact]
    public void Capped_says_how_many_causes_are_left_and_where_they_are()
    {
        var groups = LoadIssueGroups.Of(Enumerable.Range(1, 4).Select(i => new LoadIssue("warning", null, $"cause {i}")));

        Assert.Equal(
            new[] { "warning: cause 1", "warning: cause 2", "... and 2 more cause(s); see the JSON report." },
            LoadIssueGroups.Capped(groups, 2, "see the JSON report."));
    }
}
