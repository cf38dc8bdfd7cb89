namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The CLI's layers point one way: Commands → Engine → Loading, all over the records of Model. Exit codes and the
/// files a run writes belong to the command layer; the engine raises typed failures (<c>CheckFailure</c>) and
/// returns data; Model is plain data that names no other layer.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Only_the_command_layer_knows_exit_codes_and_nothing_below_it_uses_it()
    {
        string cli = Path.Combine(Repository.Root, "src", "Cli");
        var offenders = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(cli, f).StartsWith("Commands", StringComparison.Ordinal) && Path.GetFileName(f) != "Program.cs")
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("ExitCodes", StringComparison.Ordinal) || text.Contains("Cli.Commands", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(cli, f).Replace('\\', '/'))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_model_depends_on_no_other_cli_layer()
    {
        string model = Path.Combine(Repository.Root, "src", "Cli", "Model");
        var layers = new[] { "Commands", "Engine", "Loading", "Reporting", "Scoring" };
        var offenders = Directory.EnumerateFiles(model, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => layers
                .Where(layer => File.ReadAllText(f) is var text
                    && (text.Contains("Cli." + layer, StringComparison.Ordinal) || text.Contains(layer + ".", StringComparison.Ordinal)))
                .Select(layer => Path.GetFileName(f) + " uses " + layer))
            .ToList();

        Assert.Empty(offenders);
        Assert.All(Directory.EnumerateFiles(model, "*.cs"), f => Assert.Contains("namespace Netra.Ssot.Cli.Model;", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
