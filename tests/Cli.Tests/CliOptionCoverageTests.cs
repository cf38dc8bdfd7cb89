using System.CommandLine;
using System.CommandLine.Help;
using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Every option of every command, read from the System.CommandLine tree, is passed on a command line by some test:
/// a test statement (source text up to a ';') holds one of its names as a string literal, in a statement that names
/// the subcommand (<c>"init"</c>) for a subcommand's options and in one that names no subcommand for the root's.
/// A new option without a test fails here.
/// </summary>
public sealed class CliOptionCoverageTests
{
    [Fact]
    public void Every_option_of_every_command_is_passed_by_some_test()
    {
        var root = CheckCommand.Create(TextWriter.Null, TextWriter.Null);
        var subcommands = root.Subcommands.Select(c => Quoted(c.Name)).ToList();
        var statements = TestStatements();
        var missing = new List<string>();
        foreach (var (command, name) in Commands(root, "ssot-check"))
        {
            var candidates = command == root
                ? statements.Where(s => !subcommands.Any(c => s.Contains(c, StringComparison.Ordinal))).ToList()
                : statements.Where(s => s.Contains(Quoted(command.Name), StringComparison.Ordinal)).ToList();
            foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption))
            {
                var names = option.Aliases.Prepend(option.Name).Select(Quoted).ToList();
                if (!candidates.Any(s => names.Any(n => s.Contains(n, StringComparison.Ordinal))))
                {
                    missing.Add($"{name} {option.Name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static IEnumerable<(Command Command, string Name)> Commands(Command command, string name)
    {
        yield return (command, name);
        foreach (var subcommand in command.Subcommands)
        {
            foreach (var nested in Commands(subcommand, name + " " + subcommand.Name))
            {
                yield return nested;
            }
        }
    }

    private static string Quoted(string name) => "\"" + name + "\"";

    private static List<string> TestStatements()
        => Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "Cli.Tests"), "*Tests.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != nameof(CliOptionCoverageTests) + ".cs"
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Split(';'))
            .ToList();
}
