using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>
/// SSOT1003's evidence of copying over several projects, as ssot-check weighs it with the project references
/// (docs/rules/SSOT1003.md, "Evidence of copying"): the last false families of Duplicati (a parallel model counted
/// against projects it does not parallel, empty marker types, sibling plug-ins' API models, a helper excerpt, plug-ins
/// answering one interface with one-line members), each beside the true copy of the same shape that stays reported.
/// </summary>
public sealed class CopyEvidenceTests
{
    private static readonly (string Assembly, (string Path, string Source)[] Sources)[] ServerModels =
    {
        ("Backup.Server.Serialization", new[]
        {
            ("src/Serialization/Implementations/Filter.cs", "namespace Backup.Server.Serialization.Implementations; public class Filter { public long Order { get; set; } public bool Include { get; set; } public string Expression { get; set; } = \"\"; }"),
            ("src/Serialization/Implementations/Notification.cs", "namespace Backup.Server.Serialization.Implementations; public class Notification { public long ID { get; set; } public string Title { get; set; } = \"\"; public string Message { get; set; } = \"\"; }"),
            ("src/Serialization/Implementations/TargetUrlEntry.cs", "namespace Backup.Server.Serialization.Implementations; public class TargetUrlEntry { public string Url { get; set; } = \"\"; public string Level { get; set; } = \"\"; }"),
        }),
        ("Backup.RestAPI", new[]
        {
            ("src/RestAPI/Database/Filter.cs", "namespace Backup.Server.Database; public class Filter { public long Order { get; set; } public bool Include { get; set; } public string Expression { get; set; } = \"\"; }"),
            ("src/RestAPI/Database/Notification.cs", "namespace Backup.Server.Database; public class Notification { public long ID { get; set; } public string Title { get; set; } = \"\"; public string Message { get; set; } = \"\"; public string Action { get; set; } = \"\"; }"),
            ("src/RestAPI/Database/TargetUrlEntry.cs", "namespace Backup.Server.Database; public class TargetUrlEntry { public string Url { get; set; } = \"\"; public string Level { get; set; } = \"Information\"; public string Status { get; set; } = \"\"; }"),
            ("src/RestAPI/Database/Connection.cs", "namespace Backup.Server.Database; public class Connection : System.IDisposable { public void AddOrUpdateBackup(object backup) { } public object[] GetBackups() => new object[0]; public void Dispose() { } }"),
            ("src/RestAPI/Database/TempFile.cs", "namespace Backup.Server.Database; public class TempFile { public long ID { get; set; } public string Origin { get; set; } = \"\"; public System.DateTime Expires { get; set; } }"),
        }),
        ("Backup.CommandLine.ServerUtil", new[]
        {
            ("src/ServerUtil/Connection.cs", "namespace Backup.CommandLine.ServerUtil; public class Connection { public System.Threading.Tasks.Task Login(string password) => System.Threading.Tasks.Task.CompletedTask; public System.Threading.Tasks.Task RunBackup(long id) => System.Threading.Tasks.Task.CompletedTask; }"),
        }),
        ("Backup.Utility", new[]
        {
            ("src/Utility/TempFile.cs", "namespace Backup.Utility; public class TempFile : System.IDisposable { public static TempFile Create() => new TempFile(); public string Name => \"\"; public void Protect() { } public void Dispose() { } }"),
        }),
    };

    private static readonly (string, string)[] ServerReferences =
    {
        ("Backup.RestAPI", "Backup.Server.Serialization"), ("Backup.RestAPI", "Backup.Utility"), ("Backup.Server.Serialization", "Backup.Utility"),
    };

    [Fact]
    public void A_parallel_model_is_a_copy_of_the_project_it_parallels_only()
    {
        Assert.Equal(
            new[]
            {
                "Filter: Backup.Server.Database.Filter, Backup.Server.Serialization.Implementations.Filter",
                "Notification: Backup.Server.Database.Notification, Backup.Server.Serialization.Implementations.Notification",
                "TargetUrlEntry: Backup.Server.Database.TargetUrlEntry, Backup.Server.Serialization.Implementations.TargetUrlEntry",
            },
            Groups(ServerModels, ServerReferences));
    }

