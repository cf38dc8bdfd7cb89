using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Config.Json;

/// <summary>
/// A small, self-contained JSON reader for <c>ssot.json</c>. Analyzer hosts load System.Text.Json unreliably,
/// so the analyzers and the CLI share this one. It accepts JSONC: <c>//</c> and <c>/* */</c> comments and
/// trailing commas. Every value keeps its span, and the first syntax error is returned with its location.
/// </summary>
public sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _pos;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads one JSON document. Returns null and sets <paramref name="error"/> on a syntax error.</summary>
    public static JsonValue? Parse(string text, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipTrivia();
            if (reader._pos >= text.Length)
            {
                error = new JsonSyntaxError(new TextSpan(0, 0), "the file is empty; expected a JSON object such as {}");
                return null;
            }

            var value = reader.ReadValue(0);
            reader.SkipTrivia();
            if (reader._pos < text.Length)
            {
                throw reader.Fail("unexpected text after the end of the JSON document");
            }

            error = null;
            return value;
        }
        catch (SyntaxException e)
        {
            error = e.Error;
            return null;
        }
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fail("the document nests more than " + MaxDepth + " levels deep");
        }

        SkipTrivia();
        if (_pos >= _text.Length)
        {
            throw Fail("unexpected end of file; expected a value");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                return ReadKeyword("true", span => new JsonBoolean(span, true));
            case 'f':
                return ReadKeyword("false", span => new JsonBoolean(span, false));
            case 'n':
                return ReadKeyword("null", span => new JsonNull(span));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                if (c == '\'')
                {
                    throw Fail("strings must use double quotes (\"), not single quotes");
                }

                if (char.IsLetter(c))
                {
                    throw UnexpectedWord(_pos);
                }

                throw Fail("unexpected character " + Show(c) + "; expected a value (object, array, string, number, true, false or null)");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        int start = _pos;
        _pos++; // {
        var properties = new List<JsonProperty>();
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw FailAt(start, 1, "this object is never closed; expected '}'");
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                return new JsonObject(TextSpan.FromBounds(start, _pos), properties);
            }

            if (_text[_pos] != '"')
            {
                throw Fail(_text[_pos] == '\''
                    ? "property names must use double quotes (\"), not single quotes"
                    : "expected a property name in double quotes or '}'");
            }

            var name = ReadString();
            SkipTrivia();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                throw Fail("expected ':' after the property name \"" + name.Value + "\"");
            }

            _pos++;
            var value = ReadValue(depth + 1);
            properties.Add(new JsonProperty(name.Value, name.Span, value));
            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_pos < _text.Length && _text[_pos] == '}')
            {
                continue;
            }

            throw _pos >= _text.Length
                ? FailAt(start, 1, "this object is never closed; expected '}'")
                : Fail("expected ',' or '}' after the value of \"" + name.Value + "\"");
        }
    }

    private JsonArray ReadArray(int depth)
    {
        int start = _pos;
        _pos++; // [
        var items = new List<JsonValue>();
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw FailAt(start, 1, "this array is never closed; expected ']'");
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                return new JsonArray(TextSpan.FromBounds(start, _pos), items);
            }

            items.Add(ReadValue(depth + 1));
            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_pos < _text.Length && _text[_pos] == ']')
            {
                continue;
            }

            throw _pos >= _text.Length
                ? FailAt(start, 1, "this array is never closed; expected ']'")
                : Fail("expected ',' or ']' after an array item");
        }
    }

    private JsonString ReadString()
    {
        int start = _pos;
        _pos++; // opening quote
        StringBuilder? builder = null;
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n' || _text[_pos] == '\r')
            {
                throw FailAt(start, 1, "this string is never closed; expected '\"' before the end of the line");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                string value;
                if (builder is null)
                {
                    value = _text.Substring(runStart, _pos - runStart);
                }
                else
                {
                    builder.Append(_text, runStart, _pos - runStart);
                    value = builder.ToString();
                }

                _pos++;
                return new JsonString(TextSpan.FromBounds(start, _pos), value);
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                builder.Append(ReadEscape());
                runStart = _pos;
                continue;
            }

            if (c < ' ')
            {
                throw Fail("control character " + Show(c) + " must be escaped inside strings (for example \\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + ")");
            }

            _pos++;
        }
    }

    private char ReadEscape()
    {
        int start = _pos;
        _pos++; // backslash
        if (_pos >= _text.Length)
        {
            throw FailAt(start, 1, "unfinished escape sequence");
        }

        char e = _text[_pos++];
        switch (e)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_pos + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    _pos += 4;
                    return (char)code;
                }

                throw FailAt(start, Math.Min(6, _text.Length - start), "\\u must be followed by four hexadecimal digits");
            default:
                throw FailAt(start, 2, "unknown escape sequence '\\" + e + "'; a backslash in a path must be written as \\\\ or replaced by /");
        }
    }

    private JsonNumber ReadNumber()
    {
        int start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
        {
            _pos++;
        }

        string token = _text.Substring(start, _pos - start);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw FailAt(start, token.Length, "'" + Shorten(token) + "' is not a valid number");
        }

        return new JsonNumber(TextSpan.FromBounds(start, _pos), value);
    }

    private JsonValue ReadKeyword(string keyword, Func<TextSpan, JsonValue> create)
    {
        int start = _pos;
        int end = WordEnd(start);
        if (end - start != keyword.Length || string.CompareOrdinal(_text, start, keyword, 0, keyword.Length) != 0)
        {
            throw UnexpectedWord(start);
        }

        _pos = end;
        return create(TextSpan.FromBounds(start, end));
    }

    private int WordEnd(int start)
    {
        int end = start;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>A bare word where a value belongs: a misspelt keyword (<c>True</c>) or a string without quotes.</summary>
    private SyntaxException UnexpectedWord(int start)
    {
        int end = WordEnd(start);
        string word = _text.Substring(start, end - start);
        string lower = word.ToLowerInvariant();
        return FailAt(start, Math.Max(1, end - start), lower is "true" or "false" or "null"
            ? "unexpected '" + word + "'; write " + lower + " in lowercase"
            : "unexpected '" + Shorten(word) + "'; expected a value (strings need double quotes)");
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\uFEFF' || IsLineBreak(c))
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && !IsLineBreak(_text[_pos]))
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                int start = _pos;
                int close = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw FailAt(start, 2, "this comment is never closed; expected '*/'");
                }

                _pos = close + 2;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// The characters that end a line, as <see cref="SourceText"/> counts lines (so a <c>//</c> comment ends where the
    /// reported line ends): LF, CR (alone or in CRLF), NEL, and the Unicode line and paragraph separators.
    /// </summary>
    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>A character as an error message can show it: invisible and control characters by their code.</summary>
    private static string Show(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c + "'";

    /// <summary>A token cut to a length that keeps an error message on one readable line.</summary>
    internal static string Shorten(string token) => token.Length <= 60 ? token : token.Substring(0, 57) + "...";

    private SyntaxException Fail(string message) => FailAt(_pos, _pos < _text.Length ? 1 : 0, message);

    private static SyntaxException FailAt(int start, int length, string message)
        => new SyntaxException(new JsonSyntaxError(new TextSpan(start, length), message));

    private sealed class SyntaxException : Exception
    {
        public SyntaxException(JsonSyntaxError error)
            : base(error.Message) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}
