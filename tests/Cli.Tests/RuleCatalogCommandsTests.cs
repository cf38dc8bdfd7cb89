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
    public async Task Explain_refuses_a_rule_that_is_neither_in_the_catalog_nor_planned_and_lists_the_catalog_rules()
    {
        const string unknown = "SSOT5999";
        Assert.Null(RuleCatalog.Find(unknown));

        var (exit, output, error) = await CliRunner.RunAsync("explain", unknown);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"error: unknown rule '{unknown}'. Rules: {string.Join(", ", RuleCatalog.Rules.Select(r => r.Id))}.{Environment.NewLine}",
            error);
    }

    [Fact]
    public async Task Explain_of_a_misspelt_id_names_the_closest_rule()
    {
        var (exit, output, error) = await CliRunner.RunAsync("explain", "ssot4o04");

        Assert.Equal((ExitCodes.UsageOrConfigError, string.Empty), (exit, output));
        Assert.Equal(
            $"error: unknown rule 'SSOT4O04'; did you mean 'SSOT4004'? Rules: {string.Join(", ", RuleCatalog.Rules.Select(r => r.Id))}.{Environment.NewLine}",
            error);
    }

    [Fact]
    public void Explain_of_a_planned_rule_says_it_is_planned_and_prints_its_page()
    {
        // No page is planned today (every page in docs/rules has its analyzer), so the page comes from the test.
        const string planned = "SSOT6001";
        Assert.Null(RuleCatalog.Find(planned));
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = ExplainCommand.Run("ssot6001", id => id == planned ? "# SSOT6001: Planned rule\n\nStatus: planned. See [SSOT1001](SSOT1001.md).\n" : null, output, error);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error.ToString()));
        Assert.Equal(
            "SSOT6001 is planned: no analyzer reports it yet, so neither the build nor ssot-check shows it." + Environment.NewLine
                + Environment.NewLine
                + "# SSOT6001: Planned rule\n\nStatus: planned. See [SSOT1001](https://github.com/netra-apex/netra-ssot/blob/main/docs/rules/SSOT1001.md).\n",
            output.ToString());
    }

    [Fact]
    public void Every_page_shipped_with_the_tool_is_a_catalog_rule_so_none_is_shown_as_planned()
    {
        var shipped = typeof(ExplainCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^".md".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), shipped);
    }
}
