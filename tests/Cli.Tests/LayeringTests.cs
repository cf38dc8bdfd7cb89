namespace Netra.Ssot.Cli.Tests;

/// <summary>Exit codes belong to the command layer: the engine raises typed failures (<c>CheckFailure</c>) and only <c>Commands/</c> maps them.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Only_the_command_layer_knows_exit_codes()
    {
        string cli = Path.Combine(Repository.Root, "src", "Cli");
        var offenders = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(cli, f).StartsWith("Commands", StringComparison.Ordinal) && Path.GetFileName(f) != "Program.cs")
            .Where(f => File.ReadAllText(f).Contains("ExitCodes", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(cli, f).Replace('\\', '/'))
            .ToList();

        Assert.Empty(offenders);
    }
}
