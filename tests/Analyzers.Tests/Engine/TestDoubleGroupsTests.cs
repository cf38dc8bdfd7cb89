using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>
/// SSOT1004 over several test projects, as ssot-check groups the doubles with the project references
/// (docs/rules/SSOT1004.md): a double repeats an earlier one only where its project could use it, or when it was copied.
/// Bitwarden's shape: <c>Core.Test</c>'s private <c>TestDataProtector</c> and <c>Commercial.Core.Test</c>'s
/// <c>MockDataProtector</c> (which references Core.Test, not the other way round).
/// </summary>
public sealed class TestDoubleGroupsTests
{
    private static readonly MetadataReference DataProtection = AnalyzerTest.CompileProject(
        "Microsoft.AspNetCore.DataProtection.Abstractions",
        ("lib/DataProtection/IDataProtector.cs", "namespace Microsoft.AspNetCore.DataProtection; public interface IDataProtector { IDataProtector CreateProtector(string purpose); byte[] Protect(byte[] plaintext); byte[] Unprotect(byte[] protectedData); }"))
        .ToMetadataReference();

    private const string ScenarioStub =
        "namespace Bit.Core.Test.Utilities; public class CoreHelpersTests { private class TestDataProtector : Microsoft.AspNetCore.DataProtection.IDataProtector { private readonly string _token; "
        + "public TestDataProtector(string token) { _token = token; } public Microsoft.AspNetCore.DataProtection.IDataProtector CreateProtector(string purpose) => throw new System.NotImplementedException(); "
        + "public byte[] Protect(byte[] plaintext) => throw new System.NotImplementedException(); public byte[] Unprotect(byte[] protectedData) { return System.Text.Encoding.UTF8.GetBytes(_token); } } }";

    private const string BusinessUnitStub =
        "namespace Bit.Commercial.Core.Test.Billing.Providers; public class MockDataProtector(string organizationId, string providerAdminEmail) : Microsoft.AspNetCore.DataProtection.IDataProtector { "
        + "public string Token = $\"BusinessUnitConversionInvite {organizationId} {providerAdminEmail}\"; public Microsoft.AspNetCore.DataProtection.IDataProtector CreateProtector(string purpose) => this; "
        + "public byte[] Protect(byte[] plaintext) => System.Text.Encoding.UTF8.GetBytes(Token); public byte[] Unprotect(byte[] protectedData) => System.Text.Encoding.UTF8.GetBytes(Token); }";

    private static readonly (string Assembly, (string Path, string Source)[] Sources)[] DataProtectors =
    {
        ("Core.Test", new[] { ("test/Core.Test/Utilities/CoreHelpersTests.cs", ScenarioStub) }),
        ("Commercial.Core.Test", new[] { ("bitwarden_license/test/Commercial.Core.Test/Billing/Providers/Services/BusinessUnitConverterTests.cs", BusinessUnitStub) }),
    };

    [Fact]
    public void A_double_with_its_own_name_and_code_in_a_test_project_that_cannot_see_the_other_is_not_a_repeat()
    {
        Assert.Empty(Repeats(DataProtectors, new[] { ("Commercial.Core.Test", "Core.Test") }));
    }

    [Fact]
    public void The_same_doubles_repeat_where_the_project_could_use_the_first_or_without_the_project_references()
    {
        // Core.Test referencing Commercial.Core.Test could use its MockDataProtector; without the references (a build), the group is as before.
        const string Expected = "Bit.Core.Test.Utilities.CoreHelpersTests+TestDataProtector (Core.Test) repeats Bit.Commercial.Core.Test.Billing.Providers.MockDataProtector of Microsoft.AspNetCore.DataProtection.IDataProtector";
        Assert.Equal(new[] { Expected }, Repeats(DataProtectors, new[] { ("Core.Test", "Commercial.Core.Test") }));
        Assert.Equal(new[] { Expected }, Repeats(DataProtectors, references: null));
    }

