using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>
/// SSOT1003's grouping over several projects (what ssot-check's solution index feeds it): per-service copies of a
/// message contract in sibling projects are one family; a single shared name between them is still a family each.
/// </summary>
public sealed class SameNameGroupsTests
{
    private static readonly (string Assembly, (string Path, string Source)[] Sources)[] Microservices =
    {
        ("Catalog.API", new[]
        {
            ("src/Catalog.API/IntegrationEvents/Events/OrderStockConfirmedIntegrationEvent.cs", "namespace Shop.Catalog.API.IntegrationEvents.Events; public sealed record OrderStockConfirmedIntegrationEvent(int OrderId);"),
            ("src/Catalog.API/IntegrationEvents/Events/OrderStockRejectedIntegrationEvent.cs", "namespace Shop.Catalog.API.IntegrationEvents.Events; public sealed record OrderStockRejectedIntegrationEvent(int OrderId);"),
            ("src/Catalog.API/Model/CatalogItem.cs", "namespace Shop.Catalog.API.Model; public sealed class CatalogItem { public int Id { get; set; } }"),
        }),
        ("Ordering.API", new[]
        {
            ("src/Ordering.API/Application/IntegrationEvents/Events/OrderStockConfirmedIntegrationEvent.cs", "namespace Shop.Ordering.API.Application.IntegrationEvents.Events; public sealed record OrderStockConfirmedIntegrationEvent(int OrderId);"),
            ("src/Ordering.API/Application/IntegrationEvents/Events/OrderStockRejectedIntegrationEvent.cs", "namespace Shop.Ordering.API.Application.IntegrationEvents.Events; public sealed record OrderStockRejectedIntegrationEvent(int OrderId);"),
            ("src/Ordering.API/Application/Models/CatalogItem.cs", "namespace Shop.Ordering.API.Application.Models; public sealed class CatalogItem { public int Id { get; set; } }"),
            ("src/Ordering.API/Application/Models/BasketItem.cs", "namespace Shop.Ordering.API.Application.Models; public sealed class BasketItem { public int ProductId { get; set; } }"),
        }),
        ("Basket.API", new[]
        {
            ("src/Basket.API/Model/BasketItem.cs", "namespace Shop.Basket.API.Models; public sealed class BasketItem { public int ProductId { get; set; } }"),
        }),
    };

    [Fact]
    public void Per_service_copies_of_message_contracts_in_sibling_projects_are_one_family()
    {
        Assert.Equal(
            new[]
            {
                "BasketItem: Shop.Basket.API.Models.BasketItem, Shop.Ordering.API.Application.Models.BasketItem",
                "CatalogItem: Shop.Catalog.API.Model.CatalogItem, Shop.Ordering.API.Application.Models.CatalogItem",
            },
            Groups("{}"));
    }

    [Fact]
    public void With_the_defaults_off_the_per_service_copies_are_reported()
    {
        Assert.Equal(
            new[]
            {
                "BasketItem: Shop.Basket.API.Models.BasketItem, Shop.Ordering.API.Application.Models.BasketItem",
                "CatalogItem: Shop.Catalog.API.Model.CatalogItem, Shop.Ordering.API.Application.Models.CatalogItem",
                "OrderStockConfirmedIntegrationEvent: Shop.Catalog.API.IntegrationEvents.Events.OrderStockConfirmedIntegrationEvent, Shop.Ordering.API.Application.IntegrationEvents.Events.OrderStockConfirmedIntegrationEvent",
                "OrderStockRejectedIntegrationEvent: Shop.Catalog.API.IntegrationEvents.Events.OrderStockRejectedIntegrationEvent, Shop.Ordering.API.Application.IntegrationEvents.Events.OrderStockRejectedIntegrationEvent",
            },
            Groups("""{ "discovery": { "defaults": false } }"""));
    }

