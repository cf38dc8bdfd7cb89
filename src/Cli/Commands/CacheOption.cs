using System.CommandLine;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>--cache [dir]</c>. The folder is optional, so <c>ssot-check --cache App.slnx</c> hands the solution to the option;
/// <see cref="Read"/> gives such a file back to the command as its input and takes the default folder.
/// </summary>
internal static class CacheOption
{
    public static Option<string?> Create() => new("--cache")
    {
        Description = "Reuse the last analysis when nothing it depended on changed (sources, project files and their imports, restore output, ssot.json, .editorconfig, SDK, tool, options). The cache folder; without one, SSOT_CACHE, else $XDG_CACHE_HOME/netra-ssot or ~/.cache/netra-ssot.",
        HelpName = "dir",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>
    /// Splits what the option took into the input and the folder: an existing file after <c>--cache</c> is the input
    /// when no input was given (the folder is then the default, null), and a usage problem when one was.
    /// </summary>
    /// <returns>The problem to report with exit code 2, or null.</returns>
    public static string? Read(ParseResult parse, Option<string?> cache, ref string? path, out string? folder)
    {
        folder = parse.GetValue(cache);
        if (folder is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            return "--cache takes a folder, or nothing for the default folder; it was given an empty one.";
        }

        if (!File.Exists(folder))
        {
            return null;
        }

        if (path is not null)
        {
            return $"--cache takes a folder, and '{folder}' is a file.";
        }

        path = folder; // 'ssot-check --cache App.slnx': the solution, with the default cache folder
        folder = null;
        return null;
    }
}
