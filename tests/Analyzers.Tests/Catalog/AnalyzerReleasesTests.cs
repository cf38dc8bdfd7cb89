using Netra.Ssot.Catalog;

namespace Netra.Ssot.Analyzers.Tests.Catalog;

/// <summary>
/// The release files (src/Analyzers/AnalyzerReleases.Shipped.md and .Unshipped.md) and the catalog agree, both ways:
/// every catalog rule is listed once with its category, default severity and title, and every listed rule is in the catalog.
/// </summary>
public sealed class AnalyzerReleasesTests
{
    [Fact]
    public void The_release_files_list_exactly_the_catalog_rules_with_their_category_severity_and_title()
    {
        var listed = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md"))
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();
        var catalog = RuleCatalog.Rules
            .Select(r => $"{r.Id} | {r.Descriptor.Category} | {r.Descriptor.DefaultSeverity} | {r.Title}")
            .ToList();

        Assert.Equal(catalog, listed);
    }

    [Fact]
    public void A_rule_is_listed_in_one_release_file_only()
    {
        var shipped = ReleaseRows("AnalyzerReleases.Shipped.md").Select(Id).ToHashSet(StringComparer.Ordinal);
        var unshipped = ReleaseRows("AnalyzerReleases.Unshipped.md").Select(Id).ToList();

        Assert.All(unshipped, id => Assert.DoesNotContain(id, shipped));
    }

    /// <summary>The rows of the file's rule tables ("New Rules"), as "ID | Category | Severity | Notes".</summary>
    private static IEnumerable<string> ReleaseRows(string fileName)
        => File.ReadAllLines(Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "Analyzers", fileName))
            .Where(l => l.StartsWith("SSOT", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|', StringSplitOptions.TrimEntries)));

    private static string Id(string row) => row.Substring(0, row.IndexOf(' ', StringComparison.Ordinal));
}