    [Fact]
    public void Interchangeable_doubles_in_test_projects_that_cannot_see_each_other_repeat()
    {
        // One double has no code of its own (its members answer with constants); two doubles share a member's code.
        var protectors = new[]
        {
            ("A.Tests", new[] { ("tests/A.Tests/FakeDataProtector.cs", "namespace A.Tests; public sealed class FakeDataProtector : Microsoft.AspNetCore.DataProtection.IDataProtector { "
                + "public Microsoft.AspNetCore.DataProtection.IDataProtector CreateProtector(string purpose) => this; public byte[] Protect(byte[] plaintext) => plaintext; public byte[] Unprotect(byte[] protectedData) => protectedData; }") }),
            ("B.Tests", new[] { ("tests/B.Tests/Alarms.cs", "namespace B.Tests; public class AlarmTests { private sealed class StubDataProtector : Microsoft.AspNetCore.DataProtection.IDataProtector { "
                + "public Microsoft.AspNetCore.DataProtection.IDataProtector CreateProtector(string purpose) => this; public byte[] Protect(byte[] plaintext) => System.Text.Encoding.UTF8.GetBytes(\"p\"); "
                + "public byte[] Unprotect(byte[] protectedData) => System.Array.Empty<byte>(); } }") }),
            ("C.Tests", new[] { ("tests/C.Tests/Tokens.cs", "namespace C.Tests; public class TokenTests { private sealed class MockedDataProtector : Microsoft.AspNetCore.DataProtection.IDataProtector { "
                + "public Microsoft.AspNetCore.DataProtection.IDataProtector CreateProtector(string purpose) => throw new System.NotSupportedException(); public byte[] Protect(byte[] plaintext) => System.Text.Encoding.UTF8.GetBytes(\"p\"); "
                + "public byte[] Unprotect(byte[] protectedData) => System.Text.Encoding.UTF8.GetBytes(\"token\"); } }") }),
        };

        Assert.Equal(
            new[]
            {
                "B.Tests.AlarmTests+StubDataProtector (B.Tests) repeats A.Tests.FakeDataProtector of Microsoft.AspNetCore.DataProtection.IDataProtector",
                "C.Tests.TokenTests+MockedDataProtector (C.Tests) repeats A.Tests.FakeDataProtector of Microsoft.AspNetCore.DataProtection.IDataProtector",
            },
            Repeats(protectors, Array.Empty<(string, string)>()));
        Assert.Equal(
            new[] { "C.Tests.TokenTests+MockedDataProtector (C.Tests) repeats B.Tests.AlarmTests+StubDataProtector of Microsoft.AspNetCore.DataProtection.IDataProtector" },
            Repeats(protectors.Skip(1).ToArray(), Array.Empty<(string, string)>()));
    }

    [Fact]
    public void A_double_copied_under_the_same_name_into_a_test_project_that_cannot_see_the_first_is_a_repeat()
    {
        // Jellyfin's ProviderIdsExtensionsTestsObject, in two test projects that do not reference each other.
        const string ProviderIds = "namespace Media.Model.Entities; public interface IHasProviderIds { System.Collections.Generic.Dictionary<string, string> ProviderIds { get; set; } }";
        var model = AnalyzerTest.CompileProject("Media.Model", ("src/Media.Model/Entities/IHasProviderIds.cs", ProviderIds)).ToMetadataReference();
        static string TestObject(string ns, string fixture)
            => $"namespace {ns}; public class {fixture} {{ private class ProviderIdsExtensionsTestsObject : Media.Model.Entities.IHasProviderIds {{ "
                + "public System.Collections.Generic.Dictionary<string, string> ProviderIds { get; set; } = new(); } }";
        var projects = new[]
        {
            ("Media.Model.Tests", new[] { ("tests/Media.Model.Tests/Entities/ProviderIdsExtensionsTests.cs", TestObject("Media.Model.Tests.Entities", "ProviderIdsExtensionsTests")) }),
            ("Media.Server.Tests", new[] { ("tests/Media.Server.Tests/Data/SqliteItemRepositoryTests.cs", TestObject("Media.Server.Tests.Data", "SqliteItemRepositoryTests")) }),
        };

        Assert.Equal(
            new[] { "Media.Server.Tests.Data.SqliteItemRepositoryTests+ProviderIdsExtensionsTestsObject (Media.Server.Tests) repeats Media.Model.Tests.Entities.ProviderIdsExtensionsTests+ProviderIdsExtensionsTestsObject of Media.Model.Entities.IHasProviderIds" },
            Repeats(projects, Array.Empty<(string, string)>(), model));
    }

    /// <param name="references">Which project references which (as ssot-check collects them), or null: not collected.</param>
    private static string[] Repeats((string Assembly, (string Path, string Source)[] Sources)[] projects, (string, string)[]? references, MetadataReference? contract = null)
    {
        var config = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From("{}")));
        var context = SsotCompilationContext.Create(config, isTestProject: true);
        var types = new List<DeclaredType>();
        foreach (var (assembly, sources) in projects)
        {
            types.AddRange(DeclaredTypes.All(AnalyzerTest.CompileProject(assembly, new[] { contract ?? DataProtection }, sources), context, _ => true, CancellationToken.None));
        }

        var index = new SolutionIndex(types, Array.Empty<string>(), projectReferences: references);
        return TestDoubleGroups.Find(index.Types, config.Config.TestDoubles, index)
            .Select(r => $"{r.Duplicate.MetadataName} ({r.Duplicate.Assembly}) repeats {r.First.MetadataName} of {r.Doubled}")
            .ToArray();
    }
}
