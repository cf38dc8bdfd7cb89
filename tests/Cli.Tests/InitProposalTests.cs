using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// <c>ssot-check init</c> proposes what a maintainer would accept: concepts only for copies (evidence in the code),
/// the used copy as canonical, discovery entries for families that are distinct things, tests globs and legacy
/// entries, each with why; and the file, run unchanged, never reports a live type as a copy of a dead one.
/// </summary>
public sealed class InitProposalTests
{
    private const string Header = """
        {
          // Written by ssot-check init from <solution>: {0}
          // Every entry says why it is proposed. Concepts are same-name types with evidence of being copies (identical
          // or near-identical code, the same public members); ssot-check reports every non-canonical one as SSOT1001,
          // and the canonical one is the one the solution uses most. Keep what is right, delete the rest.
          // Reference: https://github.com/netra-apex/netra-ssot/blob/main/docs/config.md
          "$schema": "https://netra.dev/schemas/ssot.schema.json",

        """;

    [Fact]
    public async Task The_used_copy_is_canonical_and_the_file_run_unchanged_reports_only_the_dead_copy()
    {
        using var solution = new TempSolution();
        // Core is the library every project references (the old init made its dead copy canonical).
        solution.Project("src/Core");
        solution.Write("src/Core/PriceCalculator.cs", """
            namespace Core.Pricing;

            public sealed class PriceCalculator
            {
                public decimal Total(decimal net, decimal rate) => System.Math.Round(net * (1 + rate), 2);
            }
            """);
        solution.Project("src/Shop", extra: """<ItemGroup><ProjectReference Include="../Core/Core.csproj" /></ItemGroup>""");
        solution.Write("src/Shop/PriceCalculator.cs", """
            namespace Shop.Pricing;

            // Copied from Core, comments and all.
            public sealed class PriceCalculator
            {
                public decimal Total(decimal net, decimal rate)
                    => System.Math.Round(net * (1 + rate), 2);
            }
            """);
        solution.Write("src/Shop/Checkout.cs", """
            namespace Shop.Ordering;

            public sealed class Checkout
            {
                private readonly Pricing.PriceCalculator _prices = new();

                public decimal Pay(decimal net) => _prices.Total(net, 0.2m);
            }
            """);
        solution.Write("Shop.slnx", """
            <Solution>
              <Project Path="src/Core/Core.csproj" />
              <Project Path="src/Shop/Shop.csproj" />
            </Solution>
            """);

        string written = await InitAsync(solution, "1 concept(s), 0 discovery entries, 0 tests glob(s), 0 legacy entries; 0 same-name families left as comments.");

        Assert.Equal(
            Header.Replace("{0}", "2 project(s), 3 file(s).") + """
              "concepts": [
                // identical code; canonical: the only one used (1 reference(s))
                // canonical: src/Shop/PriceCalculator.cs:4, 1 reference(s)
                // also:      Core.Pricing.PriceCalculator (src/Core/PriceCalculator.cs:3), unused
                {
                  "name": "PriceCalculator",
                  "canonical": "Shop.Pricing.PriceCalculator",
                  "match": ["PriceCalculator"],
                  "scope": "production"
                }
              ],
              "thresholds": { "mission": 100.0 }
            }

            """,
            written);
        Assert.Equal(
            new[] { "src/Core/PriceCalculator.cs:3:21 SSOT1001 'PriceCalculator' is a second implementation of concept 'PriceCalculator'; the canonical one is 'PriceCalculator' (src/Shop/PriceCalculator.cs)" },
            await FindingsWithAsync(solution, written));
    }