    [Fact]
    public void Empty_static_marker_classes_in_one_project_are_not_copies_while_classes_with_members_are()
    {
        var project = new[]
        {
            ("Backup.Main", new[]
            {
                ("src/Main/Database/Local/DatabaseSchemaMarker.cs", "namespace Backup.Main.Database.Local; public static class DatabaseSchemaMarker { }"),
                ("src/Main/Database/Sync/DatabaseSchemaMarker.cs", "namespace Backup.Main.Database.Sync; public static class DatabaseSchemaMarker { }"),
                ("src/Main/Database/Local/SchemaLoader.cs", "namespace Backup.Main.Database.Local; public static class SchemaLoader { public static string Load(string name) => System.IO.File.ReadAllText(name); }"),
                ("src/Main/Repair/SchemaLoader.cs", "namespace Backup.Main.Repair; public static class SchemaLoader { public static string Load(string name) => System.IO.File.ReadAllText(name).Trim(); }"),
            }),
        };

        Assert.Equal(
            new[] { "SchemaLoader: Backup.Main.Database.Local.SchemaLoader, Backup.Main.Repair.SchemaLoader" },
            Groups(project, Array.Empty<(string, string)>()));
    }

    private static readonly (string Assembly, (string Path, string Source)[] Sources)[] BackendPlugins =
    {
        ("Backup.Backend.Backblaze", new[]
        {
            ("src/Backend/Backblaze/Model/ErrorResponse.cs", "namespace Backup.Backend.Backblaze.Model; internal class ErrorResponse { public string? Code { get; set; } public string? Message { get; set; } public long Status { get; set; } }"),
        }),
        ("Backup.Backend.DrimeCloud", new[]
        {
            ("src/Backend/DrimeCloud/Model/ErrorResponse.cs", "namespace Backup.Backend.DrimeCloud.Model; public class ErrorResponse { public string? Status { get; set; } public string? Message { get; set; } public System.Collections.Generic.Dictionary<string, string>? Errors { get; set; } }"),
        }),
        ("Backup.Proprietary.GoogleWorkspace", new[] { ("src/Proprietary/GoogleWorkspace/SourceItems/EntryBase.cs", EntryBase("GoogleWorkspace")) }),
        ("Backup.Proprietary.Office365", new[] { ("src/Proprietary/Office365/SourceItems/EntryBase.cs", EntryBase("Office365")) }),
    };

    /// <summary>The same abstract entry copied into both plug-ins (Duplicati's MetaEntryBase): its code is the evidence.</summary>
    private static string EntryBase(string plugin)
        => $"namespace Backup.Proprietary.{plugin}.SourceItems; public abstract class EntryBase(string path, System.DateTime? created) {{ public bool IsFolder => true; public string Path => path; "
            + "public System.DateTime CreatedUtc => created ?? System.DateTime.UnixEpoch; public System.Threading.Tasks.Task<bool> FileExists(string name) => System.Threading.Tasks.Task.FromResult(false); "
            + "public System.IO.Stream OpenRead() { throw new System.NotImplementedException(); } }";

    [Fact]
    public void Sibling_plugins_API_models_sharing_member_names_are_not_copies_but_their_copied_code_is()
    {
        Assert.Equal(
            new[] { "EntryBase: Backup.Proprietary.GoogleWorkspace.SourceItems.EntryBase, Backup.Proprietary.Office365.SourceItems.EntryBase" },
            Groups(BackendPlugins, Array.Empty<(string, string)>()));
    }

    [Fact]
    public void Without_the_project_references_the_API_models_sharing_half_their_members_are_reported()
    {
        Assert.Equal(
            new[]
            {
                "EntryBase: Backup.Proprietary.GoogleWorkspace.SourceItems.EntryBase, Backup.Proprietary.Office365.SourceItems.EntryBase",
                "ErrorResponse: Backup.Backend.Backblaze.Model.ErrorResponse, Backup.Backend.DrimeCloud.Model.ErrorResponse",
            },
            Groups(BackendPlugins, references: null));
    }

