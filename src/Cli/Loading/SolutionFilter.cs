using System.Text;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// A solution filter (<c>.slnf</c>, as Visual Studio and <c>dotnet</c> write it): the solution it names and the projects
/// it keeps, both relative to the folder of that solution. A filter that does not parse, names no solution, names one
/// that does not exist or lists a project that does not exist is bad input, located at its line and column.
/// </summary>
internal static class SolutionFilter
{
    public const string Extension = ".slnf";

    /// <param name="filterPath">The full path of the .slnf file.</param>
    /// <param name="display">The filter's path as messages show it.</param>
    /// <returns>The full path of the solution and of every project the filter keeps.</returns>
    public static (string Solution, IReadOnlyList<string> Projects) Read(string filterPath, string display)
    {
        byte[] bytes = File.ReadAllBytes(filterPath);
        string? solution = null;
        int solutionAt = 0;
        var projects = new List<(string Path, int At)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            string? top = null;
            string? inner = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        top = reader.GetString();
                        break;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 2:
                        inner = reader.GetString();
                        break;
                    case JsonTokenType.String when top == "solution" && inner == "path" && reader.CurrentDepth == 2:
                        (solution, solutionAt) = (reader.GetString(), (int)reader.TokenStartIndex);
                        break;
                    case JsonTokenType.String when top == "solution" && inner == "projects" && reader.CurrentDepth == 3:
                        projects.Add((reader.GetString()!, (int)reader.TokenStartIndex));
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw Located(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "the solution filter is not valid JSON: " + FirstSentence(e.Message));
        }

        if (string.IsNullOrWhiteSpace(solution))
        {
            throw Located(display, 1, 1, "the solution filter names no solution; expected { \"solution\": { \"path\": \"App.sln\", \"projects\": [...] } }");
        }

        string folder = Path.GetDirectoryName(filterPath)!;
        string solutionPath = Path.GetFullPath(Path.Combine(folder, Native(solution)));
        if (!File.Exists(solutionPath))
        {
            var (line, column) = Position(bytes, solutionAt);
            throw Located(display, line, column, $"the solution '{solution}' does not exist (looked for {solutionPath})");
        }

        string solutionFolder = Path.GetDirectoryName(solutionPath)!;
        var paths = new List<string>();
        foreach (var (project, at) in projects)
        {
            string path = Path.GetFullPath(Path.Combine(solutionFolder, Native(project)));
            if (!File.Exists(path))
            {
                var (line, column) = Position(bytes, at);
                throw Located(display, line, column, $"the project '{project}' does not exist (looked for {path}); remove it from the filter or restore the file");
            }

            if (!paths.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                paths.Add(path);
            }
        }

        return (solutionPath, paths);
    }

    private static SsotCheckException Located(string display, int line, int column, string message)
        => new(CheckFailure.InvalidInput, CompilerMessage.Format(display, line, column, "error", id: null, message), locatedLines: true);

    private static string Native(string path) => path.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);

    /// <summary>The 1-based line and column (in characters) of a byte offset of UTF-8 text.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 53." (and " Path: ..."); the location is already in front.
        int end = new[] { message.IndexOf(" LineNumber:", StringComparison.Ordinal), message.IndexOf(" Path:", StringComparison.Ordinal) }.Where(i => i >= 0).DefaultIfEmpty(message.Length).Min();
        return message[..end].TrimEnd('.', ' ');
    }
}
