using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>Metadata names and documentation IDs are validated by one validator wherever ssot.json takes them.</summary>
public sealed class NameSyntaxTests
{
    [Theory]
    [InlineData("N:")]
    [InlineData("T:")]
    [InlineData("X:Foo")]
    [InlineData("`1")]
    [InlineData("a..b")]
    [InlineData("Ns.Type`")]
    [InlineData("Ns.Type`0")]
    [InlineData("Ns`1.Type")]
    [InlineData("Ns.1Type")]
    [InlineData("Ns.Outer+")]
    [InlineData("Ns.Outer+In.ner")]
    [InlineData("M:Type")]
    [InlineData("M:Ns.Type.Method(System.String")]
    [InlineData("M:Ns.Type.Method(System.String,,System.Int32)")]
    [InlineData("M:Ns..Method")]
    [InlineData("T:Ns.List<T>")]
    [InlineData("Ns.Type.Method(System.String)")]
    public void Critical_symbols_that_name_nothing_are_refused(string symbol)
        => Assert.Single(Errors($$"""{ "critical": [{ "symbol": "{{symbol}}" }] }"""));

    [Theory]
    [InlineData("Ns.Type")]
    [InlineData("Ns.Repository`1")]
    [InlineData("Ns.Outer`1+Inner`2")]
    [InlineData("Ns")]
    [InlineData("N:Ns.Sub")]
    [InlineData("T:Ns.Outer`1.Inner")]
    [InlineData("M:Ns.Type.Method")]
    [InlineData("M:Ns.Type.Method(System.String,System.Collections.Generic.List{System.Int32})")]
    [InlineData("M:Ns.Type.Method``1(``0[],System.Int32@)")]
    [InlineData("M:Ns.Type.#ctor(System.Int32)")]
    [InlineData("M:Ns.Type.op_Implicit(Ns.Type)~System.Int32")]
    [InlineData("M:Ns.Type.Ns#IFoo{System#String}#Bar")]
    [InlineData("P:Ns.Type.Item(System.Int32)")]
    [InlineData("F:Ns.Type._field")]
    [InlineData("E:Ns.Type.Changed")]
    [InlineData("Ns.Ünïcode_Type")]
    public void Well_formed_symbols_are_accepted(string symbol)
        => Assert.Empty(Errors($$"""{ "critical": [{ "symbol": "{{symbol}}" }] }"""));

