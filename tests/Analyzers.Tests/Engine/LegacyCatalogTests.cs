using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>The legacy catalog is built once per compilation and shared by SSOT3001 and SSOT3002, never across configurations.</summary>
public sealed class LegacyCatalogTests
{
    private static readonly SsotConfigParseResult Parse = SsotConfigParser.Parse(SourceText.From("""{ "legacy": [{ "namespace": "App.Old" }] }"""));

    [Fact]
    public void The_rules_of_one_compilation_share_one_catalog()
    {
        var compilation = Compilation();
        var index = new SolutionIndex(Array.Empty<DeclaredType>(), Array.Empty<string>());

        // Each rule loads its own SsotConfigFile object over the one parse of ssot.json (SsotConfigCache).
        var first = LegacyCatalog.Build(compilation, new SsotConfigFile("/repo/ssot.json", Parse), index);
        var second = LegacyCatalog.Build(compilation, new SsotConfigFile("/repo/ssot.json", Parse), index);

        Assert.Same(first, second);
        Assert.Equal(new[] { "Client" }, first.CandidateNames.ToArray());
    }

    [Fact]
    public void Another_configuration_index_or_compilation_gets_its_own_catalog()
    {
        var compilation = Compilation();
        var config = new SsotConfigFile("/repo/ssot.json", Parse);
        var shared = LegacyCatalog.Build(compilation, config, index: null);

        Assert.NotSame(shared, LegacyCatalog.Build(compilation, new SsotConfigFile("/repo/ssot.json", SsotConfigParser.Parse(SourceText.From("""{ "legacy": [{ "namespace": "App.Old" }] }"""))), index: null));
        Assert.NotSame(shared, LegacyCatalog.Build(compilation, new SsotConfigFile("/other/ssot.json", Parse), index: null));
        Assert.NotSame(shared, LegacyCatalog.Build(compilation, config, new SolutionIndex(Array.Empty<DeclaredType>(), Array.Empty<string>())));
        Assert.NotSame(shared, LegacyCatalog.Build(Compilation(), config, index: null));
        Assert.Same(shared, LegacyCatalog.Build(compilation, config, index: null));
    }

    private static CSharpCompilation Compilation()
        => CSharpCompilation.Create("App", new[] { CSharpSyntaxTree.ParseText("namespace App.Old { public class Client { } }") });
}
