using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Config;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Cli.Tests;

/// <summary><c>ssot-check init</c>: the starter file it writes, and that it never overwrites by accident.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task Writes_same_name_families_of_the_sample_as_concept_candidates()
    {
        using var temp = new TempSolution();
        string target = Path.Combine(temp.Root, "starter.json");

        var (exit, output, error) = await CliRunner.RunAsync("init", Repository.Sample, "--no-restore", "--output", target);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            $"Wrote {target} from 4 project(s), 46 file(s): 1 concept(s), 0 discovery entries, 1 tests glob(s), 1 legacy entry; 0 same-name families left as comments.",
            output.Split(Environment.NewLine)[0]);
        string written = File.ReadAllText(target);
        var parsed = SsotConfigParser.Parse(SourceText.From(written));
        Assert.Empty(parsed.Errors);
        // The planted copy is a concept; the retired factory is a legacy namespace with the replacement the sample's own ssot.json names.
        Assert.Equal(new[] { "Netra.Infrastructure.Redis.RetryPolicy" }, parsed.Config.Concepts.Select(c => c.Canonical));
        Assert.Equal(new[] { "RetryPolicy" }, parsed.Config.Concepts.SelectMany(c => c.Match).Select(m => m.Pattern));
        Assert.Equal(new[] { "tests/**" }, parsed.Config.Tests.Select(t => t.Pattern));
        Assert.Equal(new[] { "Netra.Backend.Legacy -> Netra.Backend.WebSocketCore" }, parsed.Config.Legacy.Select(l => $"{l.Target} -> {l.Replacement}"));
        Assert.Equal("    // 2 of 3 public members in common (DelayBefore, MaxAttempts); canonical: none is used by name; every member's project can use Netra.Infrastructure; in Netra.Infrastructure, which 3 other project(s) reference, directly or through another", written.Split('\n').Single(l => l.StartsWith("    // 2 of 3", StringComparison.Ordinal)));
        Approvals.Verify(written.Replace(Netra.Ssot.Cli.Engine.SsotCheck.Display(Path.Combine(Repository.Sample, "NetraApex.slnx"), Directory.GetCurrentDirectory()), "<solution>"));
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_existing_file_unless_forced()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/A.cs", "namespace App.One { public sealed class Widget { public int Size => 1; public string Name => \"w\"; } }\nnamespace App.Two { public sealed class Widget { public int Size => 1; public string Name => \"w\"; } }\n");
        string existing = solution.Write("ssot.json", "{ \"concepts\": [] } // mine\n");

        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {existing} already exists; pass --force to overwrite it, or --output to write elsewhere." + Environment.NewLine, error);
        Assert.Equal("{ \"concepts\": [] } // mine\n", File.ReadAllText(existing));

        var (forcedExit, _, _) = await CliRunner.RunAsync("init", solution.Root, "--force");

        Assert.Equal(ExitCodes.Success, forcedExit);
        var concept = Assert.Single(SsotConfigParser.Parse(SourceText.From(File.ReadAllText(existing))).Config.Concepts);
        Assert.Equal(("Widget", "App.One.Widget"), (concept.Name, concept.Canonical));
    }
}
