using System.Text.RegularExpressions;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

/// <summary>
/// SSOT1003's evidence of copying (docs/rules/SSOT1003.md, "Evidence of copying"): with the defaults a same-name
/// family is reported only when two of its members look like copies: the same kind of type and, across projects,
/// half of their member names shared or a parallel model (three families between the same two projects). Each case
/// from Jellyfin, Duplicati and eShop, with the quiet shape and the reported one; the defaults off report them all.
/// </summary>
public sealed class SameNameEvidenceTests
{
    private const string DefaultsOff = """{ "discovery": { "defaults": false } }""";

    private static string Message(string name, params string[] places)
        => $"'{name}' is declared in {places.Length} namespaces: {string.Join(", ", places)}; declare a concept with one canonical type, or rename the one that is a different thing";

    private static string Plain(string source) => Regex.Replace(source, @"\{\|SSOT1003:([^|]+)\|\}", "$1");

    /// <summary>This project's sources (with markers) plus another project, both in the solution index ssot-check passes.</summary>
    private static AnalyzerTest Across(string config, (string Path, string Source)[] own, params (string Path, string Source)[] other)
    {
        var test = new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = config,
            AdditionalTexts =
            {
                SolutionIndexes.Build(config, new SolutionIndexes.Project[]
                {
                    new(AnalyzerTest.AssemblyName, false, own.Select(s => (s.Path, Plain(s.Source))).ToArray()),
                    new("Other", false, other),
                }),
            },
        };
        test.Sources.AddRange(own);
        return test;
    }

    // Jellyfin: ffprobe's codec_type and the DLNA profile's codec type share a name and two of six values.
    private static readonly (string Path, string Source)[] ProbingCodecType =
    {
        ("src/MediaEncoding/Probing/CodecType.cs", "namespace Media.MediaEncoding.Probing; public enum {|SSOT1003:CodecType|} { Video, Audio, Data, Subtitle, Attachment }"),
    };

    [Fact]
    public async Task Enums_of_different_projects_with_different_values_are_different_things()
    {
        await Across("{}", ProbingCodecType.Select(s => (s.Path, Plain(s.Source))).ToArray(), ("src/Model/Dlna/CodecType.cs", "namespace Media.Model.Dlna; public enum CodecType { Video, VideoAudio, Audio }")).RunAsync();
    }

    [Fact]
    public async Task An_enum_copied_with_its_values_is_reported_and_the_defaults_off_report_the_different_one()
    {
        await Across(
            "{}",
            new[] { ("src/TrayIcon/NotificationType.cs", "namespace Backup.GUI.TrayIcon; public enum {|SSOT1003:NotificationType|} { Information, Warning, Error }") },
            ("src/Serialization/NotificationType.cs", "namespace Backup.Server.Serialization; public enum NotificationType { Information, Warning, Error }"))
            .RunAsync(Expect.Info(Message("NotificationType", "Backup.Server.Serialization (src/Serialization/NotificationType.cs)", "Backup.GUI.TrayIcon (src/TrayIcon/NotificationType.cs)")));

        await Across(DefaultsOff, ProbingCodecType, ("src/Model/Dlna/CodecType.cs", "namespace Media.Model.Dlna; public enum CodecType { Video, VideoAudio, Audio }"))
            .RunAsync(Expect.Info(Message("CodecType", "Media.MediaEncoding.Probing (src/MediaEncoding/Probing/CodecType.cs)", "Media.Model.Dlna (src/Model/Dlna/CodecType.cs)")));
    }

    [Fact]
    public async Task A_class_copied_then_tuned_keeps_half_its_members_and_is_reported()
    {
        // The sample's RetryPolicy: MaxAttempts and DelayBefore kept, Delay added to one and Default to the other (2 of 4).
        await Across(
            "{}",
            new[] { ("src/Backend/Notifications/RetryPolicy.cs", "namespace Netra.Backend.Notifications; public sealed class {|SSOT1003:RetryPolicy|} { public int MaxAttempts { get; init; } = 5; public System.TimeSpan Delay { get; init; } public System.TimeSpan DelayBefore(int attempt) => Delay * attempt; }") },
            ("src/Infrastructure/Redis/RetryPolicy.cs", "namespace Netra.Infrastructure.Redis; public sealed class RetryPolicy(int maxAttempts) { public static RetryPolicy Default { get; } = new(3); public int MaxAttempts { get; } = maxAttempts; public System.TimeSpan DelayBefore(int attempt) => System.TimeSpan.FromSeconds(attempt); }"))
            .RunAsync(Expect.Info(Message("RetryPolicy", "Netra.Backend.Notifications (src/Backend/Notifications/RetryPolicy.cs)", "Netra.Infrastructure.Redis (src/Infrastructure/Redis/RetryPolicy.cs)")));
    }

    [Fact]
    public async Task Classes_of_different_projects_sharing_less_than_half_their_members_are_different_things()
    {
        // Jellyfin: the SyncPlay session group and the database's user group share only a name.
        await Across(
            "{}",
            new[] { ("src/SyncPlay/Group.cs", "namespace Media.Server.SyncPlay; public sealed class Group { public System.Guid GroupId { get; } public string GroupName { get; set; } = \"\"; public bool IsPlaying { get; set; } public void AddSession(string id) { } }") },
            ("src/Database/Entities/Group.cs", "namespace Media.Database.Entities; public sealed class Group { public System.Guid Id { get; set; } public string Name { get; set; } = \"\"; public System.Guid GroupId { get; set; } }"))
            .RunAsync();
    }

    [Fact]
    public async Task Types_without_members_in_different_projects_carry_no_evidence()
    {
        await Across(
            "{}",
            new[] { ("src/Main/Database/Local/DatabaseSchemaMarker.cs", "namespace Backup.Main.Database.Local; public sealed class DatabaseSchemaMarker { }") },
            ("src/Server/Database/DatabaseSchemaMarker.cs", "namespace Backup.Server.Database; public sealed class DatabaseSchemaMarker { }"))
            .RunAsync();
    }

    [Fact]
    public async Task A_static_helper_and_a_class_of_the_same_name_in_one_project_are_different_things()
    {
        // Duplicati: Backend.WebApi.Dropbox holds the Dropbox API's URLs; Backend.Dropbox is the backend.
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Backend/Dropbox/Dropbox.cs", "namespace Backup.Backend; public sealed class Dropbox { public void Put(string name) { } public void Delete(string name) { } }"),
                ("src/Backend/WebApi/Dropbox.cs", "namespace Backup.Backend.WebApi; public static class Dropbox { public const string Api = \"https://api.dropboxapi.com/2\"; public static string PutUrl(string name) => Api + \"/upload/\" + name; }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Same_kind_types_in_one_project_are_reported_whatever_their_members()
    {
        // eShop's Identity.API keeps the IdentityServer quickstart's LogoutViewModel beside its own.
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Identity.API/Quickstart/Account/LogoutViewModel.cs", "namespace IdentityServerHost.Quickstart.UI; public class {|SSOT1003:LogoutViewModel|} { public bool ShowLogoutPrompt { get; set; } = true; }"),
                ("src/Identity.API/Models/AccountViewModels/LogoutViewModel.cs", "namespace Shop.Identity.API.Models.AccountViewModels; public record {|SSOT1003:LogoutViewModel|} { public string LogoutId { get; set; } = \"\"; }"),
            },
        }.RunAsync(
            Expect.Info(Message("LogoutViewModel", "Shop.Identity.API.Models.AccountViewModels (src/Identity.API/Models/AccountViewModels/LogoutViewModel.cs)", "IdentityServerHost.Quickstart.UI (src/Identity.API/Quickstart/Account/LogoutViewModel.cs)")),
            Expect.Info(Message("LogoutViewModel", "Shop.Identity.API.Models.AccountViewModels (src/Identity.API/Models/AccountViewModels/LogoutViewModel.cs)", "IdentityServerHost.Quickstart.UI (src/Identity.API/Quickstart/Account/LogoutViewModel.cs)")));
    }

    // Jellyfin: an unused second library schema next to the controller's entities, written from them, since grown apart.
    private static readonly (string Path, string Source)[] LibrarySchema =
    {
        ("src/Database/Entities/Libraries/Book.cs", "namespace Media.Database.Entities.Libraries; public class {|SSOT1003:Book|} { public int Id { get; set; } public System.DateTime ReleaseDate { get; set; } }"),
        ("src/Database/Entities/Libraries/Movie.cs", "namespace Media.Database.Entities.Libraries; public class {|SSOT1003:Movie|} { public int Id { get; set; } public string Studio { get; set; } = \"\"; }"),
        ("src/Database/Entities/Libraries/MetadataProvider.cs", "namespace Media.Database.Entities.Libraries; public class {|SSOT1003:MetadataProvider|} { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),
    };

    private static readonly (string Path, string Source)[] ControllerEntities =
    {
        ("src/Controller/Entities/Book.cs", "namespace Media.Controller.Entities; public class Book { public string SeriesName { get; set; } = \"\"; }"),
        ("src/Controller/Entities/Movies/Movie.cs", "namespace Media.Controller.Entities.Movies; public class Movie { public string[] SpecialFeatureIds { get; set; } = []; }"),
        ("src/Controller/Entities/MetadataProvider.cs", "namespace Media.Controller.Entities; public enum MetadataProvider { Imdb, Tmdb, Tvdb }"),
    };

    [Fact]
    public async Task Three_families_between_two_projects_are_a_parallel_model_and_reported_whatever_their_members()
    {
        await Across("{}", LibrarySchema, ControllerEntities).RunAsync(
            Expect.Info(Message("Book", "Media.Controller.Entities (src/Controller/Entities/Book.cs)", "Media.Database.Entities.Libraries (src/Database/Entities/Libraries/Book.cs)")),
            Expect.Info(Message("MetadataProvider", "Media.Controller.Entities (src/Controller/Entities/MetadataProvider.cs)", "Media.Database.Entities.Libraries (src/Database/Entities/Libraries/MetadataProvider.cs)")),
            Expect.Info(Message("Movie", "Media.Controller.Entities.Movies (src/Controller/Entities/Movies/Movie.cs)", "Media.Database.Entities.Libraries (src/Database/Entities/Libraries/Movie.cs)")));
    }

    [Fact]
    public async Task Three_families_between_two_projects_from_three_namespaces_are_not_a_parallel_model()
    {
        // Jellyfin: the database's ImageInfo and UserConfiguration and the model's are different things; the third
        // family between the two projects is from a namespace of its own.
        await Across(
            "{}",
            new[]
            {
                ("src/Database/Entities/ImageInfo.cs", "namespace Media.Database.Entities; public class ImageInfo { public int Id { get; set; } public string Path { get; set; } = \"\"; public System.DateTime LastModified { get; set; } }"),
                ("src/Database/ModelConfiguration/UserConfiguration.cs", "namespace Media.Database.ModelConfiguration; public class UserConfiguration { public void Configure(object builder) { } }"),
                ("src/Database/Entities/Libraries/MetadataProvider.cs", "namespace Media.Database.Entities.Libraries; public class MetadataProvider { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),
            },
            ("src/Model/Dto/ImageInfo.cs", "namespace Media.Model.Dto; public class ImageInfo { public string? ImageTag { get; set; } public int? ImageIndex { get; set; } public int Width { get; set; } }"),
            ("src/Model/Configuration/UserConfiguration.cs", "namespace Media.Model.Configuration; public class UserConfiguration { public string? AudioLanguagePreference { get; set; } public bool PlayDefaultAudioTrack { get; set; } }"),
            ("src/Model/Entities/MetadataProvider.cs", "namespace Media.Model.Entities; public enum MetadataProvider { Imdb, Tmdb, Tvdb }")).RunAsync();
    }

    [Fact]
    public async Task Two_families_between_two_projects_are_not_a_parallel_model()
    {
        await Across("{}", LibrarySchema.Take(2).Select(s => (s.Path, Plain(s.Source))).ToArray(), ControllerEntities.Take(2).ToArray()).RunAsync();
    }

    // Duplicati's proprietary providers: each has its own entries (same names, own code) and a copied helper.
    private static (string Path, string Source) Entry(string provider, string marker, string body)
        => ($"src/{provider}/SourceItems/StreamResourceEntryFunction.cs", $"namespace Backup.Proprietary.{provider}.SourceItems; internal sealed class {marker}(string path, System.Func<System.IO.Stream> open) : Backup.Entries.IEntry {{ {body} }}");

    private static (string Path, string Source) Calendar(string provider, string body)
        => ($"src/{provider}/SourceItems/CalendarSourceEntry.cs", $"namespace Backup.Proprietary.{provider}.SourceItems; internal sealed class CalendarSourceEntry(string path) : Backup.Entries.IEntry {{ {body} }}");

    private const string EntryInterface = "namespace Backup.Entries; public interface IEntry { string Path { get; } System.IO.Stream OpenRead(); }";

    private const string CopiedCode = "private System.IO.Stream? _stream; public string Path => path; public System.IO.Stream OpenRead() => _stream ??= open(); public bool ProbeIfExists() { try { return OpenRead() != null; } catch (System.IO.FileNotFoundException) { return false; } }";

    [Fact]
    public async Task A_per_provider_sibling_with_the_same_code_is_a_copied_helper_and_reported_while_entries_with_their_own_code_are_not()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Entries/IEntry.cs", EntryInterface),
                Entry("GoogleWorkspace", "{|SSOT1003:StreamResourceEntryFunction|}", CopiedCode),
                Entry("Office365", "{|SSOT1003:StreamResourceEntryFunction|}", "public System.DateTime CreatedUtc => System.DateTime.UtcNow; " + CopiedCode),
                Calendar("GoogleWorkspace", "public string Path => path; public System.IO.Stream OpenRead() => new System.IO.MemoryStream(); public bool IsShared() => path.Contains(\"shared\");"),
                Calendar("Office365", "public string Path => path + \"/calendar\"; public System.IO.Stream OpenRead() => System.IO.Stream.Null; public bool IsShared() => false;"),
            },
        }.RunAsync(
            Expect.Info(Message("StreamResourceEntryFunction", "Backup.Proprietary.GoogleWorkspace.SourceItems (src/GoogleWorkspace/SourceItems/StreamResourceEntryFunction.cs)", "Backup.Proprietary.Office365.SourceItems (src/Office365/SourceItems/StreamResourceEntryFunction.cs)")),
            Expect.Info(Message("StreamResourceEntryFunction", "Backup.Proprietary.GoogleWorkspace.SourceItems (src/GoogleWorkspace/SourceItems/StreamResourceEntryFunction.cs)", "Backup.Proprietary.Office365.SourceItems (src/Office365/SourceItems/StreamResourceEntryFunction.cs)")));
    }

    [Fact]
    public async Task Per_provider_siblings_sharing_one_identical_member_are_still_variants()
    {
        await new AnalyzerTest(new SameNameTypesAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/Entries/IEntry.cs", EntryInterface),
                Entry("GoogleWorkspace", "StreamResourceEntryFunction", "public string Path => path; public System.IO.Stream OpenRead() => open();"),
                Entry("Office365", "StreamResourceEntryFunction", "public string Path => path; public System.IO.Stream OpenRead() => new System.IO.BufferedStream(open());"),
                Calendar("GoogleWorkspace", "public string Path => path; public System.IO.Stream OpenRead() => new System.IO.MemoryStream();"),
                Calendar("Office365", "public string Path => path + \"/calendar\"; public System.IO.Stream OpenRead() => System.IO.Stream.Null;"),
            },
        }.RunAsync();
    }
}