    [Theory]
    [InlineData("critical", "symbol", "N:", "\"N:\" names nothing after \"N:\"; write N:Namespace.Name")]
    [InlineData("critical", "symbol", "T:", "\"T:\" names nothing after \"T:\"; write T:Namespace.Type")]
    [InlineData("critical", "symbol", "X:Foo", "\"X:Foo\" has an unknown documentation ID prefix \"X:\"; use T: (type), N: (namespace), M: (method), P: (property), F: (field) or E: (event)")]
    [InlineData("critical", "symbol", "`1", "\"`1\" has a generic arity without a type name (\"`1\"); the arity follows the name, as in Ns.Repository`1")]
    [InlineData("critical", "symbol", "a..b", "\"a..b\" has an empty name segment (two dots in a row, or a dot at an end); write it as Namespace.Type, with `1 for one generic parameter (Ns.Repository`1) and + for a nested type (Ns.Outer+Inner)")]
    [InlineData("legacy", "type", "T:Ns.Old", "\"T:Ns.Old\" is a documentation ID; write the metadata name without the \"T:\" prefix (\"Ns.Old\")")]
    [InlineData("legacy", "namespace", "Ns.Old`1", "\"Ns.Old`1\" is not a namespace; write it as dotted names, such as MyApp.Legacy")]
    [InlineData("legacy", "member", "X:Ns.T.M", "\"X:Ns.T.M\" has an unknown documentation ID prefix \"X:\"; use M: (method), P: (property), F: (field) or E: (event)")]
    [InlineData("legacy", "member", "T:Ns.T", "\"T:Ns.T\" names a type; use \"type\": \"Ns.T\" for it")]
    [InlineData("legacy", "member", "M:", "\"M:\" names nothing after \"M:\"; write members as M:Ns.Type.Method(System.String), P:Ns.Type.Property, F:Ns.Type.Field or E:Ns.Type.Event")]
    [InlineData("legacy", "member", "M:Decode(System.String)", "\"M:Decode(System.String)\" needs the containing type before the member name; write members as M:Ns.Type.Method(System.String), P:Ns.Type.Property, F:Ns.Type.Field or E:Ns.Type.Event")]
    public void Bad_names_are_located_at_the_string_with_the_form_to_use(string section, string key, string value, string message)
    {
        string text = $$"""{ "{{section}}": [{ "{{key}}": "{{value}}" }] }""";

        var error = Assert.Single(Errors(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(text.IndexOf("\"" + value + "\"", StringComparison.Ordinal), error.Span.Span.Start);
    }

    [Theory]
    [InlineData("""{ "concepts": [{ "name": "X", "canonical": "T:Ns.X" }] }""")]
    [InlineData("""{ "concepts": [{ "name": "X", "canonical": "Ns.X", "implements": ["Ns..I"] }] }""")]
    [InlineData("""{ "concepts": [{ "name": "X", "canonical": "Ns.X", "aliases": ["`2"] }] }""")]
    [InlineData("""{ "configuration": { "accessors": ["Ns.Config+"] } }""")]
    [InlineData("""{ "constants": [{ "name": "Routes", "type": "N:Ns" }] }""")]
    [InlineData("""{ "testDoubles": { "ignore": ["Ns.IClock`x"] } }""")]
    [InlineData("""{ "legacy": [{ "type": "Ns.Old", "replacement": "Ns..New" }] }""")]
    [InlineData("""{ "legacy": [{ "member": "M:Ns.T.Old", "replacement": "M:" }] }""")]
    public void Every_section_that_takes_a_name_uses_the_same_validator(string text)
        => Assert.Single(Errors(text));

    [Fact]
    public void A_member_replacement_may_leave_out_its_prefix()
        => Assert.Empty(Errors("""{ "legacy": [{ "member": "M:Ns.T.Old", "replacement": "Ns.T.New(System.String)" }] }"""));

    [Fact]
    public void Very_long_names_are_shortened_in_the_message()
    {
        string name = new string('a', 5000) + "..b";

        var error = Assert.Single(Errors($$"""{ "critical": [{ "symbol": "{{name}}" }] }"""));

        Assert.StartsWith("\"" + new string('a', 57) + "...\" has an empty name segment", error.Message);
    }

    [Fact]
    public void A_canonical_type_listed_as_a_legacy_type_is_refused_at_the_canonical_value()
    {
        const string text = """
            {
              "concepts": [{ "name": "Factory", "canonical": "Old.Factory" }],
              "legacy": [
                { "namespace": "Retired" },
                { "type": "Old.Factory", "replacement": "Core.Factory" }
              ]
            }
            """;

        Assert.Equal(
            "ssot.json:2:50: the canonical type \"Old.Factory\" of concept \"Factory\" is itself legacy (legacy entry at line 5); choose the replacement \"Core.Factory\" as canonical",
            Assert.Single(SsotConfigParser.Parse(SourceText.From(text)).Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData("Old.Sockets.Manager", "{ \"namespace\": \"Old\", \"replacement\": \"Core\" }", "choose the replacement in \"Core\" as canonical")]
    [InlineData("Old.Manager", "{ \"namespace\": \"Old\" }", "choose the type that replaces it as canonical")]
    [InlineData("Core.Manager+Inner", "{ \"type\": \"Core.Manager\" }", "choose the type that replaces it as canonical")]
    public void A_canonical_type_in_a_legacy_namespace_or_type_is_refused(string canonical, string legacy, string advice)
    {
        string text = "{ \"legacy\": [" + legacy + "],\n  \"concepts\": [{ \"name\": \"Manager\", \"canonical\": \"" + canonical + "\" }] }";

        Assert.Equal(
            "ssot.json:2:50: the canonical type \"" + canonical + "\" of concept \"Manager\" is itself legacy (legacy entry at line 1); " + advice,
            Assert.Single(SsotConfigParser.Parse(SourceText.From(text)).Errors).Format("ssot.json"));
    }

    [Theory]
    [InlineData("Older.Manager", "{ \"namespace\": \"Old\" }")]
    [InlineData("Core.Box", "{ \"type\": \"Core.Box`1\" }")]
    [InlineData("Core.ManagerFactory", "{ \"type\": \"Core.Manager\" }")]
    [InlineData("Core.Manager", "{ \"path\": \"src/Core/**\" }")]
    public void A_canonical_type_next_to_legacy_code_is_accepted(string canonical, string legacy)
        => Assert.Empty(Errors("{ \"legacy\": [" + legacy + "], \"concepts\": [{ \"name\": \"Manager\", \"canonical\": \"" + canonical + "\" }] }"));

    [Fact]
    public void Random_names_made_of_the_characters_that_matter_never_break_the_validator()
    {
        const string alphabet = "AbN:TMPFEX.`+#()[]{},~@1_ ";
        var random = new Random(13);
        foreach (string key in new[] { "symbol", "type", "namespace", "member" })
        {
            for (int i = 0; i < 3000; i++)
            {
                string name = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                string section = key == "symbol" ? "critical" : "legacy";

                var errors = Errors($$"""{ "{{section}}": [{ "{{key}}": "{{name}}", "replacement": "{{name}}" }] }""");

                Assert.DoesNotContain(errors, e => e.Message.StartsWith("internal error", StringComparison.Ordinal));
            }
        }
    }

    private static System.Collections.Immutable.ImmutableArray<ConfigError> Errors(string text) => SsotConfigParser.Parse(SourceText.From(text)).Errors;
}