    private static readonly (string Assembly, (string Path, string Source)[] Sources)[] UnrelatedServices =
    {
        ("Webhooks.API", new[]
        {
            ("src/Webhooks.API/IntegrationEvents/OrderStatusChangedToPaidIntegrationEvent.cs", "namespace Webhooks.API.IntegrationEvents; public sealed record OrderStatusChangedToPaidIntegrationEvent(int OrderId);"),
            ("src/Webhooks.API/IntegrationEvents/OrderStatusChangedToShippedIntegrationEvent.cs", "namespace Webhooks.API.IntegrationEvents; public sealed record OrderStatusChangedToShippedIntegrationEvent(int OrderId);"),
        }),
        ("WebApp", new[]
        {
            ("src/WebApp/Services/OrderStatus/IntegrationEvents/OrderStatusChangedToPaidIntegrationEvent.cs", "namespace Shop.WebApp.Services.OrderStatus.IntegrationEvents; public sealed record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string BuyerName);"),
            ("src/WebApp/Services/OrderStatus/IntegrationEvents/OrderStatusChangedToShippedIntegrationEvent.cs", "namespace Shop.WebApp.Services.OrderStatus.IntegrationEvents; public sealed record OrderStatusChangedToShippedIntegrationEvent(int OrderId, string BuyerName);"),
        }),
    };

    [Fact]
    public void Copies_shared_by_projects_that_do_not_reference_each_other_are_per_service_copies()
    {
        Assert.Empty(Groups("{}", UnrelatedServices, Array.Empty<(string, string)>()));
    }

    [Fact]
    public void Copies_in_projects_that_reference_each_other_or_with_unknown_references_are_reported()
    {
        string[] expected =
        {
            "OrderStatusChangedToPaidIntegrationEvent: Shop.WebApp.Services.OrderStatus.IntegrationEvents.OrderStatusChangedToPaidIntegrationEvent, Webhooks.API.IntegrationEvents.OrderStatusChangedToPaidIntegrationEvent",
            "OrderStatusChangedToShippedIntegrationEvent: Shop.WebApp.Services.OrderStatus.IntegrationEvents.OrderStatusChangedToShippedIntegrationEvent, Webhooks.API.IntegrationEvents.OrderStatusChangedToShippedIntegrationEvent",
        };

        Assert.Equal(expected, Groups("{}", UnrelatedServices, new[] { ("WebApp", "Shop.Common"), ("Shop.Common", "Webhooks.API") }));
        Assert.Equal(expected, Groups("{}", UnrelatedServices, references: null));
    }

    [Fact]
    public void The_index_keeps_the_base_chain_and_the_migration_flag_of_another_projects_type()
    {
        var config = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From("{}")));
        var compilation = AnalyzerTest.CompileProject(
            "Ordering.Infrastructure",
            ("src/Stubs.cs", "namespace Microsoft.EntityFrameworkCore.Migrations { public abstract class Migration { } }"),
            ("src/Migrations/Outbox.cs", "namespace Ordering.Infrastructure.Schema; public abstract class MigrationBase : Microsoft.EntityFrameworkCore.Migrations.Migration { } public sealed class Outbox : MigrationBase { }"));
        var types = DeclaredTypes.All(compilation, SsotCompilationContext.Create(config, isTestProject: false), _ => true, CancellationToken.None);

        var outbox = new SolutionIndex(types, Array.Empty<string>()).Types.Single(t => t.Name == "Outbox");

        Assert.Equal(new[] { "Ordering.Infrastructure.Schema.MigrationBase", "Microsoft.EntityFrameworkCore.Migrations.Migration" }, outbox.BaseChain.ToArray());
        Assert.True(outbox.Is(DeclaredTypeFlags.Migration));
    }

    private static string[] Groups(string configText)
        => Groups(configText, Microservices, references: null);

    /// <param name="references">Which project references which (as ssot-check collects them), or null: not collected.</param>
    private static string[] Groups(string configText, (string Assembly, (string Path, string Source)[] Sources)[] projects, (string, string)[]? references)
    {
        var config = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From(configText)));
        var context = SsotCompilationContext.Create(config, isTestProject: false);
        var types = new List<DeclaredType>();
        foreach (var (assembly, sources) in projects)
        {
            types.AddRange(DeclaredTypes.All(AnalyzerTest.CompileProject(assembly, sources), context, _ => true, CancellationToken.None));
        }

        var index = new SolutionIndex(types, Array.Empty<string>(), projectReferences: references);
        return SameNameGroups.Find(index.Types, config, index)
            .Select(g => g[0].Name + ": " + string.Join(", ", g.Select(t => t.MetadataName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