    [Fact]
    public void Projects_in_top_level_folders_of_their_own_or_without_a_common_name_prefix_are_not_sibling_plugins()
    {
        // A copy tuned afterwards (one member added) between two unrelated projects stays reported: Shop.Backend and
        // Shop.Infra are named as siblings but the types sit in each project's own folder (the last segment differs);
        // Backend and Infra put them at the same sub-place (Policies) but their names have no common prefix.
        var projects = new[]
        {
            ("Shop.Backend", new[] { ("src/Backend/RetryPolicy.cs", "namespace Shop.Backend; public sealed class RetryPolicy { public int MaxAttempts { get; init; } = 5; public System.TimeSpan Delay { get; init; } public bool Jitter { get; init; } }") }),
            ("Shop.Infra", new[] { ("src/Infra/RetryPolicy.cs", "namespace Shop.Infra; public sealed class RetryPolicy { public int MaxAttempts { get; } = 3; public System.TimeSpan Delay { get; } }") }),
            ("Backend", new[] { ("lib/Backend/Policies/CircuitBreaker.cs", "namespace Backend.Policies; public sealed class CircuitBreaker { public int Failures { get; init; } public System.TimeSpan Pause { get; init; } public bool Open { get; set; } }") }),
            ("Infra", new[] { ("lib/Infra/Policies/CircuitBreaker.cs", "namespace Infra.Policies; public sealed class CircuitBreaker { public int Failures { get; init; } public System.TimeSpan Pause { get; init; } }") }),
        };

        Assert.Equal(
            new[]
            {
                "CircuitBreaker: Backend.Policies.CircuitBreaker, Infra.Policies.CircuitBreaker",
                "RetryPolicy: Shop.Backend.RetryPolicy, Shop.Infra.RetryPolicy",
            },
            Groups(projects, Array.Empty<(string, string)>()));
    }

