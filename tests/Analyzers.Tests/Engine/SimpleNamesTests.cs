using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class SimpleNamesTests
{
    private const string Source = """
        using Old.Api;

        /// <summary>Replaces <see cref="OldRouter"/>.</summary>
        public sealed class OldRouter
        {
            public OldRouter Route(System.Collections.Generic.List<OldRouter> routers) => new Old.Api.OldRouter();
        }
        """;

    [Fact]
    public void Finds_the_candidate_names_in_source_order_doc_comments_included_and_not_declarations()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();

        var names = SimpleNames.Find(root, filterSpan: null, name => name is "OldRouter" or "Api", CancellationToken.None);

        Assert.NotNull(names);
        Assert.Equal(
            new[] { "Api@10", "OldRouter@49", "OldRouter@116", "OldRouter@164", "Api@195", "OldRouter@199" },
            names.Select(n => $"{n.Identifier.ValueText}@{n.SpanStart}"));
    }

    [Fact]
    public void Looks_only_inside_the_filter_span_and_returns_null_when_nothing_matches()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        int method = Source.IndexOf("public OldRouter Route", StringComparison.Ordinal);

        var inMethod = SimpleNames.Find(root, new TextSpan(method, "public OldRouter".Length), name => name == "OldRouter", CancellationToken.None);
        var none = SimpleNames.Find(root, filterSpan: null, name => name == "NewRouter", CancellationToken.None);

        Assert.Equal(new[] { method + "public ".Length }, inMethod!.Select(n => n.SpanStart));
        Assert.Null(none);
    }
}
