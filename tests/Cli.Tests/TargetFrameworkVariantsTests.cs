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
