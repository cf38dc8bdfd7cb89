using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Duplicati's web API keeps its own <c>UpdateInfo</c> DTO and fills it from the updater's record with
/// <c>FromSrc(AutoUpdater.UpdateInfo)</c>: 11 of 12 public members in common, on purpose. init must not propose the pair
/// as a concept (run unchanged, the file would report the DTO as a second implementation), and must say why.
/// </summary>
public sealed class InitBoundaryModelTests
{
    private const string Members = "    public string Version { get; init; } = \"\";\n    public string ChangeInfo { get; init; } = \"\";\n    public int Severity { get; init; }\n";

    [Fact]
    public async Task A_model_that_converts_its_namesake_is_left_as_a_note_not_proposed_as_a_concept()
    {
        using var solution = new TempSolution();
        solution.Project("src/Updater");
        solution.Write("src/Updater/UpdateInfo.cs", "namespace Updater;\npublic sealed class UpdateInfo\n{\n" + Members + "}\n");
        solution.Write("src/Updater/Checker.cs", "namespace Updater;\npublic static class Checker\n{\n    public static UpdateInfo? Latest { get; set; }\n}\n");
        solution.Project("src/Web", extra: """<ItemGroup><ProjectReference Include="../Updater/Updater.csproj" /></ItemGroup>""");
        solution.Write("src/Web/UpdateInfo.cs", "namespace Web;\npublic sealed class UpdateInfo\n{\n" + Members
            + "    public static UpdateInfo? FromSrc(Updater.UpdateInfo? src) => src is null ? null : new UpdateInfo { Version = src.Version, ChangeInfo = src.ChangeInfo, Severity = src.Severity };\n}\n");
        solution.Write("src/Web/Endpoint.cs", "namespace Web;\npublic static class Endpoint\n{\n    public static UpdateInfo? Get() => UpdateInfo.FromSrc(Updater.Checker.Latest);\n}\n");
        solution.Project("src/Host", extra: """<ItemGroup><ProjectReference Include="../Web/Web.csproj" /></ItemGroup>""");
        solution.Write("src/Host/Program.cs", "namespace Host;\npublic static class Program\n{\n    public static object? Update => Web.Endpoint.Get();\n}\n");
        string target = Path.Combine(solution.Root, "starter.json");

        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--output", target);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Equal($"Wrote {target} from 3 project(s), 5 file(s): 0 concept(s), 0 discovery entries, 0 tests glob(s), 0 legacy entries; 1 same-name family left as comments.", output.Split(Environment.NewLine)[0]);
        Assert.Equal(
            "  // UpdateInfo: 3 of 3 public members in common (ChangeInfo, Severity, Version), but Web.UpdateInfo.FromSrc(Updater.UpdateInfo) converts one into the other: a model kept apart on purpose at a boundary (an API or storage shape), not a copy to merge",
            File.ReadAllLines(target).Single(l => l.StartsWith("  // UpdateInfo:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_copy_without_a_conversion_is_proposed()
    {
        using var solution = new TempSolution();
        solution.Project("src/Updater");
        solution.Write("src/Updater/UpdateInfo.cs", "namespace Updater;\npublic sealed class UpdateInfo\n{\n" + Members + "}\n");
        solution.Write("src/Updater/Checker.cs", "namespace Updater;\npublic static class Checker\n{\n    public static UpdateInfo? Latest { get; set; }\n}\n");
        solution.Project("src/Web", extra: """<ItemGroup><ProjectReference Include="../Updater/Updater.csproj" /></ItemGroup>""");
        solution.Write("src/Web/UpdateInfo.cs", "namespace Web;\npublic sealed class UpdateInfo\n{\n" + Members + "}\n");
        solution.Write("src/Web/Endpoint.cs", "namespace Web;\npublic static class Endpoint\n{\n    public static UpdateInfo? Get() => Updater.Checker.Latest is null ? null : new UpdateInfo();\n}\n");
        solution.Project("src/Host", extra: """<ItemGroup><ProjectReference Include="../Web/Web.csproj" /></ItemGroup>""");
        solution.Write("src/Host/Program.cs", "namespace Host;\npublic static class Program\n{\n    public static object? Update => Web.Endpoint.Get();\n}\n");
        string target = Path.Combine(solution.Root, "starter.json");

        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--no-restore", "--output", target);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Equal($"Wrote {target} from 3 project(s), 5 file(s): 1 concept(s), 0 discovery entries, 0 tests glob(s), 0 legacy entries; 0 same-name families left as comments.", output.Split(Environment.NewLine)[0]);
    }
}
