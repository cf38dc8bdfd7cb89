using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads a <c>.env</c> file as docker-compose and the common dotenv loaders do: one <c>KEY=value</c> per line, an
/// optional <c>export </c> prefix, blank lines and <c>#</c> comments skipped, spaces around the key ignored. A value
/// may be unquoted (a <c> #</c> starts a comment), single-quoted (literal) or double-quoted (backslash escapes); a
/// quoted value may span lines. Only names are kept, never values. Errors: a line without <c>=</c>, an empty or
/// malformed name, a quote that is never closed, text after a closing quote.
/// </summary>
internal static class DotEnvParser
{
    private const string ExportPrefix = "export ";

    public static ImmutableArray<ManifestVariable> Parse(string text, string file, string? scope)
    {
        var lines = SplitLines(text);
        var variables = ImmutableArray.CreateBuilder<ManifestVariable>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int lineNumber = i + 1;
            int start = SkipSpaces(line, 0);
            if (start == line.Length || line[start] == '#')
            {
                continue;
            }

            if (string.CompareOrdinal(line, start, ExportPrefix, 0, ExportPrefix.Length) == 0)
            {
                start = SkipSpaces(line, start + ExportPrefix.Length);
            }

            int equals = line.IndexOf('=', start);
            if (equals < 0)
            {
                throw ManifestException.At(file, lineNumber, start + 1, "expected KEY=value, found a line without '='");
            }

            string name = line[start..equals].TrimEnd();
            if (name.Length == 0)
            {
                throw ManifestException.At(file, lineNumber, start + 1, "the variable name before '=' is empty");
            }

            if (InvalidCharacter(name) is int bad)
            {
                throw ManifestException.At(
                    file, lineNumber, start + bad + 1, $"'{name}' is not a valid variable name (letters, digits, '_', '.' and '-' only, not starting with a digit)");
            }

            variables.Add(new ManifestVariable(name, file, lineNumber, start + 1, scope));
            i = SkipValue(lines, i, equals + 1, file);
        }

        return variables.ToImmutable();
    }

    /// <summary>Skips the value that starts at <paramref name="column"/> of line <paramref name="index"/>; returns the index of its last line.</summary>
    private static int SkipValue(string[] lines, int index, int column, string file)
    {
        string line = lines[index];
        int start = SkipSpaces(line, column);
        if (start == line.Length || (line[start] != '"' && line[start] != '\''))
        {
            return index; // unquoted: the rest of the line (up to a " #" comment) is the value
        }

        char quote = line[start];
        int row = index;
        int from = start + 1;
        while (true)
        {
            string current = lines[row];
            int close = FindClosingQuote(current, from, quote);
            if (close >= 0)
            {
                int after = SkipSpaces(current, close + 1);
                if (after < current.Length && current[after] != '#')
                {
                    throw ManifestException.At(file, row + 1, after + 1, $"unexpected text after the closing {QuoteName(quote)} quote");
                }

                return row;
            }

            row++;
            from = 0;
            if (row == lines.Length)
            {
                throw ManifestException.At(file, index + 1, start + 1, $"the {QuoteName(quote)}-quoted value is never closed");
            }
        }
    }

    private static int FindClosingQuote(string line, int from, char quote)
    {
        for (int i = from; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++; // an escaped character, \" included
            }
            else if (line[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static string QuoteName(char quote) => quote == '"' ? "double" : "single";

    private static int? InvalidCharacter(string name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return 0;
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-')
            {
                return i;
            }
        }

        return null;
    }

    private static int SkipSpaces(string line, int from)
    {
        while (from < line.Length && (line[from] == ' ' || line[from] == '\t'))
        {
            from++;
        }

        return from;
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }
}
