using System.Text.Json;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>
/// Environments that are broken rather than code: each run by the real ssot-check process, with the exit code and
/// the load issue or message that must appear.
/// </summary>
public sealed class BrokenEnvironmentTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Fact]
    public async Task A_solution_listing_a_missing_project_analyzes_the_rest_and_names_the_missing_one()
    {
        using var temp = new TempSolution();
        temp.Project("Present");
        temp.Write("Present/A.cs", "namespace Present; public class A { }");
        temp.Write("M.slnx", "<Solution>\n  <Project Path=\"Present/Present.csproj\" />\n  <Project Path=\"Gone/Gone.csproj\" />\n</Solution>\n");
        string gone = Path.Combine(temp.Root, "Gone", "Gone.csproj");

        var (exit, output, error) = await CliProcess.RunAsync(temp.Root, "M.slnx", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("files").GetProperty("scored").GetInt32());
        var issues = json.RootElement.GetProperty("loadIssues").EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        Assert.Equal(("warning", JsonValueKind.Null), (issues[0].GetProperty("severity").GetString(), issues[0].GetProperty("project").ValueKind));
        Assert.StartsWith("'dotnet restore M.slnx' failed (exit 1); projects that need it may not load or may miss references: ", issues[0].GetProperty("message").GetString());
        Assert.Contains($"error MSB3202: The project file \"{gone}\" was not found.", issues[0].GetProperty("message").GetString());
        Assert.Equal(("error", "Gone", $"Project file not found: '{gone}'"), (issues[1].GetProperty("severity").GetString(), issues[1].GetProperty("project").GetString(), issues[1].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task An_unresolvable_sdk_is_exit_3_naming_the_sdk()
    {
        using var temp = new TempSolution();
        string project = temp.Write("NoSdk/NoSdk.csproj", "<Project Sdk=\"No.Such.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        temp.Write("NoSdk/A.cs", "public class A { }");

        var (exit, output, error) = await CliProcess.RunAsync(temp.Root, "NoSdk");

        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        string[] lines = error.Split(NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: No project could be analyzed.", lines[0]);
        Assert.StartsWith($"  warning: 'dotnet restore NoSdk.csproj' failed (exit 1); projects that need it may not load or may miss references: {project} : error : Could not resolve SDK \"No.Such.Sdk\".", lines[1]);
        Assert.Equal($"  error: Msbuild failed when processing the file '{project}' with message: The SDK 'No.Such.Sdk' specified could not be found.  {project}", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Invalid_project_xml_is_exit_3_with_its_line_and_position()
    {
        using var temp = new TempSolution();
        string project = temp.Write("Bad/Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</Target");
        temp.Write("Bad/A.cs", "public class A { }");
        const string Why = "The project file could not be loaded. Unexpected end of file while parsing Name has occurred. Line 1, position 81.";

        var (exit, output, error) = await CliProcess.RunAsync(temp.Root, "Bad");

        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "error: No project could be analyzed." + NewLine
            + $"  warning: 'dotnet restore Bad.csproj' failed (exit 1); projects that need it may not load or may miss references: {project}(1,81): error MSB4025: {Why}" + NewLine
            + $"  error: Msbuild failed when processing the file '{project}' with message: {Why}" + NewLine,
            error);
    }

    [Fact]
    public async Task A_project_never_restored_with_no_restore_is_analyzed_but_not_counted_as_analyzed()
    {
        using var temp = new TempSolution();
        temp.Project("NoRestore", extra: "<ItemGroup><PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" /></ItemGroup>");
        temp.Write("NoRestore/A.cs", "public class A { public Newtonsoft.Json.JsonSerializer? S; }");

        var (exit, output, error) = await CliProcess.RunAsync(temp.Root, "NoRestore", "--no-restore", "--format", "json");

        // Its package is missing: the project is analyzed, but not counted as analyzed, so the default gate fails.
        Assert.True(exit == 1, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            "only 0.0% of the hand-written files were analyzed (0/1 files analyzed, 1/1 projects, 1 project with compiler errors (NoRestore: 1), 1 project analyzed without a complete environment (NoRestore is not restored (obj/project.assets.json is missing))), below the required 100.0% (thresholds.coverage); see what was not fully analyzed.",
            json.RootElement.GetProperty("gate").GetProperty("reason").GetString());
        var issue = Assert.Single(json.RootElement.GetProperty("loadIssues").EnumerateArray());
        Assert.Equal(("warning", "NoRestore", "NoRestore has 1 compiler error(s); findings in its files may be incomplete."), (issue.GetProperty("severity").GetString(), issue.GetProperty("project").GetString(), issue.GetProperty("message").GetString()));
        Assert.False(File.Exists(Path.Combine(temp.Root, "NoRestore", "obj", "project.assets.json"))); // --no-restore did not restore
    }

    [Fact]
    public async Task A_closed_standard_output_is_exit_2_before_anything_is_loaded()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // closing a descriptor with a shell redirection is POSIX
        }

        using var temp = new TempSolution();
        var start = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardError = true, WorkingDirectory = temp.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" missing.slnx >&-");
        start.ArgumentList.Add(CliProcess.Dll);
        using var process = System.Diagnostics.Process.Start(start)!;
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("error: standard output is closed or not writable; the text report has nowhere to go (write it to a file with --output <file>)." + NewLine, error);
    }
}
