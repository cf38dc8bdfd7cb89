using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// A multi-targeted project is compiled and analyzed once per target framework only where that can find more: a file
/// only one framework compiles, or an #if on a symbol the frameworks define differently. The findings and the scored
/// files are the same either way; the progress lines show which variants were compiled.
/// </summary>
public sealed class TargetFrameworkVariantsTests
{
    private const string RouterConfig = """
        {
          "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }]
        }
        """;

    [Fact]
    public async Task Without_framework_specific_code_one_target_framework_is_analyzed_with_the_same_findings()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0");
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\n#if DEBUG\npublic class DebugMessageRouter { }\n#endif\n");
        solution.Write("ssot.json", RouterConfig);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);
        var (all, compiledAll) = await RunAsync(solution, allTargetFrameworks: true);

        Assert.Equal(new[] { "Compiling App(net10.0)" }, compiled);
        Assert.Equal(new[] { "Compiling App(net10.0)", "Compiling App(net8.0)" }, compiledAll);
        Assert.Equal(new[] { "App/Router.cs:4 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
        Assert.Equal(all.Analysis.Findings.Select(Describe), report.Analysis.Findings.Select(Describe));
        Assert.Equal(all.Analysis.Files.Select(f => f.ToString()), report.Analysis.Files.Select(f => f.ToString()));
    }

    [Fact]
    public async Task An_if_on_a_framework_symbol_brings_in_the_other_target_framework()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0");
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\n#if NET8_0\npublic class OldMessageRouter { }\n#endif\n");
        solution.Write("ssot.json", RouterConfig);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);

        Assert.Equal(new[] { "Compiling App(net10.0)", "Compiling App(net8.0)" }, compiled);
        Assert.Equal(new[] { "App/Router.cs:4 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
    }

    [Fact]
    public async Task The_target_framework_with_the_most_files_comes_first_and_another_one_only_for_files_it_alone_compiles()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0", """
            <ItemGroup Condition="'$(TargetFramework)' != 'net8.0'"><Compile Remove="Legacy/**" /></ItemGroup>
            """);
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\n");
        solution.Write("App/Legacy/OldRouter.cs", "namespace App;\npublic class OldMessageRouter { }\n");
        solution.Write("ssot.json", RouterConfig);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);
        Assert.Equal(new[] { "Compiling App(net8.0)" }, compiled); // it compiles every file net10.0 does, and more

        solution.Write("App/Modern/NewRouter.cs", "namespace App;\npublic class NewMessageRouter { }\n");
        solution.Write("App/Modern/Other.cs", "namespace App;\npublic class Other { }\n");
        solution.Project("App", "net10.0;net8.0", """
            <ItemGroup Condition="'$(TargetFramework)' != 'net8.0'"><Compile Remove="Legacy/**" /></ItemGroup>
            <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'"><Compile Remove="Modern/**" /></ItemGroup>
            """);
        var (both, compiledBoth) = await RunAsync(solution, allTargetFrameworks: false);

        Assert.Equal(new[] { "Compiling App(net10.0)", "Compiling App(net8.0)" }, compiledBoth);
        Assert.Equal(
            new[] { "App/Legacy/OldRouter.cs:2 SSOT1001", "App/Modern/NewRouter.cs:2 SSOT1001" },
            both.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
        Assert.Equal(new[] { "App/Legacy/OldRouter.cs", "App/Modern/NewRouter.cs", "App/Modern/Other.cs", "App/Router.cs" }, both.Analysis.Files.Select(f => f.Path));
        Assert.Equal(new[] { "App/Legacy/OldRouter.cs:2 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
    }

    [Fact]
    public async Task A_target_framework_that_did_not_restore_does_not_stand_for_the_others()
    {
        // net452's reference assemblies are not on the feed: that variant has no framework and cannot be analyzed.
        // It sorts first and has as many files as netstandard2.0, which must be the one analyzed.
        using var solution = new TempSolution();
        solution.Project("App", "net452;netstandard2.0");
        solution.Write("App/Router.cs", "namespace App\n{\n    public class MessageRouter { }\n    public class SecondMessageRouter { }\n}\n");
        solution.Write("ssot.json", RouterConfig);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);

        Assert.Equal(new[] { "Compiling App(netstandard2.0)" }, compiled);
        Assert.Equal(new[] { "App/Router.cs:4 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line} {f.Id}"));
        Assert.Equal(new[] { "App" }, report.Analysis.AnalyzedProjects.Select(p => p.Name));
    }

    [Fact]
    public async Task The_command_line_takes_all_target_frameworks_with_the_same_report()
    {
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0");
        solution.Write("App/Router.cs", "namespace App;\npublic class MessageRouter { }\npublic class SecondMessageRouter { }\n");
        solution.Write("ssot.json", RouterConfig);

        var (exit, output, _) = await CliRunner.RunAsync(solution.Root, "--no-progress");
        var (exitAll, outputAll, _) = await CliRunner.RunAsync(solution.Root, "--all-target-frameworks", "--no-progress");

        Assert.Equal(exit, exitAll);
        Assert.Equal(output, outputAll);
        Assert.Contains("App/Router.cs(3,14): warning SSOT1001: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_target_framework_whose_packages_restored_is_analyzed_and_the_uneven_restore_is_a_note()
    {
        // net10.0 asks for a System.CommandLine version the feed does not have (NU1102), net8.0 for one it has. net10.0
        // sorts first and has as many files: analyzed alone, it binds neither the package's GetValue nor the legacy
        // member called on what it returns.
        using var solution = new TempSolution();
        solution.Project("App", "net10.0;net8.0", """
            <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'"><PackageReference Include="System.CommandLine" Version="3.0.0" /></ItemGroup>
            <ItemGroup Condition="'$(TargetFramework)' == 'net10.0'"><PackageReference Include="System.CommandLine" Version="999.0.0" /></ItemGroup>
            """);
        solution.Write("App/Startup.cs", """
            using System;
            using System.CommandLine;

            namespace App;

            public sealed class Settings
            {
                [Obsolete("Use Load instead")]
                public void LoadLegacy() { }

                public void Load() { }
            }

            public static class Startup
            {
                public static void Configure(ParseResult result, Option<Settings> option) => result.GetValue(option)?.LoadLegacy();
            }
            """);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);
        var (all, compiledAll) = await RunAsync(solution, allTargetFrameworks: true);

        Assert.Equal(new[] { "Compiling App(net8.0)" }, compiled);
        Assert.Equal(new[] { "Compiling App(net10.0)", "Compiling App(net8.0)" }, compiledAll);
        Assert.Equal(
            new[] { "App/Startup.cs:16:107 SSOT3001 'LoadLegacy' is legacy (App.Settings.LoadLegacy(): [Obsolete(\"Use Load instead\")]); use 'App.Settings.Load' instead []" },
            report.Analysis.Findings.Select(Describe));
        Assert.Equal(all.Analysis.Findings.Select(Describe), report.Analysis.Findings.Select(Describe));
        const string Note = "App's target frameworks restored unevenly: the code they share was analyzed in net8.0 (restored completely); "
            + "less complete: net10.0 (1 package not restored: System.CommandLine); --all-target-frameworks analyzes every one";
        Assert.Single(report.Analysis.LoadIssues, i => i == new LoadIssue("warning", "App", Note));
        Assert.DoesNotContain(all.Analysis.LoadIssues, i => i.Message.Contains("restored unevenly", StringComparison.Ordinal));
        Assert.Equal("restore failed for App", Assert.Single(report.Analysis.AnalyzedProjects).Degraded); // still a degraded environment, not the code's fault

        var (_, output, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--no-progress");
        Assert.Contains("  warning: App: " + Note, output.Split(Environment.NewLine));
    }

    [Fact]
    public async Task The_target_framework_whose_referenced_projects_have_their_framework_is_analyzed()
    {
        // AutoFixture's shape: Lib targets net452 (no reference assemblies on the feed) and netstandard2.0; App's net462
        // takes Lib's net452, which has no framework, so App's net462 binds nothing of Lib. net462 sorts before net8.0.
        using var solution = new TempSolution();
        solution.Project("Lib", "net452;netstandard2.0");
        solution.Write("Lib/Command.cs", """
            namespace Lib
            {
                public class Command
                {
                    [System.Obsolete("Use Run instead")]
                    public void Execute(object target) { }

                    public void Run(object target) { }
                }
            }
            """);
        solution.Project("App", "net462;net8.0", """<ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup>""");
        solution.Write("App/Runner.cs", """
            namespace App
            {
                public static class Runner
                {
                    public static void Go() => new Lib.Command().Execute(new object());
                }
            }
            """);

        var (report, compiled) = await RunAsync(solution, allTargetFrameworks: false);
        var (all, _) = await RunAsync(solution, allTargetFrameworks: true);

        Assert.Equal(new[] { "Compiling App(net8.0)", "Compiling Lib(netstandard2.0)" }, compiled);
        Assert.Equal(
            new[] { "App/Runner.cs:5:54 SSOT3001 'Execute' is legacy (Lib.Command.Execute(object): [Obsolete(\"Use Run instead\")]); use 'Lib.Command.Run' instead []" },
            report.Analysis.Findings.Select(Describe));
        Assert.Equal(all.Analysis.Findings.Select(Describe), report.Analysis.Findings.Select(Describe));
        Assert.Equal(
            new[]
            {
                "App's target frameworks restored unevenly: the code they share was analyzed in net8.0 (restored completely); "
                    + "less complete: net462 (1 referenced project without framework references or not loaded: Lib (net452)); --all-target-frameworks analyzes every one",
                "Lib's target frameworks restored unevenly: the code they share was analyzed in netstandard2.0 (restored completely); "
                    + "less complete: net452 (no framework references; 1 package not restored: Microsoft.NETFramework.ReferenceAssemblies.net452); --all-target-frameworks analyzes every one",
            },
            report.Analysis.LoadIssues.Where(i => i.Message.Contains("restored unevenly", StringComparison.Ordinal)).Select(i => i.Message));
    }

    [Fact]
    public void The_packages_a_restore_could_not_provide_are_read_per_target_framework()
    {
        using var solution = new TempSolution();
        string assets = solution.Write("project.assets.json", """
            {
              "version": 3,
              "logs": [
                { "code": "NU1102", "level": "Error", "message": "Unable to find package B", "libraryId": "B", "targetGraphs": ["net8.0", "net8.0/linux-x64"] },
                { "code": "NU1101", "level": "Error", "message": "Unable to find package A", "libraryId": "A", "targetGraphs": ["net8.0"] },
                { "code": "NU1101", "level": "Error", "message": "Unable to find package C", "libraryId": "C", "targetGraphs": ["net10.0"] },
                { "code": "NU1605", "level": "Error", "message": "Detected package downgrade: D", "libraryId": "D", "targetGraphs": ["net10.0"] },
                { "code": "NU1603", "level": "Warning", "message": "E 1.0 was not found. E 1.1 was resolved instead.", "libraryId": "E", "targetGraphs": ["net10.0"] },
                { "code": "NU1301", "level": "Error", "message": "Unable to load the service index" }
              ]
            }
            """);

        var missing = RestoreGraphErrors.MissingPackages(assets);

        Assert.Equal(new[] { "net10.0: C", "net8.0: A, B" }, missing.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {string.Join(", ", p.Value)}"));
        Assert.Empty(RestoreGraphErrors.MissingPackages(Path.Combine(solution.Root, "obj", "project.assets.json")));
        Assert.Empty(RestoreGraphErrors.MissingPackages(solution.Write("broken.json", "{ \"logs\": [")));
    }

    private static string Describe(Finding f) => $"{f.File}:{f.Line}:{f.Column} {f.Id} {f.Message} [{string.Join(", ", f.Related.Select(r => r.File + ":" + r.Line))}]";

    private static async Task<(CheckReport Report, List<string> Compiled)> RunAsync(TempSolution solution, bool allTargetFrameworks)
    {
        var progress = new Recorder();
        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, AllTargetFrameworks = allTargetFrameworks }, solution.Root, progress, CancellationToken.None);
        return (report, progress.Lines.Where(l => l.StartsWith("Compiling ", StringComparison.Ordinal)).ToList());
    }

    /// <summary>Records progress synchronously (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorder : IProgress<string>
    {
        public List<string> Lines { get; } = new();

        public void Report(string value)
        {
            lock (Lines)
            {
                Lines.Add(value);
            }
        }
    }
}
