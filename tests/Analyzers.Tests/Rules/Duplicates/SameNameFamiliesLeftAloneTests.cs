using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

/// <summary>
/// SSOT1003's defaults (docs/rules/SSOT1003.md, "Left alone by default"): each same-name family real solutions
/// repeat on purpose stays quiet, the same shape without the evidence is still reported, and with
/// <c>"discovery": { "defaults": false }</c> every family is reported again.
/// </summary>
public sealed class SameNameFamiliesLeftAloneTests
{
    private const string DefaultsOff = """{ "discovery": { "defaults": false } }""";

    private static string Message(string name, params string[] places)
        => $"'{name}' is declared in {places.Length} namespaces: {string.Join(", ", places)}; declare a concept with one canonical type, or rename the one that is a different thing";

    // Per-provider copies: sibling namespaces or folders that differ in one segment and share a set of names.
    private static readonly (string Path, string Source)[] PerProviderBackends =
    {
        ("src/Backends/Azure/BackendConfig.cs", "namespace Backup.Backends.Azure; public sealed class BackendConfig { public string? Container { get; set; } }"),
        ("src/Backends/Azure/ErrorResponse.cs", "namespace Backup.Backends.Azure; public sealed record ErrorResponse(string Code, string Message);"),
        ("src/Backends/S3/BackendConfig.cs", "namespace Backup.Backends.S3; public sealed class BackendConfig { public string? Bucket { get; set; } }"),
        ("src/Backends/S3/ErrorResponse.cs", "namespace Backup.Backends.S3; public sealed record ErrorResponse(string Code, string Message, string RequestId);"),
    };

    // Jellyfin's plugins: one namespace says ".Configuration", the other does not; the folders are parallel.
    private static readonly (string Path, string Source)[] PerPluginConfiguration =
    {
        ("src/Plugins/Tmdb/Plugin.cs", "namespace Media.Plugins.Tmdb; public sealed class Plugin { }"),
        ("src/Plugins/Tmdb/Configuration/PluginConfiguration.cs", "namespace Media.Plugins.Tmdb; public sealed class PluginConfiguration { public bool IncludeAdult { get; set; } }"),
        ("src/Plugins/MusicBrainz/Plugin.cs", "namespace Media.Plugins.MusicBrainz; public sealed class Plugin { }"),
        ("src/Plugins/MusicBrainz/Configuration/PluginConfiguration.cs", "namespace Media.Plugins.MusicBrainz.Configuration; public sealed class PluginConfiguration { public string Server { get; set; } = \"\"; }"),
    };

