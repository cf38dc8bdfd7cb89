using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The options no other test passed through the command line: <c>-p/--property</c> (check and init),
/// <c>--badge-json</c> on success, and <c>--no-progress</c> of init.
/// </summary>
public sealed class CommandLineOptionTests
{
    /// <summary>A project that declares a second <c>Widget</c> only when built with <c>-p Flavor=Two</c>.</summary>
    private static TempSolution FlavoredSolution()
    {
        var solution = new TempSolution();
        solution.Project("App", extra: """
            <PropertyGroup Condition="'$(Flavor)' == 'Two'">
              <DefineConstants>$(DefineConstants);TWO</DefineConstants>
            </PropertyGroup>
            """);
        solution.Write("App/A.cs", "namespace App.One { public sealed class Widget { } }\n#if TWO\nnamespace App.Two { public sealed class Widget { } }\n#endif\n");
        return solution;
    }

    [Theory]
    [InlineData("-p")]
    [InlineData("--property")]
    public async Task A_property_reaches_the_load_of_the_check(string option)
    {
        using var solution = FlavoredSolution();
        solution.Write("ssot.json", "{}");

        var (plainExit, plain, _) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--format", "github");
        var (exit, output, error) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--format", "github", option, "Flavor=Two");

        const string Gate = "::notice title=SSOT compliance 100.0%25::Gate passed: no minimum overall score set (use --min-score or thresholds.overall in ssot.json); no mission-critical violations (mission score 100.0%25); all 1 hand-written files analyzed. Coverage: 1/1 files analyzed, 1/1 projects.";
        const string Message = "'Widget' is declared in 2 namespaces: App.One (App/A.cs), App.Two (App/A.cs); declare a concept with one canonical type, or rename the one that is a different thing";
        Assert.Equal((ExitCodes.Success, Gate + Environment.NewLine), (plainExit, plain));
        Assert.Equal(
            (ExitCodes.Success,
                $"::notice file=App/A.cs,line=1,col=41,endLine=1,endColumn=47,title=SSOT1003::{Message}" + Environment.NewLine
                + $"::notice file=App/A.cs,line=3,col=41,endLine=3,endColumn=47,title=SSOT1003::{Message}" + Environment.NewLine
                + Gate + Environment.NewLine,
                string.Empty),
            (exit, output, error));
    }

    [Fact]
    public async Task A_property_that_is_not_name_equals_value_is_a_usage_error()
    {
        var (exit, output, error) = await CliRunner.RunAsync("-p", "Flavor", "--property", "=Two");

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        Assert.Equal("--property expects Name=Value; got 'Flavor'." + Environment.NewLine + "--property expects Name=Value; got '=Two'.", error);
    }

    [Fact]
    public async Task Init_takes_a_property_and_no_progress()
    {
        using var solution = FlavoredSolution();
        string target = Path.Combine(solution.Root, "ssot.json");

        var (plainExit, plain, _) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--no-progress", "--output", target);
        File.Delete(target);
        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--no-progress", "-p", "Flavor=Two", "--output", target);

        Assert.Equal(
            (ExitCodes.Success, $"Wrote {target} from 1 project(s), 1 file(s): 0 concept(s), 0 discovery entries, 0 tests glob(s), 0 legacy entries; 0 same-name families left as comments." + Environment.NewLine
                + $"Wrote {Path.Combine(solution.Root, "ssot.schema.json")}: the JSON schema \"$schema\" points to, for editors." + Environment.NewLine // the second run keeps it
                + "Review it, then run ssot-check." + Environment.NewLine),
            (plainExit, plain));
        Assert.Equal(
            (ExitCodes.Success,
                $"Wrote {target} from 1 project(s), 1 file(s): 0 concept(s), 0 discovery entries, 0 tests glob(s), 0 legacy entries; 1 same-name family left as comments." + Environment.NewLine
                + "Review it, then run ssot-check." + Environment.NewLine,
                string.Empty),
            (exit, output, error));
    }

    [Fact]
    public async Task Badge_json_writes_the_shields_endpoint_of_the_score()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/C.cs", "namespace App; public sealed class C { }");
        string badge = Path.Combine(solution.Root, "badge.json");

        var (exit, _, error) = await CliRunner.RunAsync(solution.Root, "--no-restore", "--badge-json", badge);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"label\": \"SSOT\",\n  \"message\": \"100.0%\",\n  \"color\": \"brightgreen\"\n}\n", File.ReadAllText(badge));
    }
}
