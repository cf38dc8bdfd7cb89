using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.CodeFixes.Common;

namespace Netra.Ssot.Analyzers.Tests.CodeFixes;

/// <summary>The code fixes parse ssot.json once per text of the file and build the canonical-type table once per parse and compilation.</summary>
public sealed class CodeFixConfigCacheTests
{
    private const string Critical = """{ "critical": [{ "symbol": "Infra.Redis.RedisConnection" }] }""";
    private const string Concept = """{ "concepts": [{ "name": "Cache", "canonical": "Infra.Redis.RedisCache", "match": ["*Cache"] }] }""";
    private const string Declarations = "namespace Infra.Redis { public sealed class RedisConnection { } public sealed class RedisCache { } }";

    [Fact]
    public void The_same_text_is_parsed_once_and_an_edited_text_again()
    {
        var text = SourceText.From(Critical);

        var first = CodeFixConfigCache.Parse(text);
        var again = CodeFixConfigCache.Parse(text);
        var edited = CodeFixConfigCache.Parse(text.Replace(new TextSpan(0, Critical.Length), Concept));

        Assert.Same(first, again);
        Assert.NotSame(first, edited);
        Assert.Equal("Infra.Redis.RedisConnection", Assert.Single(first.Config.Critical).Symbol);
        Assert.Equal("Infra.Redis.RedisCache", Assert.Single(edited.Config.Concepts).Canonical);
    }

    [Fact]
    public async Task A_project_whose_ssot_json_is_unchanged_reuses_the_parse_and_the_table_and_an_edit_rebuilds_both()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp)
            .AddDocument("Declarations.cs", Declarations, filePath: "/repo/src/Declarations.cs").Project;
        var configDocument = project.AddAdditionalDocument("ssot.json", SourceText.From(Critical), filePath: "/repo/ssot.json");
        project = configDocument.Project;
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("no compilation");

        var config = CodeFixConfigCache.Load(project, CancellationToken.None) ?? throw new InvalidOperationException("no ssot.json found");
        var table = CodeFixConfigCache.CanonicalTypesOf(config, compilation);
        var sourceEdited = project.GetDocument(project.DocumentIds[0])!.WithText(SourceText.From(Declarations + " // edited")).Project;

        Assert.Same(config, CodeFixConfigCache.Load(sourceEdited, CancellationToken.None));
        Assert.Same(table, CodeFixConfigCache.CanonicalTypesOf(config, compilation));
        Assert.Equal(new[] { "RedisConnection" }, table.Keys);

        var configEdited = project.Solution.WithAdditionalDocumentText(configDocument.Id, SourceText.From(Concept)).GetProject(project.Id)!;
        var newConfig = CodeFixConfigCache.Load(configEdited, CancellationToken.None) ?? throw new InvalidOperationException("no ssot.json found");
        var newTable = CodeFixConfigCache.CanonicalTypesOf(newConfig, compilation);

        Assert.NotSame(config, newConfig);
        Assert.NotSame(table, newTable);
        Assert.Equal(new[] { "RedisCache" }, newTable.Keys);
    }

    [Fact]
    public void A_project_without_ssot_json_has_no_configuration()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp).AddDocument("Declarations.cs", Declarations).Project;

        Assert.Null(CodeFixConfigCache.Load(project, CancellationToken.None));
    }
}
