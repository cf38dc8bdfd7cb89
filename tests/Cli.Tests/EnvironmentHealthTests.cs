using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Which projects' environments are degraded, and the reason given; compiler errors alone never are.</summary>
public sealed class EnvironmentHealthTests : IDisposable
{
    private readonly TempSolution _solution = new();

    private string App => Path.Combine(_solution.Root, "App", "App.csproj");

    private string Lib => Path.Combine(_solution.Root, "Lib", "Lib.csproj");

    private string Assets => Path.Combine(_solution.Root, "App", "obj", "project.assets.json");

    public void Dispose() => _solution.Dispose();

    private EnvironmentHealth Health(IReadOnlyList<LoadIssue> issues, ProjectFacts? facts = null, IEnumerable<string>? loaded = null)
        => new(
            issues,
            facts is null ? null : new Dictionary<string, ProjectFacts> { [facts.Path] = facts },
            new Dictionary<string, string> { [App] = "App", [Lib] = "Lib" },
            loaded ?? new[] { App, Lib },
            _solution.Root);

    private ProjectFacts Facts(params string[] references) => new(App, false, null, Assets, references);

    private void WriteAssets(string logs) => _solution.Write("App/obj/project.assets.json", $$"""{ "version": 3, "logs": [{{logs}}] }""");

    [Fact]
    public void A_missing_assets_file_means_not_restored()
        => Assert.Equal("App is not restored (App/obj/project.assets.json is missing)", Health([], Facts()).DegradedReason(App, "App"));

    [Fact]
    public void Error_entries_in_the_assets_file_name_their_codes_and_warnings_do_not_count()
    {
        WriteAssets("""{ "code": "NU1603", "level": "Warning", "message": "resolved a higher version" }, { "code": "NU1101", "level": "Error", "message": "Unable to find package X" }, { "code": "NU1102", "level": "Error" }""");
        Assert.Equal("restore failed for App (NU1101, NU1102)", Health([], Facts()).DegradedReason(App, "App"));

        WriteAssets("""{ "code": "NU1603", "level": "Warning", "message": "resolved a higher version" }""");
        Assert.Null(Health([], Facts()).DegradedReason(App, "App"));
    }

    [Fact]
    public void Compiler_errors_alone_do_not_degrade_a_project()
    {
        WriteAssets(string.Empty);
        var issues = new[] { new LoadIssue("warning", "App", "App has 2 compiler error(s); findings in its files may be incomplete.") };

        Assert.Null(Health(issues, Facts()).DegradedReason(App, "App"));
    }

    [Fact]
    public void A_failed_restore_degrades_the_projects_it_names_or_every_project_when_it_names_none()
    {
        var namesLib = new LoadIssue("warning", null, $"'dotnet restore All.slnx' failed (exit 1); projects that need it may not load or may miss references: {Lib} : error NU1101: Unable to find package X.");
        var namesNone = new LoadIssue("warning", null, "'dotnet restore All.slnx' failed (exit 1); projects that need it may not load or may miss references: error MSB4025: The project file could not be loaded.");

        Assert.Null(Health([namesLib]).DegradedReason(App, "App"));
        Assert.Equal("restore failed for Lib", Health([namesLib]).DegradedReason(Lib, "Lib"));
        Assert.Equal("restore failed for the solution", Health([namesNone]).DegradedReason(App, "App"));
    }

    [Fact]
    public void A_package_MSBuildWorkspace_could_not_resolve_degrades_its_project()
    {
        var issue = new LoadIssue("warning", "App", $"Msbuild failed when processing the file '{App}' with message: Unable to find package X. No packages exist with this id in source(s): nuget.org");

        Assert.Equal("a reference of App did not resolve", Health([issue]).DegradedReason(App, "App"));
        Assert.Null(Health([issue]).DegradedReason(Lib, "Lib"));
    }

    [Fact]
    public void A_project_reference_that_did_not_load_degrades_the_project()
    {
        WriteAssets(string.Empty);

        Assert.Equal("project reference Lib of App did not load", Health([], Facts(Lib), loaded: [App]).DegradedReason(App, "App"));
        Assert.Null(Health([], Facts(Lib)).DegradedReason(App, "App"));
    }
}
