using System.Text;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>Line endings, encodings and odd characters: errors are located where an editor shows them.</summary>
public sealed class LineEndingTests
{
    private const string UnknownKey = "unknown key \"concpets\" in the top level; did you mean \"concepts\"? Expected one of: concepts, critical, legacy, configuration, constants, preprocessorSymbolSets, tests, exclude, thresholds, discovery, testDoubles, obsoleteIsLegacy, cycles";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Comments_end_at_every_line_break_and_errors_are_located_on_the_right_line(string newline)
    {
        string text = string.Join(newline, "// leading comment", "{", "  \"tests\": [\"tests/**\"], // trailing comment", "  /* block */ \"concpets\": []", "}", string.Empty);

        var result = SsotConfigParser.Parse(SourceText.From(text));

        Assert.Equal("ssot.json:4:15: " + UnknownKey, Assert.Single(result.Errors).Format("ssot.json"));
        Assert.Equal("tests/**", Assert.Single(result.Config.Tests).Pattern);
    }

    [Fact]
    public void A_valid_file_with_carriage_returns_only_has_no_errors()
    {
        var result = SsotConfigParser.Parse(SourceText.From("// Netra\r{\r  \"tests\": [\"tests/**\"], // test folder\r}\r"));

        Assert.Empty(result.Errors);
        Assert.Equal("tests/**", Assert.Single(result.Config.Tests).Pattern);
    }

    [Fact]
    public void Mixed_line_endings_count_each_break_once()
    {
        var result = SsotConfigParser.Parse(SourceText.From("{\r\n// a\r// b\n\r\n  \"concpets\": []\r}"));

        Assert.Equal("ssot.json:5:3: " + UnknownKey, Assert.Single(result.Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Files_with_a_byte_order_mark_are_read_in_their_encoding(string encoding)
    {
        var bytes = Encode("{\r\n  // comment\r\n  \"concpets\": []\r\n}\r\n", encoding);

        var result = SsotConfigParser.Parse(SourceText.From(new MemoryStream(bytes)));

        Assert.Equal("ssot.json:3:3: " + UnknownKey, Assert.Single(result.Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09 })]
    public void An_empty_file_is_one_error_at_its_start(byte[] bytes)
    {
        var result = SsotConfigParser.Parse(SourceText.From(new MemoryStream(bytes)));

        Assert.Equal("ssot.json:1:1: the file is empty; expected a JSON object such as {}", Assert.Single(result.Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData("{\n  \0\"tests\": []\n}", "ssot.json:2:3: expected a property name in double quotes or '}'")]
    [InlineData("{\n  \"tests\": \0\n}", "ssot.json:2:12: unexpected character U+0000; expected a value (object, array, string, number, true, false or null)")]
    [InlineData("{\n  \"tests\": [\"a\u0007b\"]\n}", "ssot.json:2:15: control character U+0007 must be escaped inside strings (for example \\u0007)")]
    [InlineData("{\n  \"tests\": [\"a\tb\"]\n}", "ssot.json:2:15: control character U+0009 must be escaped inside strings (for example \\u0009)")]
    public void Invisible_characters_are_named_by_their_code(string text, string expected)
        => Assert.Equal(expected, Assert.Single(SsotConfigParser.Parse(SourceText.From(text)).Errors).Format("ssot.json"));

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
    };
}
