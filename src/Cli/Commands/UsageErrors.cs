using System.CommandLine;
using System.CommandLine.Parsing;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// What makes a command line unusable, as the <c>error: ...</c> lines print it: options the command does not have,
/// then the parser's own errors (the errors after an unknown option are often its value). Options the command does
/// not have: The parser hands an unknown <c>--option</c> to the command's optional
/// argument (<c>&lt;path&gt;</c>, <c>&lt;rule&gt;</c>) as if it were a value; a value that starts with <c>-</c> and is
/// not an existing file or folder is reported instead, with the closest option the command has.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Every usage error of the command line, unknown options first; empty when it can run.</summary>
    public static IReadOnlyList<string> Of(ParseResult parse)
        => UnknownOptions(parse).Concat(parse.Errors.Select(e => e.Message)).ToList();

    /// <summary>Writes each usage error on its own line; true when there was any (the command then exits 2).</summary>
    public static bool Write(TextWriter error, IReadOnlyList<string> problems)
    {
        foreach (string problem in problems)
        {
            error.WriteLine(problem);
        }

        return problems.Count > 0;
    }

    /// <summary>Where to read the usage of the command that was parsed: <c>Run 'ssot-check env --help' for usage.</c></summary>
    public static string HelpHint(ParseResult parse)
        => parse.CommandResult.Command is RootCommand ? "Run 'ssot-check --help' for usage." : $"Run 'ssot-check {parse.CommandResult.Command.Name} --help' for usage.";

    /// <summary>One <c>unknown option ...</c> message per such token, in command-line order; empty when there is none.</summary>
    private static List<string> UnknownOptions(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        string commandName = command is RootCommand ? "ssot-check" : command.Name; // the root's name is the process's (testhost, dotnet)
        var names = OptionNames(parse.CommandResult).ToList();
        var messages = new List<string>();
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                string value = token.Value;
                if (value.Length < 2 || value[0] != '-' || File.Exists(value) || Directory.Exists(value))
                {
                    continue;
                }

                string name = value.Split('=', 2)[0];
                string? closest = Spelling.ClosestWithin(name, names, maxDistance: Math.Max(2, name.Length / 3));
                messages.Add(closest is null
                    ? $"unknown option '{name}' for '{commandName}'."
                    : $"unknown option '{name}' for '{commandName}'; did you mean '{closest}'?");
            }
        }

        return messages;
    }

    /// <summary>The names and aliases of the options the command takes, its own and those inherited from its parents.</summary>
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                foreach (var option in command.Options.Where(o => ReferenceEquals(current, result) || o.Recursive))
                {
                    yield return option.Name;
                    foreach (string alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }
}