    [Fact]
    public void A_parallel_model_also_repeats_what_the_paralleled_project_references_and_the_model_cannot_see()
    {
        // jellyfin: the unused Entities.Libraries schema (Media.Database) parallels Media.Controller's entities and
        // re-declares, as a class, the MetadataProvider enum Controller takes from Media.Model, which the schema's project
        // does not reference. Its Person is not counted against Media.Common's: the schema's project references Common.
        var projects = new[]
        {
            ("Media.Database", new[]
            {
                ("src/Database/Entities/Libraries/Book.cs", "namespace Media.Database.Entities.Libraries; public class Book { public int Id { get; set; } public string? Isbn { get; set; } }"),
                ("src/Database/Entities/Libraries/Movie.cs", "namespace Media.Database.Entities.Libraries; public class Movie { public int Id { get; set; } public string? Studio { get; set; } }"),
                ("src/Database/Entities/Libraries/Season.cs", "namespace Media.Database.Entities.Libraries; public class Season { public int Id { get; set; } public int? Number { get; set; } }"),
                ("src/Database/Entities/Libraries/MetadataProvider.cs", "namespace Media.Database.Entities.Libraries; public class MetadataProvider { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),
                ("src/Database/Entities/Libraries/Person.cs", "namespace Media.Database.Entities.Libraries; public class Person { public int Id { get; set; } public string? SourceId { get; set; } }"),
            }),
            ("Media.Controller", new[]
            {
                ("src/Controller/Entities/Book.cs", "namespace Media.Controller.Entities; public class Book { public string? SeriesName { get; set; } public int? SeriesIndex { get; set; } }"),
                ("src/Controller/Entities/Movie.cs", "namespace Media.Controller.Entities; public class Movie { public string? CollectionName { get; set; } public string? TmdbId { get; set; } }"),
                ("src/Controller/Entities/Season.cs", "namespace Media.Controller.Entities; public class Season { public string? SeriesName { get; set; } public System.Guid SeriesId { get; set; } }"),
            }),
            ("Media.Model", new[] { ("src/Model/Entities/MetadataProvider.cs", "namespace Media.Model.Entities; public enum MetadataProvider { Imdb, Tmdb, Tvdb }") }),
            ("Media.Common", new[] { ("src/Common/People/Person.cs", "namespace Media.Common.People; public class Person { public string? Role { get; set; } public int SortOrder { get; set; } public string? ImageUrl { get; set; } }") }),
        };
        var references = new[]
        {
            ("Media.Controller", "Media.Model"), ("Media.Controller", "Media.Common"), ("Media.Model", "Media.Database"), ("Media.Database", "Media.Common"),
        };

        Assert.Equal(
            new[]
            {
                "Book: Media.Controller.Entities.Book, Media.Database.Entities.Libraries.Book",
                "MetadataProvider: Media.Database.Entities.Libraries.MetadataProvider, Media.Model.Entities.MetadataProvider",
                "Movie: Media.Controller.Entities.Movie, Media.Database.Entities.Libraries.Movie",
                "Season: Media.Controller.Entities.Season, Media.Database.Entities.Libraries.Season",
            },
            Groups(projects, references));
    }

    private const string AppendSeparator = "public static string AppendDirSeparator(string path) { return AppendDirSeparator(path, Separator); } "
        + "public static string AppendDirSeparator(string path, string separator) { return !path.EndsWith(separator, System.StringComparison.Ordinal) ? path + separator : path; } ";

    [Fact]
    public void Two_helpers_copied_out_of_a_large_utility_class_are_an_excerpt_not_a_copy_of_the_type()
    {
        var projects = new[]
        {
            ("Backup.Common", new[]
            {
                ("src/Common/IO/Util.cs", "namespace Backup.Common.IO; public static class Util { private static readonly string Separator = \"/\"; " + AppendSeparator
                    + "public static string GuessDirSeparator(string? path) { return string.IsNullOrEmpty(path) || path.StartsWith(\"/\") ? \"/\" : \"\\\\\"; } "
                    + "public static bool IsPathUnderWindowsFolder(string path) { return path.StartsWith(\"C:\\\\Windows\", System.StringComparison.OrdinalIgnoreCase); } "
                    + "public static bool IsPathInsideTarget(string path, string target) { return AppendDirSeparator(path).StartsWith(AppendDirSeparator(target), System.StringComparison.Ordinal); } }"),
            }),
            ("Backup.WindowsModules", new[]
            {
                ("src/WindowsModules/Util.cs", "namespace Backup.WindowsModules; internal static class Util { private static readonly string Separator = \"\\\\\"; " + AppendSeparator + "}"),
            }),
        };

        Assert.Empty(Groups(projects, Array.Empty<(string, string)>()));
    }

    private static (string Path, string Source) WebModule(string plugin, string execute)
        => ($"src/{plugin}/WebModule.cs", $"namespace Backup.Proprietary.{plugin}; public class WebModule : Backup.Interface.IWebModule {{ public string Key => OptionsHelper.ModuleKey; "
            + "public string DisplayName => Strings.WebModuleDisplayName; public string Description => Strings.WebModuleDescription; "
            + $"public System.Collections.Generic.IDictionary<string, string> Execute(System.Collections.Generic.IDictionary<string, string?> options) {{ {execute} }} }} "
            + "internal static class OptionsHelper { public const string ModuleKey = \"" + plugin.ToLowerInvariant() + "\"; } "
            + "internal static class Strings { public const string WebModuleDisplayName = \"" + plugin + "\"; public const string WebModuleDescription = \"" + plugin + " module\"; }");

    private const string WebModuleInterface = "namespace Backup.Interface; public interface IWebModule { string Key { get; } string DisplayName { get; } string Description { get; } System.Collections.Generic.IDictionary<string, string> Execute(System.Collections.Generic.IDictionary<string, string?> options); }";

    [Fact]
    public void Plugins_answering_one_interface_with_the_same_one_line_members_are_not_copies()
    {
        var projects = new[]
        {
            ("Backup.Proprietary.DiskImage", new[] { ("src/Interface/IWebModule.cs", WebModuleInterface), WebModule("DiskImage", "var result = new System.Collections.Generic.Dictionary<string, string>(); result[\"disks\"] = \"0\"; return result;") }),
            ("Backup.Proprietary.Office365", new[] { ("src/Interface/IWebModule.cs", WebModuleInterface), WebModule("Office365", "var result = new System.Collections.Generic.Dictionary<string, string>(); result[\"users\"] = options.Count.ToString(); return result;") }),
        };

        Assert.Empty(Groups(projects, Array.Empty<(string, string)>()));
    }

    /// <summary>Two test frameworks outside the solution: NUnit's test-builder interface and xunit's data attribute.</summary>
    private static readonly MetadataReference[] TestFrameworks =
    {
        AnalyzerTest.CompileProject("nunit.framework", ("lib/NUnit/ITestBuilder.cs", "namespace NUnit.Framework.Interfaces; public interface ITestBuilder { object BuildFrom(object method); }")).ToMetadataReference(),
        AnalyzerTest.CompileProject("xunit.core", ("lib/Xunit/DataAttribute.cs", "namespace Xunit.Sdk; public abstract class DataAttribute : System.Attribute { public abstract object[] GetData(object method); }")).ToMetadataReference(),
    };

    /// <summary>
    /// One adapter package of a test-fixture library per test framework (AutoFixture.NUnit3, AutoFixture.xUnit2): each
    /// extends its framework with an <c>AutoDataAttribute</c>, and each has the same abstract <c>CustomizeAttribute</c> and
    /// <c>FrozenAttribute</c> (with the same code) over the core library's parameter customization.
    /// </summary>
    private static (string Assembly, (string Path, string Source)[] Sources) Adapter(string project, string ns, string folder, string autoData)
        => (project, new[]
        {
            ($"src/{folder}/AutoDataAttribute.cs", $"namespace {ns}; {autoData}"),
            ($"src/{folder}/CustomizeAttribute.cs", $"namespace {ns}; public abstract class CustomizeAttribute : System.Attribute {{ public abstract object GetCustomization(System.Reflection.ParameterInfo parameter); }}"),
            ($"src/{folder}/FrozenAttribute.cs", $"namespace {ns}; public sealed class FrozenAttribute : CustomizeAttribute {{ public FrozenAttribute() {{ By = 0; }} public int By {{ get; }} "
                + "public override object GetCustomization(System.Reflection.ParameterInfo parameter) { if (parameter == null) { throw new System.ArgumentNullException(nameof(parameter)); } return parameter.ParameterType; } "
                + "private bool Matches(System.Type type) { return type != null && type.IsPublic; } }"),
        });

    [Fact]
    public void Sibling_adapter_packages_named_for_the_test_framework_each_extends_are_not_copies()
    {
        var projects = new[]
        {
            Adapter("AutoFixture.NUnit3", "AutoFixture.NUnit3", "AutoFixture.NUnit3", "public class AutoDataAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder { public object BuildFrom(object method) => method; }"),
            Adapter("AutoFixture.xUnit2", "AutoFixture.Xunit2", "AutoFixture.xUnit2", "public class AutoDataAttribute : Xunit.Sdk.DataAttribute { public override object[] GetData(object method) => new[] { method }; }"),
        };

        Assert.Empty(Groups(projects, Array.Empty<(string, string)>(), TestFrameworks));
    }

    [Fact]
    public void A_copy_between_adapters_is_reported_when_a_project_name_does_not_name_the_framework_it_extends_or_the_projects_are_related()
    {
        // Shop.Messaging.Kafka extends Confluent's serializer: its name does not name that framework, so the copied
        // FrozenAttribute and CustomizeAttribute are copies. The NUnit3 adapter that references the xUnit2 one could use its types.
        var named = new[]
        {
            Adapter("Shop.Messaging.NUnit3", "Shop.Messaging.NUnit3", "Messaging/NUnit3", "public class AutoDataAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder { public object BuildFrom(object method) => method; }"),
            Adapter("Shop.Messaging.Kafka", "Shop.Messaging.Kafka", "Messaging/Kafka", "public class AutoDataAttribute : Confluent.Kafka.ISerializer { public byte[] Serialize(object data) => new byte[0]; }"),
        };
        var confluent = AnalyzerTest.CompileProject("Confluent.Kafka", ("lib/Confluent/ISerializer.cs", "namespace Confluent.Kafka; public interface ISerializer { byte[] Serialize(object data); }")).ToMetadataReference();
        string[] copies =
        {
            "CustomizeAttribute: Shop.Messaging.Kafka.CustomizeAttribute, Shop.Messaging.NUnit3.CustomizeAttribute",
            "FrozenAttribute: Shop.Messaging.Kafka.FrozenAttribute, Shop.Messaging.NUnit3.FrozenAttribute",
        };
        Assert.Equal(copies, Groups(named, Array.Empty<(string, string)>(), TestFrameworks.Append(confluent)));

        var related = new[]
        {
            Adapter("AutoFixture.NUnit3", "AutoFixture.NUnit3", "AutoFixture.NUnit3", "public class AutoDataAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder { public object BuildFrom(object method) => method; }"),
            Adapter("AutoFixture.xUnit2", "AutoFixture.Xunit2", "AutoFixture.xUnit2", "public class AutoDataAttribute : Xunit.Sdk.DataAttribute { public override object[] GetData(object method) => new[] { method }; }"),
        };
        // A project that references another and declares three of its names again is a parallel model of it: all three are copies.
        Assert.Equal(
            new[]
            {
                "AutoDataAttribute: AutoFixture.NUnit3.AutoDataAttribute, AutoFixture.Xunit2.AutoDataAttribute",
                "CustomizeAttribute: AutoFixture.NUnit3.CustomizeAttribute, AutoFixture.Xunit2.CustomizeAttribute",
                "FrozenAttribute: AutoFixture.NUnit3.FrozenAttribute, AutoFixture.Xunit2.FrozenAttribute",
            },
            Groups(related, new[] { ("AutoFixture.NUnit3", "AutoFixture.xUnit2") }, TestFrameworks));
    }

    /// <summary>
    /// A service of a microservice solution with its System.Text.Json serializer context: the hand-written part declares
    /// nothing but its attributes, the source generator's part (an auto-generated file in obj/) the members, the same
    /// in every service but for the event types.
    /// </summary>
    private static (string Assembly, (string Path, string Source)[] Sources) ServiceWithJsonContext(string service, string contextAttributes, string eventName)
        => ($"Shop.{service}", new[]
        {
            ($"src/{service}/IntegrationEvents/{eventName}.cs", $"namespace Shop.{service}.IntegrationEvents; public record {eventName}(int OrderId);"),
            ($"src/{service}/Extensions/Extensions.cs", $$"""
                using System.Text.Json.Serialization;
                using Shop.{{service}}.IntegrationEvents;

                namespace Shop.{{service}}.Extensions;

                {{contextAttributes}}
                partial class IntegrationEventContext : JsonSerializerContext
                {

                }
                """),
            ($"src/{service}/obj/Debug/generated/System.Text.Json.SourceGeneration/IntegrationEventContext.g.cs", $$"""
                // <auto-generated/>
                #nullable enable
                using Shop.{{service}}.IntegrationEvents;

                namespace Shop.{{service}}.Extensions;

                partial class IntegrationEventContext
                {
                    private static IntegrationEventContext? _default;

                    public IntegrationEventContext(System.Text.Json.JsonSerializerOptions options) : base(options) { }

                    public static IntegrationEventContext Default => _default ??= new IntegrationEventContext(new System.Text.Json.JsonSerializerOptions());

                    protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions { get; } = null;

                    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type)
                    {
                        Options.TryGetTypeInfo(type, out System.Text.Json.Serialization.Metadata.JsonTypeInfo? typeInfo);
                        return typeInfo;
                    }

                    private static bool TryGetTypeInfoForRuntimeCustomConverter(System.Type type, System.Text.Json.JsonSerializerOptions options)
                    {
                        foreach (var converter in options.Converters)
                        {
                            if (converter.CanConvert(type))
                            {
                                return true;
                            }
                        }

                        return false;
                    }
                }
                """),
        });

    [Fact]
    public void Serializer_contexts_generated_from_different_attributes_in_two_services_are_not_copies()
    {
        // eShop: Basket.API's context serializes OrderStartedIntegrationEvent, OrderProcessor's GracePeriodConfirmedIntegrationEvent.
        var services = new[]
        {
            ServiceWithJsonContext("Basket.API", "[JsonSerializable(typeof(OrderStartedIntegrationEvent))]", "OrderStartedIntegrationEvent"),
            ServiceWithJsonContext("OrderProcessor", "[JsonSerializable(typeof(GracePeriodConfirmedIntegrationEvent))]", "GracePeriodConfirmedIntegrationEvent"),
        };

        Assert.Empty(Groups(services, Array.Empty<(string, string)>()));
    }

    [Fact]
    public void The_same_serializer_context_with_the_same_attributes_in_two_services_is_a_copy()
    {
        var services = new[]
        {
            ServiceWithJsonContext("Basket.API", "[JsonSerializable(typeof(int[]))]\n[JsonSourceGenerationOptions(WriteIndented = true)]", "OrderStartedIntegrationEvent"),
            ServiceWithJsonContext("OrderProcessor", "[JsonSourceGenerationOptions( WriteIndented = true )] // the same, in another order\n[JsonSerializable(typeof(int[]))]", "GracePeriodConfirmedIntegrationEvent"),
        };

        Assert.Equal(
            new[] { "IntegrationEventContext: Shop.Basket.API.Extensions.IntegrationEventContext, Shop.OrderProcessor.Extensions.IntegrationEventContext" },
            Groups(services, Array.Empty<(string, string)>()));
    }

    /// <summary>Entity Framework Core's mapping surface, reduced to what the entity projects below use.</summary>
    private static readonly MetadataReference EntityFrameworkCore = AnalyzerTest.CompileProject("Microsoft.EntityFrameworkCore", ("lib/EntityFrameworkCore/DbContext.cs", """
        namespace Microsoft.EntityFrameworkCore;
        public class DbContext { public DbSet<T> Set<T>() where T : class => new DbSet<T>(); }
        public class DbSet<T> where T : class { }
        public interface IEntityTypeConfiguration<T> where T : class { void Configure(object builder); }
        """)).ToMetadataReference();

    /// <summary>
    /// Jellyfin's shape: the keyframe extractor's value object, and the database project's entity that stores it for an
    /// item (its key and navigation), mapped by a <c>DbSet</c> or by an <c>IEntityTypeConfiguration</c>.
    /// </summary>
    private static (string Assembly, (string Path, string Source)[] Sources)[] KeyframeProjects(string entityMembers, string mapping)
        => new[]
        {
            ("Media.Encoding.Keyframes", new[]
            {
                ("src/Media.Encoding.Keyframes/KeyframeData.cs", """
                    using System.Collections.Generic;
                    namespace Media.Encoding.Keyframes;
                    /// <summary>Keyframe information for a specific file.</summary>
                    public class KeyframeData
                    {
                        public KeyframeData(long totalDuration, IReadOnlyList<long> keyframeTicks)
                        {
                            TotalDuration = totalDuration;
                            KeyframeTicks = keyframeTicks;
                        }

                        public long TotalDuration { get; }

                        public IReadOnlyList<long> KeyframeTicks { get; }
                    }
                    """),
            }),
            ("Media.Database.Implementations", new[]
            {
                ("src/Media.Database/Entities/BaseItemEntity.cs", "namespace Media.Database.Entities; public class BaseItemEntity { public System.Guid Id { get; set; } public string? Name { get; set; } }"),
                ("src/Media.Database/Entities/KeyframeData.cs", $$"""
                    using System;
                    using System.Collections.Generic;
                    namespace Media.Database.Entities;
                    /// <summary>Keyframe information for a specific file.</summary>
                    public class KeyframeData
                    {
                        {{entityMembers}}
                    }
                    """),
                ("src/Media.Database/MediaDbContext.cs", $$"""
                    using Microsoft.EntityFrameworkCore;
                    using Media.Database.Entities;
                    namespace Media.Database;
                    {{mapping}}
                    """),
            }),
        };

    private const string KeyframeEntity = """
        public required Guid ItemId { get; set; }
            public long TotalDuration { get; set; }
            public ICollection<long>? KeyframeTicks { get; set; }
            public BaseItemEntity? Item { get; set; }
        """;

    [Fact]
    public void A_persistence_entity_and_the_value_object_it_stores_in_unrelated_projects_are_not_copies()
    {
        string[] mappings =
        {
            "public class MediaDbContext : DbContext { public DbSet<BaseItemEntity> BaseItems => Set<BaseItemEntity>(); public DbSet<KeyframeData> KeyframeData => Set<KeyframeData>(); }",
            "public class BaseItemConfiguration : IEntityTypeConfiguration<BaseItemEntity> { public void Configure(object builder) { } }\n"
                + "public class KeyframeDataConfiguration : IEntityTypeConfiguration<KeyframeData> { public void Configure(object builder) { } }",
        };
        foreach (string mapping in mappings)
        {
            Assert.Empty(Groups(KeyframeProjects(KeyframeEntity, mapping), Array.Empty<(string, string)>(), new[] { EntityFrameworkCore }));
        }
    }

    [Fact]
    public void An_entity_without_a_navigation_one_with_a_member_the_entity_lacks_or_in_a_related_project_is_a_copy()
    {
        const string dbContext = "public class MediaDbContext : DbContext { public DbSet<BaseItemEntity> BaseItems => Set<BaseItemEntity>(); public DbSet<KeyframeData> KeyframeData => Set<KeyframeData>(); }";
        string[] copy = { "KeyframeData: Media.Database.Entities.KeyframeData, Media.Encoding.Keyframes.KeyframeData" };

        // A mapped row that stores the value without tying it to another entity: a copy of the value with a key.
        const string withoutNavigation = "public required Guid ItemId { get; set; } public long TotalDuration { get; set; } public ICollection<long>? KeyframeTicks { get; set; }";
        Assert.Equal(copy, Groups(KeyframeProjects(withoutNavigation, dbContext), Array.Empty<(string, string)>(), new[] { EntityFrameworkCore }));

        // Not mapped at all: the two are plain classes sharing half of their members.
        Assert.Equal(copy, Groups(KeyframeProjects(KeyframeEntity, "public class MediaDbContext : DbContext { }"), Array.Empty<(string, string)>(), new[] { EntityFrameworkCore }));

        // The value has a member the entity does not store (Stream): more than the entity's row of it.
        var projects = KeyframeProjects(KeyframeEntity, dbContext);
        projects[0].Sources[0].Source = projects[0].Sources[0].Source.Replace("public long TotalDuration { get; }", "public long TotalDuration { get; }\n    public System.Guid ItemId { get; init; }\n    public int Stream { get; init; }", StringComparison.Ordinal);
        Assert.Equal(copy, Groups(projects, Array.Empty<(string, string)>(), new[] { EntityFrameworkCore }));

        // The database project references the extractor's: it could store the value itself.
        Assert.Equal(copy, Groups(KeyframeProjects(KeyframeEntity, dbContext), new[] { ("Media.Database.Implementations", "Media.Encoding.Keyframes") }, new[] { EntityFrameworkCore }));
    }

    /// <param name="references">Which project references which (as ssot-check collects them), or null: not collected.</param>
    private static string[] Groups((string Assembly, (string Path, string Source)[] Sources)[] projects, (string, string)[]? references, IEnumerable<MetadataReference>? externals = null)
    {
        var config = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From("{}")));
        var context = SsotCompilationContext.Create(config, isTestProject: false);
        var types = new List<DeclaredType>();
        foreach (var (assembly, sources) in projects)
        {
            types.AddRange(DeclaredTypes.All(AnalyzerTest.CompileProject(assembly, externals ?? Array.Empty<MetadataReference>(), sources), context, _ => true, CancellationToken.None));
        }

        var index = new SolutionIndex(types, Array.Empty<string>(), projectReferences: references);
        return SameNameGroups.Find(index.Types, config, index, weighEvidence: true)
            .Select(g => g[0].Name + ": " + string.Join(", ", g.Select(t => t.MetadataName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