    [Fact]
    public async Task Per_provider_copies_in_sibling_namespaces_or_folders_sharing_names_are_one_family()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}" };
        test.Sources.AddRange(PerProviderBackends);
        test.Sources.AddRange(PerPluginConfiguration);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_single_name_shared_by_sibling_namespaces_is_a_copy_and_the_defaults_off_report_the_providers()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Backends/Azure/RetryPolicy.cs", "namespace Backup.Backends.Azure; public sealed class {|SSOT1003:RetryPolicy|} { public int MaxAttempts { get; } = 3; }"),
                ("src/Backends/Azure/AzureBackend.cs", "namespace Backup.Backends.Azure; public sealed class AzureBackend { }"),
                ("src/Backends/S3/RetryPolicy.cs", "namespace Backup.Backends.S3; public sealed class {|SSOT1003:RetryPolicy|} { public int MaxAttempts { get; } = 3; }"),
                ("src/Backends/S3/S3Backend.cs", "namespace Backup.Backends.S3; public sealed class S3Backend { }"),
            },
        }.RunAsync(
            Expect.Info(Message("RetryPolicy", "Backup.Backends.Azure (src/Backends/Azure/RetryPolicy.cs)", "Backup.Backends.S3 (src/Backends/S3/RetryPolicy.cs)")),
            Expect.Info(Message("RetryPolicy", "Backup.Backends.Azure (src/Backends/Azure/RetryPolicy.cs)", "Backup.Backends.S3 (src/Backends/S3/RetryPolicy.cs)")));

        var off = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = DefaultsOff };
        off.Sources.AddRange(PerProviderBackends.Select(s => (s.Path, Mark(s.Source, "BackendConfig", "ErrorResponse"))));
        await off.RunAsync(
            Expect.Info(Message("BackendConfig", "Backup.Backends.Azure (src/Backends/Azure/BackendConfig.cs)", "Backup.Backends.S3 (src/Backends/S3/BackendConfig.cs)")),
            Expect.Info(Message("ErrorResponse", "Backup.Backends.Azure (src/Backends/Azure/ErrorResponse.cs)", "Backup.Backends.S3 (src/Backends/S3/ErrorResponse.cs)")),
            Expect.Info(Message("BackendConfig", "Backup.Backends.Azure (src/Backends/Azure/BackendConfig.cs)", "Backup.Backends.S3 (src/Backends/S3/BackendConfig.cs)")),
            Expect.Info(Message("ErrorResponse", "Backup.Backends.Azure (src/Backends/Azure/ErrorResponse.cs)", "Backup.Backends.S3 (src/Backends/S3/ErrorResponse.cs)")));
    }

    [Fact]
    public async Task Plugin_configurations_are_reported_with_the_defaults_off()
    {
        var off = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = """{ "discovery": { "defaults": false, "ignoreNames": ["Plugin"] } }""" };
        off.Sources.AddRange(PerPluginConfiguration.Select(s => (s.Path, Mark(s.Source, "PluginConfiguration"))));
        await off.RunAsync(
            Expect.Info(Message("PluginConfiguration", "Media.Plugins.MusicBrainz.Configuration (src/Plugins/MusicBrainz/Configuration/PluginConfiguration.cs)", "Media.Plugins.Tmdb (src/Plugins/Tmdb/Configuration/PluginConfiguration.cs)")),
            Expect.Info(Message("PluginConfiguration", "Media.Plugins.MusicBrainz.Configuration (src/Plugins/MusicBrainz/Configuration/PluginConfiguration.cs)", "Media.Plugins.Tmdb (src/Plugins/Tmdb/Configuration/PluginConfiguration.cs)")));
    }

    // Per-service copies: projects that do not reference each other (ssot-check's index knows the references).
    private static readonly (string Path, string Source)[] BasketModels =
    {
        ("src/Basket.API/Model/BasketItem.cs", "namespace Basket.API.Model; public sealed class BasketItem { public int ProductId { get; set; } }"),
        ("src/Basket.API/Model/CustomerBasket.cs", "namespace Basket.API.Model; public sealed class CustomerBasket { public string BuyerId { get; set; } = \"\"; }"),
    };

    private static SolutionIndexText ClientAppIndex(params (string, string)[] references)
        => IndexWith(
            BasketModels,
            references,
            ("ClientApp", new[]
            {
                ("src/ClientApp/Models/Basket/BasketItem.cs", "namespace Shop.ClientApp.Models.Basket; public sealed class BasketItem { public int ProductId { get; set; } }"),
                ("src/ClientApp/Models/Basket/CustomerBasket.cs", "namespace Shop.ClientApp.Models.Basket; public sealed class CustomerBasket { public string BuyerId { get; set; } = \"\"; }"),
            }));

    /// <summary>ssot-check's index over this project's <paramref name="own"/> sources and other projects, with the project references it collected.</summary>
    private static SolutionIndexText IndexWith((string Path, string Source)[] own, (string, string)[] references, params (string Assembly, (string Path, string Source)[] Sources)[] others)
    {
        var config = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From("{}")));
        var context = SsotCompilationContext.Create(config, isTestProject: false);
        var types = new List<DeclaredType>(DeclaredTypes.All(AnalyzerTest.CompileProject(AnalyzerTest.AssemblyName, own), context, _ => true, CancellationToken.None));
        foreach (var (assembly, sources) in others)
        {
            types.AddRange(DeclaredTypes.All(AnalyzerTest.CompileProject(assembly, sources), context, _ => true, CancellationToken.None));
        }

        return new SolutionIndexText(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex(types, Array.Empty<string>(), projectReferences: references));
    }

    // eShop's HybridApp copied WebAppComponents' CatalogService although it references WebAppComponents.
    private static readonly (string Path, string Source)[] WebAppComponents =
    {
        ("src/WebAppComponents/Services/CatalogService.cs", "namespace Shop.WebAppComponents.Services; public sealed class CatalogService { public string BaseUrl => \"api/catalog\"; }"),
        ("src/WebAppComponents/Services/ProductImageUrlProvider.cs", "namespace Shop.WebAppComponents.Services; public sealed class ProductImageUrlProvider { public string GetProductImageUrl(int productId) => $\"product-images/{productId}\"; }"),
    };

    private static readonly (string Assembly, (string Path, string Source)[] Sources) HybridApp = ("HybridApp", new[]
    {
        ("src/HybridApp/Services/CatalogService.cs", "namespace Shop.HybridApp.Services; public sealed class CatalogService { public string BaseUrl => \"api/catalog\"; }"),
        ("src/HybridApp/Services/ProductImageUrlProvider.cs", "namespace Shop.HybridApp.Services; public sealed class ProductImageUrlProvider { public string GetProductImageUrl(int productId) => $\"product-images/{productId}\"; }"),
    });

    private static readonly (string Assembly, (string Path, string Source)[] Sources) ClientApp = ("ClientApp", new[]
    {
        ("src/ClientApp/Services/Catalog/CatalogService.cs", "namespace Shop.ClientApp.Services.Catalog; public sealed class CatalogService { }"),
        ("src/ClientApp/Services/Catalog/ProductImageUrlProvider.cs", "namespace Shop.ClientApp.Services.Catalog; public sealed class ProductImageUrlProvider { }"),
    });

    [Fact]
    public async Task Sibling_namespaces_in_projects_that_do_not_see_each_other_are_per_service_copies()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}", AdditionalTexts = { IndexWith(WebAppComponents, Array.Empty<(string, string)>(), HybridApp, ClientApp) } };
        test.Sources.AddRange(WebAppComponents);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_copy_in_a_project_that_references_the_original_is_reported_even_beside_a_per_service_copy()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}", AdditionalTexts = { IndexWith(WebAppComponents, new[] { ("HybridApp", AnalyzerTest.AssemblyName) }, HybridApp, ClientApp) } };
        test.Sources.AddRange(WebAppComponents.Select(s => (s.Path, Mark(s.Source, "CatalogService", "ProductImageUrlProvider"))));
        await test.RunAsync(
            Expect.Info(Message("CatalogService", "Shop.ClientApp.Services.Catalog (src/ClientApp/Services/Catalog/CatalogService.cs)", "Shop.HybridApp.Services (src/HybridApp/Services/CatalogService.cs)", "Shop.WebAppComponents.Services (src/WebAppComponents/Services/CatalogService.cs)")),
            Expect.Info(Message("ProductImageUrlProvider", "Shop.ClientApp.Services.Catalog (src/ClientApp/Services/Catalog/ProductImageUrlProvider.cs)", "Shop.HybridApp.Services (src/HybridApp/Services/ProductImageUrlProvider.cs)", "Shop.WebAppComponents.Services (src/WebAppComponents/Services/ProductImageUrlProvider.cs)")));
    }

    [Fact]
    public async Task An_abstract_base_class_copied_per_provider_is_reported_while_the_providers_entries_are_not()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/GoogleWorkspace/SourceItems/MetaEntryBase.cs", "namespace Backup.Proprietary.GoogleWorkspace.SourceItems; public abstract class {|SSOT1003:MetaEntryBase|}(string path) { public string Path { get; } = path; }"),
                ("src/GoogleWorkspace/SourceItems/CalendarSourceEntry.cs", "namespace Backup.Proprietary.GoogleWorkspace.SourceItems; public sealed class CalendarSourceEntry(string calendarId) : MetaEntryBase(\"calendars/\" + calendarId) { }"),
                ("src/Office365/SourceItems/MetaEntryBase.cs", "namespace Backup.Proprietary.Office365.SourceItems; public abstract class {|SSOT1003:MetaEntryBase|}(string path) { public string Path { get; } = path; }"),
                ("src/Office365/SourceItems/CalendarSourceEntry.cs", "namespace Backup.Proprietary.Office365.SourceItems; public sealed class CalendarSourceEntry(string userId, string calendarId) : MetaEntryBase(userId + \"/calendars/\" + calendarId) { }"),
            },
        }.RunAsync(
            Expect.Info(Message("MetaEntryBase", "Backup.Proprietary.GoogleWorkspace.SourceItems (src/GoogleWorkspace/SourceItems/MetaEntryBase.cs)", "Backup.Proprietary.Office365.SourceItems (src/Office365/SourceItems/MetaEntryBase.cs)")),
            Expect.Info(Message("MetaEntryBase", "Backup.Proprietary.GoogleWorkspace.SourceItems (src/GoogleWorkspace/SourceItems/MetaEntryBase.cs)", "Backup.Proprietary.Office365.SourceItems (src/Office365/SourceItems/MetaEntryBase.cs)")));
    }

    [Fact]
    public async Task Copies_in_a_project_that_does_not_reference_this_one_are_per_service_copies()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}", AdditionalTexts = { ClientAppIndex() } };
        test.Sources.AddRange(BasketModels);
        await test.RunAsync();
    }

    [Fact]
    public async Task Copies_in_a_project_that_references_this_one_are_reported()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}", AdditionalTexts = { ClientAppIndex(("ClientApp", AnalyzerTest.AssemblyName)) } };
        test.Sources.AddRange(BasketModels.Select(s => (s.Path, Mark(s.Source, "BasketItem", "CustomerBasket"))));
        await test.RunAsync(
            Expect.Info(Message("BasketItem", "Basket.API.Model (src/Basket.API/Model/BasketItem.cs)", "Shop.ClientApp.Models.Basket (src/ClientApp/Models/Basket/BasketItem.cs)")),
            Expect.Info(Message("CustomerBasket", "Basket.API.Model (src/Basket.API/Model/CustomerBasket.cs)", "Shop.ClientApp.Models.Basket (src/ClientApp/Models/Basket/CustomerBasket.cs)")));
    }

    // Migrations: EF Core (base class, [DbContext], [Migration]) and FluentMigrator, with the packages' types as they are named.
    private const string EfCore = """
        namespace Microsoft.EntityFrameworkCore.Migrations { public abstract class Migration { } public sealed class MigrationAttribute(string id) : System.Attribute { public string Id { get; } = id; } }
        namespace Microsoft.EntityFrameworkCore.Infrastructure { public abstract class ModelSnapshot { } public sealed class DbContextAttribute(System.Type contextType) : System.Attribute { public System.Type ContextType { get; } = contextType; } }
        namespace FluentMigrator { public abstract class Migration { } public sealed class MigrationAttribute(long version) : System.Attribute { public long Version { get; } = version; } }
        """;

    private const string EfCoreMigration = "namespace Microsoft.EntityFrameworkCore.Migrations { public abstract class Migration { } }";

    [Fact]
    public async Task Migrations_by_base_class_attribute_or_namespace_are_never_compared()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Stubs.cs", EfCore),
                ("src/Catalog/Migrations/20231009153249_Initial.cs", "namespace Shop.Catalog.Migrations; [Microsoft.EntityFrameworkCore.Migrations.Migration(\"20231009153249_Initial\")] public partial class Initial : Microsoft.EntityFrameworkCore.Migrations.Migration { }"),
                ("src/Ordering/Schema/20230925222426_Initial.cs", "namespace Shop.Ordering.Schema; public partial class Initial : Microsoft.EntityFrameworkCore.Migrations.Migration { }"),
                ("src/Catalog/Schema/CatalogContextModelSnapshot.cs", "namespace Shop.Catalog.Schema; [Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(object))] public partial class ContextModelSnapshot : Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot { }"),
                ("src/Ordering/Store/OrderingContextModelSnapshot.cs", "namespace Shop.Ordering.Store; [Microsoft.EntityFrameworkCore.Infrastructure.DbContext(typeof(object))] public partial class ContextModelSnapshot { }"),
                ("src/Billing/Versions/AddInvoices.cs", "namespace Shop.Billing.Versions; [FluentMigrator.Migration(202401011200)] public sealed class AddInvoices : FluentMigrator.Migration { }"),
                ("src/Reports/Setup/AddInvoices.cs", "namespace Shop.Reports.Setup; [FluentMigrator.Migration(202402011200)] public sealed class AddInvoices { }"),
                ("src/Webhooks/Migrations/Seed.cs", "namespace Shop.Webhooks.Migrations; public static class Seed { }"),
                ("src/Identity/Seed.cs", "namespace Shop.Identity.Data.Migrations; public static class Seed { }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_same_name_class_that_is_no_migration_is_still_reported_and_migrations_are_with_the_defaults_off()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Stubs.cs", EfCore),
                ("src/Catalog/Schema/Initial.cs", "namespace Shop.Catalog.Schema; public partial class Initial : Microsoft.EntityFrameworkCore.Migrations.Migration { }"),
                ("src/Catalog/Schema/SchemaVersion.cs", "namespace Shop.Catalog.Schema; public static class {|SSOT1003:SchemaVersion|} { public const int Current = 7; }"),
                ("src/Ordering/Storage/SchemaVersion.cs", "namespace Shop.Ordering.Storage; public static class {|SSOT1003:SchemaVersion|} { public const int Current = 7; }"),
            },
        }.RunAsync(
            Expect.Info(Message("SchemaVersion", "Shop.Catalog.Schema (src/Catalog/Schema/SchemaVersion.cs)", "Shop.Ordering.Storage (src/Ordering/Storage/SchemaVersion.cs)")),
            Expect.Info(Message("SchemaVersion", "Shop.Catalog.Schema (src/Catalog/Schema/SchemaVersion.cs)", "Shop.Ordering.Storage (src/Ordering/Storage/SchemaVersion.cs)")));

        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = DefaultsOff,
            Sources =
            {
                ("src/Stubs.cs", EfCoreMigration),
                ("src/Catalog/Migrations/Initial.cs", "namespace Shop.Catalog.Migrations; public partial class {|SSOT1003:Initial|} : Microsoft.EntityFrameworkCore.Migrations.Migration { }"),
                ("src/Ordering/Migrations/Initial.cs", "namespace Shop.Ordering.Data.Migrations; public partial class {|SSOT1003:Initial|} : Microsoft.EntityFrameworkCore.Migrations.Migration { }"),
            },
        }.RunAsync(
            Expect.Info(Message("Initial", "Shop.Catalog.Migrations (src/Catalog/Migrations/Initial.cs)", "Shop.Ordering.Data.Migrations (src/Ordering/Migrations/Initial.cs)")),
            Expect.Info(Message("Initial", "Shop.Catalog.Migrations (src/Catalog/Migrations/Initial.cs)", "Shop.Ordering.Data.Migrations (src/Ordering/Migrations/Initial.cs)")));
    }

    [Fact]
    public async Task A_migration_whose_package_did_not_restore_is_still_recognised_by_its_base_and_attribute_names()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            AllowCompilerErrors = true,
            Sources =
            {
                ("src/Catalog/Schema/Outbox.cs", "using Microsoft.EntityFrameworkCore.Migrations; namespace Shop.Catalog.Schema; public partial class Outbox : Migration { }"),
                ("src/Ordering/Store/Outbox.cs", "using FluentMigrator; namespace Shop.Ordering.Store; [Migration(20231026091055)] public sealed class Outbox { }"),
            },
        }.RunAsync();
    }

    // Specialisation by subclass.
    [Fact]
    public async Task A_same_name_subclass_directly_or_through_another_class_is_a_specialisation()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Entities/User.cs", "namespace Shop.Core.Entities; public class User { public string Id { get; set; } = \"\"; }"),
                ("src/Web/Models/User.cs", "namespace Shop.Web.Models; public class User : Shop.Core.Entities.User { public string DisplayName { get; set; } = \"\"; }"),
                ("src/Admin/Models/AdminUserBase.cs", "namespace Shop.Admin.Models; public abstract class AdminUserBase : Shop.Web.Models.User { }"),
                ("src/Admin/Models/User.cs", "namespace Shop.Admin.Views; public sealed class User : Shop.Admin.Models.AdminUserBase { public bool CanImpersonate { get; set; } }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_same_name_class_beside_a_specialisation_that_derives_from_neither_is_reported()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Core/Entities/User.cs", "namespace Shop.Core.Entities; public class {|SSOT1003:User|} { public string Id { get; set; } = \"\"; }"),
                ("src/Reporting/User.cs", "namespace Shop.Reporting.Rows; public sealed class {|SSOT1003:User|} { public string Id { get; set; } = \"\"; }"),
                ("src/Web/Models/User.cs", "namespace Shop.Web.Models; public class {|SSOT1003:User|} : Shop.Core.Entities.User { }"),
            },
        }.RunAsync(
            Expect.Info(Message("User", "Shop.Core.Entities (src/Core/Entities/User.cs)", "Shop.Reporting.Rows (src/Reporting/User.cs)", "Shop.Web.Models (src/Web/Models/User.cs)")),
            Expect.Info(Message("User", "Shop.Core.Entities (src/Core/Entities/User.cs)", "Shop.Reporting.Rows (src/Reporting/User.cs)", "Shop.Web.Models (src/Web/Models/User.cs)")),
            Expect.Info(Message("User", "Shop.Core.Entities (src/Core/Entities/User.cs)", "Shop.Reporting.Rows (src/Reporting/User.cs)", "Shop.Web.Models (src/Web/Models/User.cs)")));
    }

    // Strategy implementations.
    private const string UserRepositoryInterface = "namespace Shop.Data; public interface IUserRepository { string? Find(int id); }";

    [Fact]
    public async Task Implementations_of_one_interface_in_sibling_namespaces_are_alternatives()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Data/IUserRepository.cs", UserRepositoryInterface),
                ("src/Data/Dapper/UserRepository.cs", "namespace Shop.Data.Dapper; public sealed class UserRepository : Shop.Data.IUserRepository { public string? Find(int id) => null; }"),
                ("src/Data/EntityFramework/UserRepository.cs", "namespace Shop.Data.EntityFramework; public sealed class UserRepository : System.IDisposable, Shop.Data.IUserRepository { public string? Find(int id) => null; public void Dispose() { } }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Same_name_implementations_sharing_only_a_system_interface_or_not_in_sibling_namespaces_are_reported()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Data/IUserRepository.cs", UserRepositoryInterface),
                ("src/Data/Dapper/UserCache.cs", "namespace Shop.Data.Dapper; public sealed class {|SSOT1003:UserCache|} : System.IDisposable { public void Dispose() { } }"),
                ("src/Data/EntityFramework/UserCache.cs", "namespace Shop.Data.EntityFramework; public sealed class {|SSOT1003:UserCache|} : System.IDisposable { public void Dispose() { } }"),
                ("src/Data/Dapper/UserRepository.cs", "namespace Shop.Data.Dapper; public sealed class {|SSOT1003:UserRepository|} : Shop.Data.IUserRepository { public string? Find(int id) => null; }"),
                ("src/Legacy/UserRepository.cs", "namespace Shop.Legacy.Persistence; public sealed class {|SSOT1003:UserRepository|} : Shop.Data.IUserRepository { public string? Find(int id) => null; }"),
            },
        }.RunAsync(
            Expect.Info(Message("UserCache", "Shop.Data.Dapper (src/Data/Dapper/UserCache.cs)", "Shop.Data.EntityFramework (src/Data/EntityFramework/UserCache.cs)")),
            Expect.Info(Message("UserRepository", "Shop.Data.Dapper (src/Data/Dapper/UserRepository.cs)", "Shop.Legacy.Persistence (src/Legacy/UserRepository.cs)")),
            Expect.Info(Message("UserCache", "Shop.Data.Dapper (src/Data/Dapper/UserCache.cs)", "Shop.Data.EntityFramework (src/Data/EntityFramework/UserCache.cs)")),
            Expect.Info(Message("UserRepository", "Shop.Data.Dapper (src/Data/Dapper/UserRepository.cs)", "Shop.Legacy.Persistence (src/Legacy/UserRepository.cs)")));
    }

    [Fact]
    public async Task Subclasses_of_one_base_class_in_sibling_folders_are_alternatives_unless_the_base_is_a_system_type()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Plugins/BasePluginConfiguration.cs", "namespace Media.Plugins; public abstract class BasePluginConfiguration { }"),
                ("src/Plugins/Tmdb/Configuration/PluginConfiguration.cs", "namespace Media.Plugins.Tmdb; public sealed class PluginConfiguration : Media.Plugins.BasePluginConfiguration { public bool IncludeAdult { get; set; } }"),
                ("src/Plugins/ListenBrainz/Configuration/PluginConfiguration.cs", "namespace Media.Plugins.ListenBrainz.Configuration; public sealed class PluginConfiguration : Media.Plugins.BasePluginConfiguration { public string Token { get; set; } = \"\"; }"),
                ("src/Clients/Tmdb/ApiException.cs", "namespace Media.Clients.Tmdb; public sealed class {|SSOT1003:ApiException|}(string message) : System.Exception(message) { }"),
                ("src/Clients/Omdb/ApiException.cs", "namespace Media.Clients.Omdb; public sealed class {|SSOT1003:ApiException|}(string message) : System.Exception(message) { }"),
            },
        }.RunAsync(
            Expect.Info(Message("ApiException", "Media.Clients.Omdb (src/Clients/Omdb/ApiException.cs)", "Media.Clients.Tmdb (src/Clients/Tmdb/ApiException.cs)")),
            Expect.Info(Message("ApiException", "Media.Clients.Omdb (src/Clients/Omdb/ApiException.cs)", "Media.Clients.Tmdb (src/Clients/Tmdb/ApiException.cs)")));
    }

    // Localization namespaces and app-model template classes.
    private static readonly (string Path, string Source)[] LocalizationAndAppModel =
    {
        ("src/Backends/Azure/AzureBlobBackend.cs", "namespace Backup.Backends.Azure { public sealed class AzureBlobBackend { public string Description => Strings.AzureBlobBackend.Description; } }"),
        ("src/Backends/Azure/Strings.cs", "namespace Backup.Backends.Azure.Strings { internal static class AzureBlobBackend { public static string Description => \"Azure blob storage\"; } }"),
        ("src/Backends/Azure/Resources.cs", "namespace Backup.Backends.Azure.Resources { internal static class AzureBlobBackend { public static string Icon => \"azure.svg\"; } }"),
        ("src/Backends/Azure/Properties/Settings.cs", "namespace Backup.Backends.Azure.Properties { internal static class AzureBlobBackend { public static string Region => \"westeurope\"; } }"),
        ("src/ClientApp/App.xaml.cs", "namespace Shop.ClientApp { public partial class App { } public static class MauiProgram { } }"),
        ("src/ClientApp/Platforms/Android/MainActivity.cs", "namespace Shop.ClientApp { public class MainActivity { } public class MainApplication { } }"),
        ("src/ClientApp/Platforms/iOS/AppDelegate.cs", "namespace Shop.ClientApp { public class AppDelegate { } public class SceneDelegate { } }"),
        ("src/HybridApp/App.xaml.cs", "namespace Shop.Hybrid { public partial class App { } public static class MauiProgram { } }"),
        ("src/HybridApp/Platforms/Android/MainActivity.cs", "namespace Shop.Hybrid { public class MainActivity { } public class MainApplication { } }"),
        ("src/HybridApp/Platforms/iOS/AppDelegate.cs", "namespace Shop.Hybrid { public class AppDelegate { } public class SceneDelegate { } }"),
    };

    [Fact]
    public async Task Localization_classes_and_app_model_template_classes_are_left_alone()
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = "{}" };
        test.Sources.AddRange(LocalizationAndAppModel);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_strings_segment_inside_a_namespace_is_no_localization_and_the_defaults_off_report_both_patterns()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Text/Tokenizer.cs", "namespace Backup.Strings.Parsing; public sealed class {|SSOT1003:Tokenizer|} { }"),
                ("src/Filters/Tokenizer.cs", "namespace Backup.Filters; public sealed class {|SSOT1003:Tokenizer|} { }"),
            },
        }.RunAsync(
            Expect.Info(Message("Tokenizer", "Backup.Filters (src/Filters/Tokenizer.cs)", "Backup.Strings.Parsing (src/Text/Tokenizer.cs)")),
            Expect.Info(Message("Tokenizer", "Backup.Filters (src/Filters/Tokenizer.cs)", "Backup.Strings.Parsing (src/Text/Tokenizer.cs)")));

        var off = new AnalyzerTest(new SameNameTypesAnalyzer()) { Config = DefaultsOff };
        off.Sources.AddRange(LocalizationAndAppModel.Take(4).Select(s => (s.Path, Mark(s.Source, "AzureBlobBackend"))));
        off.Sources.AddRange(LocalizationAndAppModel.Skip(4).Where(s => s.Path.EndsWith("App.xaml.cs", StringComparison.Ordinal)).Select(s => (s.Path, Mark(s.Source, "App", "MauiProgram"))));
        const string Azure = "Backup.Backends.Azure (src/Backends/Azure/AzureBlobBackend.cs), Backup.Backends.Azure.Properties (src/Backends/Azure/Properties/Settings.cs), Backup.Backends.Azure.Resources (src/Backends/Azure/Resources.cs) and 1 more";
        string azure = $"'AzureBlobBackend' is declared in 4 namespaces: {Azure}; declare a concept with one canonical type, or rename the one that is a different thing";
        await off.RunAsync(
            Expect.Info(azure),
            Expect.Info(azure),
            Expect.Info(azure),
            Expect.Info(azure),
            Expect.Info(Message("App", "Shop.ClientApp (src/ClientApp/App.xaml.cs)", "Shop.Hybrid (src/HybridApp/App.xaml.cs)")),
            Expect.Info(Message("MauiProgram", "Shop.ClientApp (src/ClientApp/App.xaml.cs)", "Shop.Hybrid (src/HybridApp/App.xaml.cs)")),
            Expect.Info(Message("App", "Shop.ClientApp (src/ClientApp/App.xaml.cs)", "Shop.Hybrid (src/HybridApp/App.xaml.cs)")),
            Expect.Info(Message("MauiProgram", "Shop.ClientApp (src/ClientApp/App.xaml.cs)", "Shop.Hybrid (src/HybridApp/App.xaml.cs)")));
    }

    /// <summary>Puts the SSOT1003 marker on the declared name of each of <paramref name="names"/> (the first "class X"/"record X").</summary>
    private static string Mark(string source, params string[] names)
    {
        foreach (string name in names)
        {
            foreach (string keyword in new[] { "class ", "record " })
            {
                string declaration = keyword + name;
                int at = source.IndexOf(declaration + " ", StringComparison.Ordinal);
                at = at >= 0 ? at : source.IndexOf(declaration + "(", StringComparison.Ordinal);
                if (at >= 0)
                {
                    source = source.Substring(0, at) + keyword + "{|SSOT1003:" + name + "|}" + source.Substring(at + declaration.Length);
                    break;
                }
            }
        }

        return source;
    }
}
