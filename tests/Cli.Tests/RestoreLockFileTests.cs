using System.Diagnostics;
using System.Text.Json;
using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The restore ssot-check runs first must never change the user's files: an out-of-date packages.lock.json stays
/// byte for byte as it was (the restore runs in locked mode and says so), and no lock file appears where there was none.
/// </summary>
public sealed class RestoreLockFileTests
{
    // A package the local cache holds (the repository's own tests use it through other packages), so restore works offline.
    private const string Package = "Newtonsoft.Json";

    [Fact]
    public async Task An_out_of_date_lock_file_is_left_byte_identical_and_the_locked_restore_is_a_load_issue()
    {
        using var temp = new TempSolution();
        string project = temp.Project("Locked", extra: LockedReference("13.0.3"));
        temp.Write("Locked/C.cs", "namespace Locked; public class C { }");
        Assert.Equal(0, await DotnetRestoreAsync(temp.Root, project));
        string lockFile = Path.Combine(temp.Root, "Locked", "packages.lock.json");
        byte[] before = File.ReadAllBytes(lockFile);
        Assert.Contains("\"resolved\": \"13.0.3\"", File.ReadAllText(lockFile));

        temp.Project("Locked", extra: LockedReference("13.0.4")); // the lock file is now out of date
        temp.Project("Fresh", extra: LockedReference("13.0.3")); // opts in to a lock file but has none
        temp.Write("Fresh/D.cs", "namespace Fresh; public class D { }");
        temp.Write("Both.slnx", "<Solution>\n  <Project Path=\"Locked/Locked.csproj\" />\n  <Project Path=\"Fresh/Fresh.csproj\" />\n</Solution>\n");

        var (exit, output, error) = await CliRunner.RunAsync(Path.Combine(temp.Root, "Both.slnx"), "--format", "json");

        // The projects use nothing from their package, so they compile without errors and count as analyzed.
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(before, File.ReadAllBytes(lockFile));
        Assert.False(File.Exists(Path.Combine(temp.Root, "Fresh", "packages.lock.json")));
        using var json = JsonDocument.Parse(output);
        var restoreIssue = Assert.Single(json.RootElement.GetProperty("loadIssues").EnumerateArray(), i => i.GetProperty("message").GetString()!.StartsWith("'dotnet restore Both.slnx' failed", StringComparison.Ordinal));
        Assert.Equal("warning", restoreIssue.GetProperty("severity").GetString());
        Assert.StartsWith(
            "'dotnet restore Both.slnx' failed (exit 1); restore in locked mode failed: a packages.lock.json is out of date with its project, and ssot-check never rewrites lock files (run 'dotnet restore' yourself to update it); projects that need it may not load or may miss references: ",
            restoreIssue.GetProperty("message").GetString());
        Assert.Contains("error NU1004", restoreIssue.GetProperty("message").GetString());
    }

    [Fact]
    public void The_restore_is_locked_starts_no_build_server_and_passes_the_users_properties_last()
    {
        var arguments = Netra.Ssot.Cli.Loading.Restorer.Arguments("/repo/App.slnx", new Dictionary<string, string> { ["TargetFrameworks"] = "net10.0" });

        Assert.Equal(
            ["restore", "/repo/App.slnx", "--nologo", "-v", "quiet", "--disable-build-servers", "-nodeReuse:false", "-p:RestoreLockedMode=true", "-p:UseSharedCompilation=false", "-p:TargetFrameworks=net10.0"],
            arguments);
    }

    private static string LockedReference(string version) => $"""
        <PropertyGroup><RestorePackagesWithLockFile>true</RestorePackagesWithLockFile></PropertyGroup>
        <ItemGroup><PackageReference Include="{Package}" Version="{version}" /></ItemGroup>
        """;

    private static async Task<int> DotnetRestoreAsync(string folder, string project)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "restore", project, "--disable-build-servers", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        await drain;
        return process.ExitCode;
    }
}
