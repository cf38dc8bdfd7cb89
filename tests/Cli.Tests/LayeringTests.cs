namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The CLI's layers point one way: Commands → Engine → Loading. Exit codes and the files a run writes belong to the
/// command layer; the engine raises typed failures (<c>CheckFailure</c>) and returns data.
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
}
