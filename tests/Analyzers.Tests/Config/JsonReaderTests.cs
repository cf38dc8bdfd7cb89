using Netra.Ssot.Config.Json;

namespace Netra.Ssot.Analyzers.Tests.Config;

public sealed class JsonReaderTests
{
    [Fact]
    public void Reads_comments_and_trailing_commas()
    {
        const string text = """
            // leading comment
            {
              /* block */ "a": [1, 2.5, -3e2,],
              "b": { "c": "x\"y\\z\u0041", },
              "d": true, "e": false, "f": null,
            }
            """;

        var root = (JsonObject)JsonReader.Parse(text, out var error)!;

        Assert.Null(error);
        Assert.Equal(new[] { "a", "b", "d", "e", "f" }, root.Properties.Select(p => p.Name));
        var numbers = ((JsonArray)root.Properties[0].Value).Items.Cast<JsonNumber>().Select(n => n.Value);
        Assert.Equal(new[] { 1, 2.5, -300 }, numbers);
        var c = (JsonString)((JsonObject)root.Properties[1].Value).Properties[0].Value;
        Assert.Equal("x\"y\\zA", c.Value);
        Assert.Equal("\"x\\\"y\\\\z\\u0041\"", text.Substring(c.Span.Start, c.Span.Length));
    }

    [Theory]
    [InlineData("{ \"a\": 1 \"b\": 2 }", 9, "expected ',' or '}' after the value of \"a\"")]
    [InlineData("{ 'a': 1 }", 2, "property names must use double quotes (\"), not single quotes")]
    [InlineData("{ \"a\": [1, 2 }", 13, "expected ',' or ']' after an array item")]
    [InlineData("{ \"a\": \"C:\\dir\" }", 10, "unknown escape sequence '\\d'; a backslash in a path must be written as \\\\ or replaced by /")]
    [InlineData("{ \"a\": tru }", 7, "unexpected 'tru'; expected a value (strings need double quotes)")]
    [InlineData("{ \"a\": True }", 7, "unexpected 'True'; write true in lowercase")]
    [InlineData("{ \"a\": NULL }", 7, "unexpected 'NULL'; write null in lowercase")]
    [InlineData("{ \"a\": tests }", 7, "unexpected 'tests'; expected a value (strings need double quotes)")]
    [InlineData("// CR only\r{ \"a\": 1 } x", 22, "unexpected text after the end of the JSON document")]
    [InlineData("{ \"a\": 1 } x", 11, "unexpected text after the end of the JSON document")]
    [InlineData("{ \"a\": 1", 0, "this object is never closed; expected '}'")]
    [InlineData("", 0, "the file is empty; expected a JSON object such as {}")]
    [InlineData("{ /* open", 2, "this comment is never closed; expected '*/'")]
    public void Locates_syntax_errors(string text, int position, string message)
    {
        var value = JsonReader.Parse(text, out var error);

        Assert.Null(value);
        Assert.Equal(message, error!.Message);
        Assert.Equal(position, error.Span.Start);
    }

    [Fact]
    public void Random_text_made_of_json_characters_gives_a_value_or_a_located_error_and_never_throws()
    {
        const string alphabet = "{}[]\":,\\u0a1-+eE.tfnrul/*\r\n\u2028 \t\0'";
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            string text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var value = JsonReader.Parse(text, out var error);

            Assert.True(value is null ? error is not null && error.Span.End <= text.Length : error is null, text);
        }
    }

    [Fact]
    public void Refuses_pathological_nesting_without_overflowing_the_stack()
    {
        string text = new string('[', 10_000) + new string(']', 10_000);

        Assert.Null(JsonReader.Parse(text, out var error));
        Assert.Equal("the document nests more than 64 levels deep", error!.Message);
    }
}
