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
          "$schema": "./ssot.schema.json",

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
        // One client and one settings type per payment provider: sibling namespaces, different members. SSOT1003's
        // defaults already leave such per-provider copies alone, so init needs no discovery.families entry for them.
        solution.Write("src/Shop/Providers/Stripe/PaymentClient.cs", "namespace Shop.Providers.Stripe;\n\npublic sealed class PaymentClient\n{\n    public string Charge(decimal amount) => \"stripe:\" + amount;\n}\n");
        solution.Write("src/Shop/Providers/Paypal/PaymentClient.cs", "namespace Shop.Providers.Paypal;\n\npublic sealed class PaymentClient\n{\n    public bool Authorize(string token) => token.Length > 0;\n}\n");
        solution.Write("src/Shop/Providers/Stripe/Settings.cs", "namespace Shop.Providers.Stripe;\n\npublic sealed class Settings\n{\n    public string ApiKey { get; set; } = \"\";\n}\n");
        solution.Write("src/Shop/Providers/Paypal/Settings.cs", "namespace Shop.Providers.Paypal;\n\npublic sealed class Settings\n{\n    public string ClientId { get; set; } = \"\";\n\n    public string Secret { get; set; } = \"\";\n}\n");
        // A role name in three namespaces.
        solution.Write("src/Shop/Orders/Mapper.cs", "namespace Shop.Orders;\n\npublic static class Mapper\n{\n    public static string Describe(int order) => \"order \" + order;\n}\n");
        solution.Write("src/Shop/Inventory/Mapper.cs", "namespace Shop.Inventory;\n\npublic static class Mapper\n{\n    public static int Sku(string code) => code.GetHashCode();\n}\n");
        solution.Write("src/Shop/Users/Mapper.cs", "namespace Shop.Users;\n\npublic static class Mapper\n{\n    public static bool IsAdmin(string role) => role == \"admin\";\n}\n");
        // Two different things that share a name.
        solution.Write("src/Shop/Orders/Status.cs", "namespace Shop.Orders;\n\npublic enum Status\n{\n    Open,\n    Paid,\n    Cancelled,\n}\n");
        solution.Write("src/Shop/Shipping/Status.cs", "namespace Shop.Shipping;\n\npublic enum Status\n{\n    Waiting,\n    InTransit,\n    Delivered,\n}\n");
        // Two copies of one type, and a private type of the same name that a concept's "match" would claim too.
        const string Money = "public sealed class Money\n{\n    public decimal Amount { get; init; }\n\n    public string Currency { get; init; } = \"EUR\";\n}\n";
        solution.Write("src/Shop/Orders/Money.cs", "namespace Shop.Orders;\n\n" + Money);
        solution.Write("src/Shop/Catalog/Money.cs", "namespace Shop.Catalog;\n\n" + Money);
        solution.Write("src/Shop/Checkout.cs", """
            namespace Shop;

            public sealed class Checkout
            {
                private readonly Orders.Money _total = new() { Amount = 1m };

                private readonly Catalog.Money _price = new() { Amount = 2m };

                private sealed class Money
                {
                    public int Cents { get; init; }
                }

                public string Pay(bool paypal, decimal amount, Orders.Status status, Shipping.Status shipping)
                {
                    var stripe = new Providers.Stripe.PaymentClient();
                    var other = new Providers.Paypal.PaymentClient();
                    string keys = new Providers.Stripe.Settings().ApiKey + new Providers.Paypal.Settings().ClientId;
                    string text = Orders.Mapper.Describe(1) + Inventory.Mapper.Sku(keys) + Users.Mapper.IsAdmin("x");
                    return paypal && other.Authorize(keys) ? text + status + _total.Amount + _price.Amount + new Money().Cents : stripe.Charge(amount) + shipping;
                }
            }
            """);
        solution.Write("Shop.slnx", "<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n</Solution>\n");

        string written = await InitAsync(solution, "0 concept(s), 1 discovery entry, 0 tests glob(s), 0 legacy entries; 2 same-name families left as comments.");

        Assert.Equal(
            Header.Replace("{0}", "1 project(s), 12 file(s).") + """
              "concepts": [],
              "discovery": {
                "ignoreNames": [
                  // declared in 3 namespaces with different members (Shop.Inventory, Shop.Orders, Shop.Users): a role name, not one concept
                  "Mapper"
                ]
              },
              "thresholds": { "mission": 100.0 }
              // Same-name families not proposed (ssot-check still reports them as SSOT1003):
              // Money: identical code, but "match": ["Money"] would also claim Shop.Checkout+Money; rename those, or write the concept by hand (implements, aliases)
              //   Shop.Catalog.Money (src/Shop/Catalog/Money.cs:3), 1 reference(s)
              //   Shop.Orders.Money (src/Shop/Orders/Money.cs:3), 1 reference(s)
              // Status: same name, different members: probably distinct things; rename one, or add the name to discovery.ignoreNames
              //   Shop.Orders.Status (src/Shop/Orders/Status.cs:3), 1 reference(s)
              //   Shop.Shipping.Status (src/Shop/Shipping/Status.cs:3), 1 reference(s)
            }

            """,
            written);
        Assert.Equal(
            new[]
            {
                "src/Shop/Catalog/Money.cs:3:21 SSOT1003",
                "src/Shop/Orders/Money.cs:3:21 SSOT1003",
                "src/Shop/Orders/Status.cs:3:13 SSOT1003",
                "src/Shop/Shipping/Status.cs:3:13 SSOT1003",
            },
            await FindingsWithAsync(solution, written));
    }

    [Fact]
    public async Task Legacy_entries_tests_globs_and_families_that_are_only_partly_copies_are_proposed_with_why()
    {
        using var solution = new TempSolution();
        solution.Project("src/Shop");
        // Two identical copies and one different type of the same name.
        const string Slugger = """
            public sealed class Slugger
            {
                public string Slug(string title) => title.Trim().ToLowerInvariant().Replace(' ', '-');
            }
            """;
        solution.Write("src/Shop/Text/Slugger.cs", "namespace Shop.Text;\n\n" + Slugger + "\n");
        solution.Write("src/Shop/Blog/Slugger.cs", "namespace Shop.Blog;\n\n" + Slugger + "\n");
        solution.Write("src/Shop/Users/Slugger.cs", "namespace Shop.Users;\n\npublic sealed class Slugger\n{\n    public int Length { get; init; }\n}\n");
        // A folder the team retired, with the type that replaced it.
        solution.Write("src/Shop/Legacy/CsvExport.cs", "namespace Shop.Legacy;\n\npublic static class CsvExport\n{\n    public static string Line(string[] cells) => string.Join(\";\", cells);\n}\n");
        solution.Write("src/Shop/Export/CsvExport.cs", "namespace Shop.Export;\n\npublic static class CsvExport\n{\n    public static string Line(System.Collections.Generic.IEnumerable<string> cells) => string.Join(\",\", cells);\n}\n");
        // A version of the API whose types are all [Obsolete].
        solution.Write("src/Shop/V1Api/Dtos.cs", "namespace Shop.V1Api;\n\n[System.Obsolete(\"Use Shop.Api.OrderDto\")]\npublic sealed record OrderDto(int Id);\n\n[System.Obsolete(\"Use Shop.Api.CartDto\")]\npublic sealed record CartDto(int Items);\n");
        // An [Obsolete] type beside its replacement of the same name.
        solution.Write("src/Shop/Pricing/TaxTable.cs", "namespace Shop.Pricing;\n\n[System.Obsolete(\"Use Shop.Tax.TaxTable\")]\npublic sealed class TaxTable\n{\n    public decimal Rate => 0.2m;\n}\n");
        solution.Write("src/Shop/Tax/TaxTable.cs", "namespace Shop.Tax;\n\npublic sealed class TaxTable\n{\n    public decimal RateFor(string country) => country == \"DE\" ? 0.19m : 0.2m;\n}\n");
        // Two types used only by each other: dead code.
        solution.Write("src/Shop/Reports/SalesReport.cs", "namespace Shop.Reports;\n\npublic sealed class SalesReport\n{\n    public ReportRow[] Rows { get; } = System.Array.Empty<ReportRow>();\n}\n\npublic sealed class ReportRow\n{\n    public decimal Total { get; init; }\n}\n");
        solution.Write("src/Shop/Time/Clock.cs", "namespace Shop.Time;\n\npublic sealed class Clock\n{\n    public System.DateTimeOffset Now => System.DateTimeOffset.UtcNow;\n}\n");
        solution.Write("src/Shop/Events/OrderPaid.cs", "namespace Shop.Events;\n\npublic sealed class OrderPaid\n{\n    public int OrderId { get; init; }\n\n    public decimal Amount { get; init; }\n}\n");
        solution.Write("src/Shop/Checkout.cs", """
            namespace Shop;

            public sealed class Checkout
            {
                public string Pay(string title, int id)
                {
                    var paid = new Events.OrderPaid { OrderId = id, Amount = new Tax.TaxTable().RateFor("DE") };
                    string slug = new Text.Slugger().Slug(title) + new Blog.Slugger().Slug(title) + new Users.Slugger().Length;
                    return Export.CsvExport.Line(new[] { slug, paid.Amount.ToString(), new Time.Clock().Now.ToString() });
                }
            }
            """);
        // A worker that does not reference Shop, with its own copy of the event.
        solution.Project("src/Worker");
        solution.Write("src/Worker/OrderPaid.cs", "namespace Worker.Events;\n\npublic sealed class OrderPaid\n{\n    public int OrderId { get; init; }\n\n    public decimal Amount { get; init; }\n}\n");
        solution.Write("src/Worker/Handler.cs", "namespace Worker;\n\npublic static class Handler\n{\n    public static decimal Handle(Events.OrderPaid paid) => paid.Amount;\n}\n");
        // Tests, and a helper library beside them that is no test project.
        solution.Project("tests/Shop.Tests", extra: """<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup><ItemGroup><ProjectReference Include="../TestKit/TestKit.csproj" /></ItemGroup>""");
        solution.Write("tests/Shop.Tests/CheckoutTests.cs", "namespace Shop.Tests;\n\npublic sealed class CheckoutTests\n{\n    public System.DateTimeOffset Now() => new TestKit.Clock().Now;\n}\n");
        solution.Project("tests/TestKit");
        solution.Write("tests/TestKit/Clock.cs", "namespace TestKit;\n\npublic sealed class Clock\n{\n    public System.DateTimeOffset Now { get; set; }\n}\n");
        solution.Write("Shop.slnx", """
            <Solution>
              <Project Path="src/Shop/Shop.csproj" />
              <Project Path="src/Worker/Worker.csproj" />
              <Project Path="tests/Shop.Tests/Shop.Tests.csproj" />
              <Project Path="tests/TestKit/TestKit.csproj" />
            </Solution>
            """);

        string written = await InitAsync(solution, "0 concept(s), 0 discovery entries, 1 tests glob(s), 4 legacy entries; 2 same-name families left as comments.");

        Assert.Equal(
            Header.Replace("{0}", "4 project(s), 16 file(s).") + """
              "concepts": [],
              "tests": [
                // 2 project(s) under tests/, 1 detected as test projects; without the glob TestKit would count as production code
                "tests/**"
              ],
              "legacy": [
                // named 'Legacy': 1 type(s); Shop.Export has the same-name 'CsvExport'
                { "namespace": "Shop.Legacy", "replacement": "Shop.Export" },
                // none of its 2 types is named outside it, and none has attributes, base types or extension methods a framework could find: dead code? delete it, or keep this entry so nothing new starts using it
                { "namespace": "Shop.Reports" },
                // its 2 types are all [Obsolete]
                { "namespace": "Shop.V1Api" },
                // [Obsolete]; Shop.Tax.TaxTable has the same name
                { "type": "Shop.Pricing.TaxTable", "replacement": "Shop.Tax.TaxTable" }
              ],
              "thresholds": { "mission": 100.0 }
              // Same-name families not proposed (ssot-check still reports them as SSOT1003):
              // OrderPaid: identical code, but in projects that do not reference each other (copies kept per service on purpose?); to share one, move it to a project they all reference
              //   Shop.Events.OrderPaid (src/Shop/Events/OrderPaid.cs:3), 1 reference(s)
              //   Worker.Events.OrderPaid (src/Worker/OrderPaid.cs:3), 1 reference(s)
              // Slugger: partly copies: Shop.Text.Slugger copies Shop.Blog.Slugger (identical code), but Shop.Users.Slugger is a different thing: rename it, then declare the concept
              //   Shop.Blog.Slugger (src/Shop/Blog/Slugger.cs:3), 1 reference(s)
              //   Shop.Text.Slugger (src/Shop/Text/Slugger.cs:3), 1 reference(s)
              //   Shop.Users.Slugger (src/Shop/Users/Slugger.cs:3), 1 reference(s)
            }

            """,
            written);
        Assert.Equal(
            new[]
            {
                "src/Shop/Blog/Slugger.cs:3:21 SSOT1003",
                "src/Shop/Events/OrderPaid.cs:3:21 SSOT1003",
                "src/Shop/Text/Slugger.cs:3:21 SSOT1003",
                "src/Shop/Users/Slugger.cs:3:21 SSOT1003",
                "src/Worker/OrderPaid.cs:3:21 SSOT1003",
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

    /// <summary>
    /// The findings of a check with the proposed file as ssot.json, unchanged; SSOT1003's by place only (its wording
    /// is that rule's business).
    /// </summary>
    private static async Task<string[]> FindingsWithAsync(TempSolution solution, string proposed)
    {
        solution.Write("ssot.json", proposed);
        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);
        Assert.Empty(report.Analysis.LoadIssues);
        return report.Analysis.Findings
            .Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}" + (f.Id == "SSOT1003" ? string.Empty : " " + f.Message))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
