using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Tests;

/// <summary><c>ssot-check init</c> writes the JSON schema beside the starter file, so its <c>$schema</c> resolves offline.</summary>
public sealed class InitSchemaTests
{
    private const string TwoWidgets = "namespace App.One { public sealed class Widget { public int Size => 1; public string Name => \"w\"; } }\nnamespace App.Two { public sealed class Widget { public int Size => 1; public string Name => \"w\"; } }\n";

    [Fact]
    public async Task The_schema_is_written_beside_the_starter_file_and_named_by_its_schema_key()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/A.cs", TwoWidgets);
        string target = Path.Combine(solution.Root, "config", "ssot.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--output", target);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        string schema = Path.Combine(solution.Root, "config", "ssot.schema.json");
        Assert.Contains($"Wrote {schema}: the JSON schema \"$schema\" points to, for editors.", output.Split(Environment.NewLine));
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "schema", "ssot.schema.json")), File.ReadAllText(schema));
        string written = File.ReadAllText(target);
        Assert.Contains("  \"$schema\": \"./ssot.schema.json\",\n", written, StringComparison.Ordinal);
        Assert.Empty(SsotConfigParser.Parse(SourceText.From(written)).Errors);
    }

    [Fact]
    public async Task An_existing_schema_file_is_kept_unless_forced()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/A.cs", TwoWidgets);
        string schema = solution.Write("ssot.schema.json", "{ \"mine\": true }\n");

        var (exit, output, _) = await CliRunner.RunAsync("init", solution.Root, "--no-restore");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("{ \"mine\": true }\n", File.ReadAllText(schema));
        Assert.DoesNotContain(output.Split(Environment.NewLine), line => line.Contains("ssot.schema.json", StringComparison.Ordinal));

        var (forcedExit, forcedOutput, _) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--force");

        Assert.Equal(ExitCodes.Success, forcedExit);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "schema", "ssot.schema.json")), File.ReadAllText(schema));
        Assert.Contains($"Wrote {schema}: the JSON schema \"$schema\" points to, for editors.", forcedOutput.Split(Environment.NewLine));
    }
}
