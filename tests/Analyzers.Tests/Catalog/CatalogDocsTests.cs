using System.Text.RegularExpressions;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.Analyzers.Tests.Catalog;

/// <summary>
/// What users read about the rules comes from the catalog, both ways: the README table lists exactly the catalog's
/// rules, each page's title, category and default severity are the descriptor's, and a page for a rule that is not
/// in the catalog says it is planned.
/// </summary>
public sealed partial class CatalogDocsTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.Rules.Select(r => r.Id));

    [Fact]
    public void The_readme_rule_table_lists_exactly_the_catalog_rules_in_order_with_their_pages()
    {
        string readme = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "README.md"));
        var rows = ReadmeRow().Matches(readme).Select(m => (Id: m.Groups["id"].Value, Page: m.Groups["page"].Value)).ToList();

        Assert.Equal(RuleCatalog.Rules.Select(r => r.Id), rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal($"docs/rules/{r.Id}.md", r.Page));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_page_header_is_the_descriptor(string id)
    {
        var descriptor = RuleCatalog.Find(id)!.Descriptor;
        var lines = File.ReadAllLines(Page(id));

        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Equal($"`{descriptor.Category}`", Row(lines, "Category")); // the name .editorconfig takes (category-Netra.Ssot.Legacy)
        Assert.StartsWith(descriptor.DefaultSeverity.ToString(), Row(lines, "Default severity"), StringComparison.Ordinal);
        Assert.Null(Row(lines, "Status"));
    }

    [Fact]
    public void A_page_for_a_rule_that_is_not_in_the_catalog_is_marked_planned()
    {
        var pages = Directory.GetFiles(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules"), "SSOT*.md")
            .Select(p => Path.GetFileNameWithoutExtension(p)!)
            .Where(id => RuleCatalog.Find(id) is null)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Empty once every documented rule ships (SSOT5001 was the last planned page); a new planned page must say so.
        Assert.All(pages, id => Assert.StartsWith("planned", Row(File.ReadAllLines(Page(id)), "Status"), StringComparison.Ordinal));
    }

    private static string Page(string id) => Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md");

    /// <summary>The value of a row of the page's property table, or null.</summary>
    private static string? Row(string[] lines, string property)
        => lines.TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 4 && cells[1] == property)
            .Select(cells => cells[2])
            .FirstOrDefault();

    [GeneratedRegex(@"^\| \[(?<id>SSOT\d{4})\]\((?<page>[^)]+)\) \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
