using System.Text;
using System.Text.Json;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>A JSON value with the 1-based line and column where it starts.</summary>
internal abstract record JsonAt(int Line, int Column);

internal sealed record JsonObjectAt(int Line, int Column, IReadOnlyList<JsonPropertyAt> Properties) : JsonAt(Line, Column);

internal sealed record JsonArrayAt(int Line, int Column, IReadOnlyList<JsonAt> Items) : JsonAt(Line, Column);

/// <summary>A string, number, boolean or null; <see cref="Text"/> is the string's value, or null for the others.</summary>
internal sealed record JsonScalarAt(int Line, int Column, JsonTokenType Type, string? Text) : JsonAt(Line, Column);

internal sealed record JsonPropertyAt(string Name, int Line, int Column, JsonAt Value);

/// <summary>
/// Parses JSON the way .NET configuration reads appsettings.json (comments and trailing commas allowed) into a tree
/// that keeps each value's place, which <see cref="JsonDocument"/> does not. A syntax error is a located
/// <see cref="ManifestException"/>.
/// </summary>
internal static class LocatedJson
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonAt Parse(string text, string file)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            Next(ref reader);
            var root = ReadValue(ref reader, bytes, lineStarts);
            reader.Read(); // the reader rejects anything but comments and whitespace after the root value

            return root;
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0);
            int offset = line < lineStarts.Count ? lineStarts[line] : bytes.Length;
            int inLine = (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length - offset);
            int column = Encoding.UTF8.GetCharCount(bytes, offset, inLine) + 1;
            string message = e.Message;
            int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            bool noValue = reader.TokenType == JsonTokenType.None && offset + inLine >= bytes.Length;
            message = noValue ? "the file holds no JSON value" : suffix >= 0 ? message[..suffix] : message;
            throw ManifestException.At(file, line + 1, column, "invalid JSON: " + message);
        }
    }

    private static JsonAt ReadValue(ref Utf8JsonReader reader, byte[] bytes, List<int> lineStarts)
    {
        var (line, column) = Position(bytes, lineStarts, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonPropertyAt>();
                Next(ref reader);
                while (reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    var (nameLine, nameColumn) = Position(bytes, lineStarts, (int)reader.TokenStartIndex);
                    Next(ref reader);
                    properties.Add(new JsonPropertyAt(name, nameLine, nameColumn, ReadValue(ref reader, bytes, lineStarts)));
                    Next(ref reader);
                }

                return new JsonObjectAt(line, column, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonAt>();
                Next(ref reader);
                while (reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, bytes, lineStarts));
                    Next(ref reader);
                }

                return new JsonArrayAt(line, column, items);
            case JsonTokenType.String:
                return new JsonScalarAt(line, column, reader.TokenType, reader.GetString());
            default:
                return new JsonScalarAt(line, column, reader.TokenType, null);
        }
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            // With the whole input final, the reader throws on truncated input itself; this guards the loops above.
            throw new JsonException("unexpected end of the JSON document");
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(bytes, lineStarts[line], offset - lineStarts[line]) + 1);
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>How a message names a value's type: "an object", "an array", "a string", "a number", "true", "null".</summary>
    public static string Describe(JsonAt value) => value switch
    {
        JsonObjectAt => "an object",
        JsonArrayAt => "an array",
        JsonScalarAt { Type: JsonTokenType.String } => "a string",
        JsonScalarAt { Type: JsonTokenType.Number } => "a number",
        JsonScalarAt { Type: JsonTokenType.True } => "true",
        JsonScalarAt { Type: JsonTokenType.False } => "false",
        _ => "null",
    };
}
