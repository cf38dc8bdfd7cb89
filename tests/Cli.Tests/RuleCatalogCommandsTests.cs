using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests;

/// <summary><c>rules</c> and <c>explain</c> show exactly the catalog's rules, through the real command line.</summary>
public sealed class RuleCatalogCommandsTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.Rules.Select(r => r.Id));

    [Fact]
    public async Task Rules_lists_exactly_the_catalog_rules_in_order()
    {
        var (exit, output, error) = await CliRunner.RunAsync("rules");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var rows = output.Split(Environment.NewLine)
            .Skip(1)
            .TakeWhile(l => l.Length > 0)
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var catalog = RuleCatalog.Rules.Select(r => new[] { r.Id, r.Descriptor.DefaultSeverity.ToString().ToLowerInvariant(), r.Descriptor.Category }
            .Concat(r.MissionCritical ? new[] { "mission" } : Array.Empty<string>())
            .Append(r.Title)
            .ToArray()).ToList();
        Assert.Equal(catalog, rows);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Explain_prints_the_page_of_every_catalog_rule(string id)
    {
        var (exit, output, error) = await CliRunner.RunAsync("explain", id);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            TerminalMarkdown.WithAbsoluteLinks(File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", id + ".md")), new Uri(RuleCatalog.HelpLinkBase + id + ".md")),
            output);
        Assert.DoesNotContain("](../", output, StringComparison.Ordinal);
        Assert.StartsWith($"# {id}: {RuleCatalog.Find(id)!.Title}\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_pages_make_relative_links_full_urls_and_keep_absolute_ones()
        => Assert.Equal(
            "See [the index](https://github.com/netra-apex/netra-ssot/blob/main/docs/architecture.md#the-solution-index), "
            + "[SSOT1001](https://github.com/netra-apex/netra-ssot/blob/main/docs/rules/SSOT1001.md), "
            + "[below](https://github.com/netra-apex/netra-ssot/blob/main/docs/rules/SSOT1003.md#example) and [Roslyn](https://learn.microsoft.com/dotnet/).",
            TerminalMarkdown.WithAbsoluteLinks(
                "See [the index](../architecture.md#the-solution-index), [SSOT1001](SSOT1001.md), [below](#example) and [Roslyn](https://learn.microsoft.com/dotnet/).",
                new Uri(RuleCatalog.HelpLinkBase + "SSOT1003.md")));

    [Fact]
    public async Task Explain_refuses_a_rule_that_is_not_in_the_catalog_and_lists_the_catalog_rules()
    {
        // Refused by the catalog, whether or not docs/rules has a page for it: a planned page (none is left since
        // SSOT5001 shipped; CatalogDocsTests requires a new one to say "planned") is refused the same way.
        const string planned = "SSOT5999";
        Assert.Null(RuleCatalog.Find(planned));

        var (exit, output, error) = await CliRunner.RunAsync("explain", planned);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"error: unknown rule '{planned}'. Rules: {string.Join(", ", RuleCatalog.Rules.Select(r => r.Id))}.{Environment.NewLine}",
            error);
    }
}