    [Fact]
    public async Task Families_without_evidence_become_discovery_entries_or_comments_and_stay_reported()
    {
        using var solution = new TempSolution();
        solution.Project("src/Shop");
        // One client and one settings type per payment provider: sibling namespaces, different members.
        solution.Write("src/Shop/Providers/Stripe/PaymentClient.cs", "namespace Shop.Providers.Stripe;\n\npublic sealed class PaymentClient\n{\n    public string Charge(decimal amount) => \"stripe:\" + amount;\n}\n");
        solution.Write("src/Shop/Providers/Paypal/PaymentClient.cs", "namespace Shop.Providers.Paypal;\n\npublic sealed class PaymentClient\n{\n    public bool Authorize(string token) => token.Length > 0;\n}\n");
        solution.Write("src/Shop/Providers/Stripe/Settings.cs", "namespace Shop.Providers.Stripe;\n\npublic sealed class Settings\n{\n    public string ApiKey { get; set; } = \"\";\n}\n");
        solution.Write("src/Shop/Providers/Paypal/Settings.cs", "namespace Shop.Providers.Paypal;\n\npublic sealed class Settings\n{\n    public string ClientId { get; set; } = \"\";\n\n    public string Secret { get; set; } = \"\";\n}\n");
        // A role name in three namespaces.
        solution.Write("src/Shop/Orders/Mapper.cs", "namespace Shop.Orders;\n\npublic static class Mapper\n{\n    public static string Describe(int order) => \"order \" + order;\n}\n");
        solution.Write("src/Shop/Catalog/Mapper.cs", "namespace Shop.Catalog;\n\npublic static class Mapper\n{\n    public static int Sku(string code) => code.GetHashCode();\n}\n");
        solution.Write("src/Shop/Users/Mapper.cs", "namespace Shop.Users;\n\npublic static class Mapper\n{\n    public static bool IsAdmin(string role) => role == \"admin\";\n}\n");
        // Two different things that share a name.
        solution.Write("src/Shop/Orders/Status.cs", "namespace Shop.Orders;\n\npublic enum Status\n{\n    Open,\n    Paid,\n    Cancelled,\n}\n");
        solution.Write("src/Shop/Shipping/Status.cs", "namespace Shop.Shipping;\n\npublic enum Status\n{\n    Waiting,\n    InTransit,\n    Delivered,\n}\n");
        solution.Write("src/Shop/Checkout.cs", """
            namespace Shop;

            public sealed class Checkout
            {
                public string Pay(bool paypal, decimal amount, Orders.Status status, Shipping.Status shipping)
                {
                    var stripe = new Providers.Stripe.PaymentClient();
                    var other = new Providers.Paypal.PaymentClient();
                    string keys = new Providers.Stripe.Settings().ApiKey + new Providers.Paypal.Settings().ClientId;
                    string text = Orders.Mapper.Describe(1) + Catalog.Mapper.Sku(keys) + Users.Mapper.IsAdmin("x");
                    return paypal && other.Authorize(keys) ? text + status : stripe.Charge(amount) + shipping;
                }
            }
            """);
        solution.Write("Shop.slnx", "<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n</Solution>\n");

        string written = await InitAsync(solution, "0 concept(s), 2 discovery entries, 0 tests glob(s), 0 legacy entries; 1 same-name family left as comments.");

        Assert.Equal(
            Header.Replace("{0}", "1 project(s), 10 file(s).") + """
              "concepts": [],
              "discovery": {
                "families": [
                  // sibling namespaces that differ in one segment declare the same names with different members (PaymentClient, Settings): one implementation per provider or plugin
                  "Shop.Providers.*"
                ],
                "ignoreNames": [
                  // declared in 3 namespaces with different members (Shop.Catalog, Shop.Orders, Shop.Users): a role name, not one concept
                  "Mapper"
                ]
              },
              "thresholds": { "mission": 100.0 }
              // Same-name families not proposed (ssot-check still reports them as SSOT1003):
              // Status: same name, different members: probably distinct things; rename one, or add the name to discovery.ignoreNames
              //   Shop.Orders.Status (src/Shop/Orders/Status.cs:3), 1 reference(s)
              //   Shop.Shipping.Status (src/Shop/Shipping/Status.cs:3), 1 reference(s)
            }

            """,
            written);
        Assert.Equal(
            new[]
            {
                "src/Shop/Orders/Status.cs:3:13 SSOT1003 'Status' is declared in 2 namespaces: Shop.Orders (src/Shop/Orders/Status.cs), Shop.Shipping (src/Shop/Shipping/Status.cs); declare a concept with one canonical type, or rename the one that is a different thing",
                "src/Shop/Shipping/Status.cs:3:13 SSOT1003 'Status' is declared in 2 namespaces: Shop.Orders (src/Shop/Orders/Status.cs), Shop.Shipping (src/Shop/Shipping/Status.cs); declare a concept with one canonical type, or rename the one that is a different thing",
            },
            await FindingsWithAsync(solution, written));
    }

    /// <summary>Runs init on the solution, checks its summary line, returns the file with the solution's path replaced by <c>&lt;solution&gt;</c>.</summary>
    private static async Task<string> InitAsync(TempSolution solution, string summary)
    {
        string target = Path.Combine(solution.Root, "proposed.json");
        var (exit, output, error) = await CliRunner.RunAsync("init", solution.Root, "--output", target, "--no-progress");

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        string written = File.ReadAllText(target);
        Assert.Equal(summary, output.Split(Environment.NewLine)[0].Split("file(s): ")[1]);
        Assert.Empty(SsotConfigParser.Parse(SourceText.From(written)).Errors);
        string slnx = Directory.EnumerateFiles(solution.Root, "*.slnx").Single();
        return written.Replace(SsotCheck.Display(slnx, Directory.GetCurrentDirectory()), "<solution>", StringComparison.Ordinal);
    }

    /// <summary>The findings of a check with the proposed file as ssot.json, unchanged.</summary>
    private static async Task<string[]> FindingsWithAsync(TempSolution solution, string proposed)
    {
        solution.Write("ssot.json", proposed);
        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);
        Assert.Empty(report.Analysis.LoadIssues);
        return report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id} {f.Message}").Order(StringComparer.Ordinal).ToArray();
    }
}
