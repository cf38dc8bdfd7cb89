using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// A configuration passed with <c>--config</c> from a folder that does not hold the solution (docs/config.md, "Where the
/// file lives"): its path globs are relative to its own folder, so the solution's files are matched by their full
/// paths. A glob written as at the solution root (<c>tests/**</c>) then matches nothing: SSOT0002 says so, at the glob,
/// with the reason; a glob that starts with <c>**/</c> works from anywhere.
/// </summary>
public sealed class ConfigOutsideSolutionTests
{
    private static TempSolution Solution(string tests)
    {
        var solution = new TempSolution();
        solution.Project("shop/src/App");
        solution.Write("shop/src/App/Clock.cs", "namespace App;\npublic class Clock { }\n");
        solution.Project("shop/tests/Helpers");
        solution.Write("shop/tests/Helpers/ManualClock.cs", "namespace Helpers;\npublic class ManualClock { }\n");
        solution.Write("configs/ssot.json", "{\n  \"tests\": [\"" + tests + "\"]\n}\n");
        return solution;
    }

    private static Task<CheckReport> CheckAsync(TempSolution solution)
        => SsotCheck.RunAsync(
            new CheckOptions { Path = Path.Combine(solution.Root, "shop"), ConfigPath = Path.Combine(solution.Root, "configs", "ssot.json"), Restore = false },
            solution.Root,
            null,
            CancellationToken.None);

    [Fact]
    public async Task A_tests_glob_written_for_the_solution_root_matches_nothing_from_another_folder_and_says_why()
    {
        using var solution = Solution("tests/**");

        var report = await CheckAsync(solution);

        Assert.Equal(
            new[] { "src/App/Clock.cs production", "tests/Helpers/ManualClock.cs production" },
            report.Analysis.Files.Select(f => $"{f.Path} {(f.IsTest ? "test" : "production")}"));
        var finding = Assert.Single(report.Analysis.Findings);
        string configFolder = Path.Combine(solution.Root, "configs").Replace('\\', '/');
        Assert.Equal(
            ("SSOT0002", "warning", "../configs/ssot.json", 2, 13,
                "tests glob 'tests/**' matches nothing in the solution: path globs are relative to the folder of the configuration file ('" + configFolder
                + "'), which holds none of the solution's files, so they are matched against full paths (start the glob with '**/', or put ssot.json in the solution's folder); fix the name or remove the entry"),
            (finding.Id, finding.Severity, finding.File, finding.Line, finding.Column, finding.Message));
    }

    [Fact]
    public async Task A_tests_glob_that_starts_with_two_stars_classifies_the_files_from_any_folder_and_a_stale_one_is_reported_plainly()
    {
        using var solution = Solution("**/tests/**");
        solution.Write("configs/ssot.json", "{\n  \"tests\": [\"**/tests/**\", \"**/test/**\"]\n}\n");

        var report = await CheckAsync(solution);

        Assert.Equal(
            new[] { "src/App/Clock.cs production", "tests/Helpers/ManualClock.cs test" },
            report.Analysis.Files.Select(f => $"{f.Path} {(f.IsTest ? "test" : "production")}"));
        var finding = Assert.Single(report.Analysis.Findings); // a '**/' glob that matches nothing is stale wherever the file is
        Assert.Equal(
            ("SSOT0002", "../configs/ssot.json", 2, 28, "tests glob '**/test/**' matches nothing in the solution; fix the name or remove the entry"),
            (finding.Id, finding.File, finding.Line, finding.Column, finding.Message));
    }

    [Fact]
    public async Task At_the_solution_root_the_same_glob_classifies_and_a_stale_one_is_reported_without_the_reason()
    {
        using var solution = Solution("tests/**");
        solution.Write("shop/ssot.json", "{\n  \"tests\": [\"tests/**\", \"test/**\"]\n}\n");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = Path.Combine(solution.Root, "shop"), Restore = false }, solution.Root, null, CancellationToken.None);

        Assert.Equal(
            new[] { "src/App/Clock.cs production", "tests/Helpers/ManualClock.cs test" },
            report.Analysis.Files.Select(f => $"{f.Path} {(f.IsTest ? "test" : "production")}"));
        var finding = Assert.Single(report.Analysis.Findings);
        Assert.Equal(
            ("SSOT0002", "ssot.json", 2, 25, "tests glob 'test/**' matches nothing in the solution; fix the name or remove the entry"),
            (finding.Id, finding.File, finding.Line, finding.Column, finding.Message));
    }
}
