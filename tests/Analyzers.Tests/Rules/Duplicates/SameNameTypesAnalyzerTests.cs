using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

public sealed class SameNameTypesAnalyzerTests
{
    [Fact]
    public async Task Reports_every_member_of_a_same_name_family_naming_the_namespaces()
    {
        var diagnostics = await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Redis/RetryPolicy.cs", "namespace Infra.Redis; public sealed class {|SSOT1003:RetryPolicy|} { }"),
                ("src/Notifications/RetryPolicy.cs", "namespace App.Notifications; public sealed record {|SSOT1003:RetryPolicy|}(int MaxAttempts);"),
                ("src/Other.cs", "namespace App.Other; public sealed class RetryPolicyOptions { }"),
            },
        }.RunAsync(
            Expect.Info("'RetryPolicy' is declared in 2 namespaces: App.Notifications (src/Notifications/RetryPolicy.cs), Infra.Redis (src/Redis/RetryPolicy.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'RetryPolicy' is declared in 2 namespaces: App.Notifications (src/Notifications/RetryPolicy.cs), Infra.Redis (src/Redis/RetryPolicy.cs); declare a concept with one canonical type, or rename the one that is a different thing"));

        Assert.Equal("/repo/src/Redis/RetryPolicy.cs", Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public async Task A_generic_family_is_named_with_its_type_parameters()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/CommandResult.cs", "namespace Core.Commands; public abstract class {|SSOT1003:CommandResult|}<TValue> { }"),
                ("src/Core/V2/CommandResult.cs", "namespace Core.Results; public class {|SSOT1003:CommandResult|}<TValue> { }"),
                ("src/Core/V2/Plain.cs", "namespace Core.Results; public class CommandResult : CommandResult<object> { }"),
            },
        }.RunAsync(
            Expect.Info("'CommandResult<TValue>' is declared in 2 namespaces: Core.Commands (src/Core/CommandResult.cs), Core.Results (src/Core/V2/CommandResult.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'CommandResult<TValue>' is declared in 2 namespaces: Core.Commands (src/Core/CommandResult.cs), Core.Results (src/Core/V2/CommandResult.cs); declare a concept with one canonical type, or rename the one that is a different thing"));
    }

    [Fact]
    public async Task Entry_points_versioned_namespaces_nested_types_and_other_arities_are_not_families()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/A/Program.cs", "namespace ServiceA; public static class Program { }"),
                ("src/B/Program.cs", "namespace ServiceB; public static class Program { }"),
                ("src/Api/V3/Client.cs", "namespace Api.V3; public sealed class Client { }"),
                ("src/Api/V5/Client.cs", "namespace Api.V5; public sealed class Client { }"),
                ("src/Api/V2_1/Client.cs", "namespace Api.V2_1; public sealed class Client { }"),
                ("src/Orders.cs", "namespace Orders; public sealed class Order { public sealed class Builder { } }"),
                ("src/Users.cs", "namespace Users; public sealed class User { public sealed class Builder { } }"),
                ("src/Result.cs", "namespace Core; public sealed class Result { }"),
                ("src/ResultOfT.cs", "namespace Core.Generic; public sealed class Result<T> { }"),
                ("src/Setup1.cs", "namespace Orders { public static class ServiceCollectionExtensions { } }"),
                ("src/Setup2.cs", "namespace Users { public static class ServiceCollectionExtensions { } }"),
                ("src/Partial1.cs", "namespace Same; public partial class Split { }"),
                ("src/Partial2.cs", "namespace Same; public partial class Split { }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_versioned_family_is_still_reported_with_an_unrelated_namespace()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Api/V3/Client.cs", "namespace Api.V3; public sealed class {|SSOT1003:Client|} { }"),
                ("src/Api/V5/Client.cs", "namespace Api.V5; public sealed class {|SSOT1003:Client|} { }"),
                ("src/Legacy/Client.cs", "namespace Old; public sealed class {|SSOT1003:Client|} { }"),
            },
        }.RunAsync(
            Expect.Info("'Client' is declared in 3 namespaces: Api.V3 (src/Api/V3/Client.cs), Api.V5 (src/Api/V5/Client.cs), Old (src/Legacy/Client.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'Client' is declared in 3 namespaces: Api.V3 (src/Api/V3/Client.cs), Api.V5 (src/Api/V5/Client.cs), Old (src/Legacy/Client.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'Client' is declared in 3 namespaces: Api.V3 (src/Api/V3/Client.cs), Api.V5 (src/Api/V5/Client.cs), Old (src/Legacy/Client.cs); declare a concept with one canonical type, or rename the one that is a different thing"));
    }

    [Fact]
    public async Task Families_ignoreNames_and_turning_the_defaults_off()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = """
                { "discovery": { "defaults": false, "ignoreNames": ["*Options"], "families": ["Storage.Providers.*"] } }
                """,
            Sources =
            {
                ("src/Azure.cs", "namespace Storage.Providers.Azure; public sealed class BlobClient { }"),
                ("src/Aws.cs", "namespace Storage.Providers.Aws; public sealed class BlobClient { }"),
                ("src/O1.cs", "namespace One; public sealed class CacheOptions { }"),
                ("src/O2.cs", "namespace Two; public sealed class CacheOptions { }"),
                ("src/A/Program.cs", "namespace ServiceA; public static class {|SSOT1003:Program|} { }"),
                ("src/B/Program.cs", "namespace ServiceB; public static class {|SSOT1003:Program|} { }"),
            },
        }.RunAsync(
            Expect.Info("'Program' is declared in 2 namespaces: ServiceA (src/A/Program.cs), ServiceB (src/B/Program.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'Program' is declared in 2 namespaces: ServiceA (src/A/Program.cs), ServiceB (src/B/Program.cs); declare a concept with one canonical type, or rename the one that is a different thing"));
    }

    [Fact]
    public async Task Names_covered_by_a_concept_or_a_legacy_entry_are_left_to_those_rules()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = """
                {
                  "concepts": [{ "name": "Router", "canonical": "Messaging.MessageRouter", "match": ["*Router"] }],
                  "legacy": [{ "namespace": "Old" }, { "path": "src/Retired/**" }]
                }
                """,
            Sources =
            {
                ("src/Messaging.cs", "namespace Messaging; public sealed class MessageRouter { }"),
                ("src/Agents.cs", "namespace Agents; public sealed class MessageRouter { }"),
                ("src/Factory.cs", "namespace Core; public static class SocketFactory { }"),
                ("src/Old.cs", "namespace Old.Sockets; public static class SocketFactory { }"),
                ("src/Cache.cs", "namespace Core; public sealed class Cache { }"),
                ("src/Retired/Cache.cs", "namespace Retired; public sealed class Cache { }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_concept_glob_declares_only_families_of_the_canonical_types_kind()
    {
        // The concept is about the enum InvoiceStatus: the ShippingStatus enums are its business (SSOT1001), the two
        // PaymentStatus classes are not, and stay a same-name family.
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = """{ "concepts": [{ "name": "Status", "canonical": "Billing.InvoiceStatus", "match": ["*Status"] }] }""",
            Sources =
            {
                ("src/Billing/InvoiceStatus.cs", "namespace Billing; public enum InvoiceStatus { Draft, Sent, Paid }"),
                ("src/Shipping/ShippingStatus.cs", "namespace Shipping; public enum ShippingStatus { Pending, Shipped }"),
                ("src/Warehouse/ShippingStatus.cs", "namespace Warehouse; public enum ShippingStatus { Pending, Shipped }"),
                ("src/Billing/PaymentStatus.cs", "namespace Billing; public sealed class {|SSOT1003:PaymentStatus|} { public bool IsPaid { get; init; } public decimal Amount { get; init; } }"),
                ("src/Orders/PaymentStatus.cs", "namespace Orders; public sealed class {|SSOT1003:PaymentStatus|} { public bool IsPaid { get; init; } public decimal Amount { get; init; } }"),
            },
        }.RunAsync(
            Expect.Info("'PaymentStatus' is declared in 2 namespaces: Billing (src/Billing/PaymentStatus.cs), Orders (src/Orders/PaymentStatus.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'PaymentStatus' is declared in 2 namespaces: Billing (src/Billing/PaymentStatus.cs), Orders (src/Orders/PaymentStatus.cs); declare a concept with one canonical type, or rename the one that is a different thing"));
    }

    [Fact]
    public async Task With_the_solution_index_a_family_spanning_projects_is_reported_on_this_projects_member()
    {
        var diagnostics = await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources = { ("src/Backend/RetryPolicy.cs", "namespace Backend; public sealed class {|SSOT1003:RetryPolicy|} { public int MaxAttempts { get; init; } = 5; }") },
            AdditionalTexts =
            {
                SolutionIndexes.Build("{}", new SolutionIndexes.Project[]
                {
                    new("Infrastructure", false, ("src/Infrastructure/RetryPolicy.cs", "namespace Infrastructure; public sealed class RetryPolicy { public int MaxAttempts { get; } = 3; }")),
                    new(AnalyzerTest.AssemblyName, false, ("src/Backend/RetryPolicy.cs", "namespace Backend; public sealed class RetryPolicy { public int MaxAttempts { get; init; } = 5; }")),
                }),
            },
        }.RunAsync(
            Expect.Info("'RetryPolicy' is declared in 2 namespaces: Backend (src/Backend/RetryPolicy.cs), Infrastructure (src/Infrastructure/RetryPolicy.cs); declare a concept with one canonical type, or rename the one that is a different thing"));

        var other = Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan();
        Assert.Equal("/repo/src/Infrastructure/RetryPolicy.cs", other.Path);
        Assert.Equal(0, other.StartLinePosition.Line);
    }

    [Fact]
    public async Task Without_ssot_json_it_runs_in_a_build_with_an_empty_configuration_and_stays_silent_without_a_project_folder()
    {
        var build = new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Sources =
            {
                ("src/A.cs", "namespace A; public sealed class {|SSOT1003:Widget|} { }"),
                ("src/B.cs", "namespace B; public sealed class {|SSOT1003:Widget|} { }"),
            },
        };
        build.GlobalOptions["build_property.projectdir"] = "/repo/";
        await build.RunAsync(
            Expect.Info("'Widget' is declared in 2 namespaces: A (src/A.cs), B (src/B.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'Widget' is declared in 2 namespaces: A (src/A.cs), B (src/B.cs); declare a concept with one canonical type, or rename the one that is a different thing"));

        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Sources =
            {
                ("src/A.cs", "namespace A; public sealed class Widget { }"),
                ("src/B.cs", "namespace B; public sealed class Widget { }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Test_code_is_left_out_unless_the_scope_says_otherwise()
    {
        var sources = new[]
        {
            ("tests/Reading/Foo.cs", "namespace Tests.Reading; public sealed class Foo { }"),
            ("tests/Writing/Foo.cs", "namespace Tests.Writing; public sealed class Foo { }"),
        };
        var production = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}" };
        production.Sources.AddRange(sources);
        production.GlobalOptions["build_property.IsTestProject"] = "true";
        await production.RunAsync();

        var all = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = """{ "discovery": { "scope": "all" } }""" };
        all.Sources.AddRange(sources.Select(s => (s.Item1, s.Item2.Replace("class Foo", "class {|SSOT1003:Foo|}"))));
        all.GlobalOptions["build_property.IsTestProject"] = "true";
        await all.RunAsync(
            Expect.Info("'Foo' is declared in 2 namespaces: Tests.Reading (tests/Reading/Foo.cs), Tests.Writing (tests/Writing/Foo.cs); declare a concept with one canonical type, or rename the one that is a different thing"),
            Expect.Info("'Foo' is declared in 2 namespaces: Tests.Reading (tests/Reading/Foo.cs), Tests.Writing (tests/Writing/Foo.cs); declare a concept with one canonical type, or rename the one that is a different thing"));
    }
}
