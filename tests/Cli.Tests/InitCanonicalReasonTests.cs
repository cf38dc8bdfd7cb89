using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The comment above an init concept says why its canonical member won. Duplicati's <c>Filter</c>: the server's copy is
/// used more, but the serialization contract's copy is the one every member's project can use, so it is canonical; the
/// comment must not call it "the most used".
/// </summary>
public sealed class InitCanonicalReasonTests
{
    private const string FilterClass = "public sealed class Filter\n{\n    public string Expression { get; set; } = \"\";\n    public bool Include { get; set; }\n    public long Order { get; set; }\n}\n";

    [Fact]
    public async Task A_canonical_chosen_for_being_visible_to_every_project_is_not_called_the_most_used()
    {
        using var solution = new TempSolution();
        solution.Project("src/Contracts");
        solution.Write("src/Contracts/Filter.cs", "namespace Contracts;\n" + FilterClass);
        solution.Write("src/Contracts/Defaults.cs", "namespace Contracts;\npublic static class Defaults\n{\n    public static object None => new Filter();\n}\n");
        solution.Project("src/Server", extra: """<ItemGroup><ProjectReference Include="../Contracts/Contracts.csproj" /></ItemGroup>""");
        solution.Write("src/Server/Filter.cs", "namespace Server;\n" + FilterClass);
        solution.Write("src/Server/Store.cs", "namespace Server;\npublic static class Store\n{\n    public static Filter Load() => new Filter();\n    public static void Save(Filter filter) { }\n    public static object Fallback => Contracts.Defaults.None;\n}\n");
        solution.Project("src/Host", extra: """<ItemGroup><ProjectReference Include="../Server/Server.csproj" /></ItemGroup>""");
        solution.Write("src/Host/Program.cs", "namespace Host;\npublic static class Program\n{\n    public static object Loaded => Server.Store.Load();\n}\n");
        string target = Path.Combine(solution.Root, "starter.json");

        var (exit, _, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--output", target);

        // The only thing stderr may carry is a message of MSBuildWorkspace's build host process about itself, which a
        // loaded machine can produce (seen twice in CI runs with the whole suite beside it); it says nothing of the code.
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith("warning: [BuildHost PID ", StringComparison.Ordinal));
        string[] lines = File.ReadAllLines(target);
        Assert.Equal(
            new[]
            {
                "    // identical code; canonical: used (1 reference(s); Server.Filter has 3); every member's project can use Contracts",
                "    // canonical: src/Contracts/Filter.cs:2, 1 reference(s)",
                "    // also:      Server.Filter (src/Server/Filter.cs:2), 3 reference(s)",
            },
            lines.SkipWhile(l => !l.StartsWith("    // identical code", StringComparison.Ordinal)).DefaultIfEmpty(string.Join("\n", lines)).Take(3));
    }
}
