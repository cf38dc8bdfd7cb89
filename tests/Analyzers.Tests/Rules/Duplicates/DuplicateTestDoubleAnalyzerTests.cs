using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

public sealed class DuplicateTestDoubleAnalyzerTests
{
    private const string Clock = "namespace App; public interface IClock { System.DateTimeOffset Now { get; } }";

    private const string Backend = "namespace App; public interface IBackend { System.Threading.Tasks.Task PutAsync(string name, System.IO.Stream data); long? FreeSpace { get; } }";

    private const string BackendMembers = "public System.Threading.Tasks.Task PutAsync(string name, System.IO.Stream data) => System.Threading.Tasks.Task.CompletedTask; public long? FreeSpace => null;";

    private static AnalyzerTest TestProject(params (string Path, string Markup)[] sources)
    {
        var test = new AnalyzerTest(new DuplicateTestDoubleAnalyzer()) { Config = "{}" };
        test.GlobalOptions["build_property.IsTestProject"] = "true";
        test.Sources.Add(("src/App/IClock.cs", Clock));
        test.Sources.AddRange(sources);
        return test;
    }

    [Fact]
    public async Task Reports_the_second_double_of_an_interface_including_private_nested_ones()
    {
        var diagnostics = await TestProject(
            ("tests/Fakes/FakeClock.cs", "namespace Tests; public sealed class FakeClock : App.IClock { public System.DateTimeOffset Now { get; set; } }"),
            ("tests/Billing/InvoiceTests.cs", """
                namespace Tests;
                public class InvoiceTests
                {
                    private sealed class {|SSOT1004:StubClock|} : App.IClock { public System.DateTimeOffset Now => default; }
                }
                """)).RunAsync(
                    Expect.Warning("'StubClock' (tests/Billing/InvoiceTests.cs) is a second hand-written test double of 'IClock'; use the existing 'FakeClock' (tests/Fakes/FakeClock.cs)"));

        Assert.Equal("/repo/tests/Fakes/FakeClock.cs", Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public async Task Implementations_of_a_marker_interface_are_tags_not_doubles_but_a_base_interface_with_members_counts()
    {
        // AutoFixture's documentation tests: IFoo declares nothing, DefaultFoo and DummyFoo are told apart by type.
        await TestProject(
            ("tests/Greedy/IFoo.cs", "namespace Tests.Greedy; public interface IFoo { }"),
            ("tests/Greedy/DefaultFoo.cs", "namespace Tests.Greedy; public class DefaultFoo : IFoo { }"),
            ("tests/Greedy/DummyFoo.cs", "namespace Tests.Greedy; public class DummyFoo : IFoo { }"),
            ("tests/Greedy/ITimed.cs", "namespace Tests.Greedy; public interface ITimed : App.IClock { }"),
            ("tests/Greedy/FakeTimed.cs", "namespace Tests.Greedy; public class FakeTimed : ITimed { public System.DateTimeOffset Now => default; }"),
            ("tests/Greedy/StubTimed.cs", "namespace Tests.Greedy; public class {|SSOT1004:StubTimed|} : ITimed { public System.DateTimeOffset Now => default; }")).RunAsync(
                Expect.Warning("'StubTimed' (tests/Greedy/StubTimed.cs) is a second hand-written test double of 'ITimed'; use the existing 'FakeTimed' (tests/Greedy/FakeTimed.cs)"));
    }

    [Fact]
    public async Task A_top_level_double_is_the_one_to_share_even_when_a_nested_one_comes_first()
    {
        await TestProject(
            ("tests/A/AlarmTests.cs", "namespace Tests; public class AlarmTests { private sealed class {|SSOT1004:ClockStub|} : App.IClock { public System.DateTimeOffset Now => default; } }"),
            ("tests/Z/ManualClock.cs", "namespace Tests; public sealed class ManualClock : App.IClock { public System.DateTimeOffset Now { get; set; } }"),
            ("tests/Z/TestClock.cs", "namespace Tests; public sealed class {|SSOT1004:TestClock|} : App.IClock { public System.DateTimeOffset Now { get; set; } }")).RunAsync(
                Expect.Warning("'ClockStub' (tests/A/AlarmTests.cs) is a second hand-written test double of 'IClock'; use the existing 'ManualClock' (tests/Z/ManualClock.cs)"),
                Expect.Warning("'TestClock' (tests/Z/TestClock.cs) is a second hand-written test double of 'IClock'; use the existing 'ManualClock' (tests/Z/ManualClock.cs)"));
    }

    [Fact]
    public async Task Production_code_framework_interfaces_fixtures_abstract_and_ignored_types_are_not_doubles()
    {
        var test = TestProject(
            ("tests/Fixture1.cs", "namespace Tests; public sealed class DbFixture : System.IDisposable { public void Dispose() { } }"),
            ("tests/Fixture2.cs", "namespace Tests; public sealed class CacheFixture : System.IDisposable { public void Dispose() { } }"),
            ("tests/Base.cs", "namespace Tests; public abstract class IntegrationTest { }"),
            ("tests/T1.cs", "namespace Tests; public sealed class OrderTests : IntegrationTest { }"),
            ("tests/T2.cs", "namespace Tests; public sealed class UserTests : IntegrationTest { }"),
            ("tests/A1.cs", "namespace Tests; public abstract class FakeClockBase : App.IClock { public System.DateTimeOffset Now => default; }"),
            ("tests/A2.cs", "namespace Tests; public sealed class FakeClock : App.IClock { public System.DateTimeOffset Now => default; }"),
            ("src/App/Ignored.cs", "namespace App; public interface IIgnored { void Run(); }"),
            ("tests/I1.cs", "namespace Tests; public sealed class FakeIgnored : App.IIgnored { public void Run() { } }"),
            ("tests/I2.cs", "namespace Tests; public sealed class StubIgnored : App.IIgnored { public void Run() { } }"));
        test.Config = """{ "testDoubles": { "ignore": ["App.IIgnored"] } }""";
        await test.RunAsync();

        await new AnalyzerTest(new DuplicateTestDoubleAnalyzer())
        {
            Config = "{}",
            Sources =
            {
                ("src/App/IClock.cs", Clock),
                ("src/App/SystemClock.cs", "namespace App; public sealed class SystemClock : IClock { public System.DateTimeOffset Now => System.DateTimeOffset.UtcNow; }"),
                ("src/App/FrozenClock.cs", "namespace App; public sealed class FrozenClock : IClock { public System.DateTimeOffset Now => default; }"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Doubles_of_a_base_class_count_when_named_like_doubles()
    {
        await TestProject(
            ("tests/Http/FakeHandler.cs", """
                namespace Tests;
                public sealed class FakeHandler : System.Net.Http.HttpMessageHandler
                {
                    protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) => throw null!;
                }
                """),
            ("tests/Http/StubHandler.cs", """
                namespace Tests;
                public sealed class {|SSOT1004:StubHandler|} : System.Net.Http.HttpMessageHandler
                {
                    protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) => throw null!;
                }
                """)).RunAsync(
                    Expect.Warning("'StubHandler' (tests/Http/StubHandler.cs) is a second hand-written test double of 'HttpMessageHandler'; use the existing 'FakeHandler' (tests/Http/FakeHandler.cs)"));
    }

    [Fact]
    public async Task Test_files_of_a_production_project_are_found_by_the_tests_glob()
    {
        await new AnalyzerTest(new DuplicateTestDoubleAnalyzer())
        {
            Config = """{ "tests": ["tests/**"] }""",
            Sources =
            {
                ("src/App/IClock.cs", Clock),
                ("tests/FakeClock.cs", "namespace Tests; public sealed class FakeClock : App.IClock { public System.DateTimeOffset Now => default; }"),
                ("tests/StubClock.cs", "namespace Tests; public sealed class {|SSOT1004:StubClock|} : App.IClock { public System.DateTimeOffset Now => default; }"),
            },
        }.RunAsync(
            Expect.Warning("'StubClock' (tests/StubClock.cs) is a second hand-written test double of 'IClock'; use the existing 'FakeClock' (tests/FakeClock.cs)"));
    }

    [Fact]
    public async Task With_the_solution_index_a_double_in_another_test_project_is_the_first()
    {
        var test = TestProject(("tests/B/StubClock.cs", "namespace B; public sealed class {|SSOT1004:StubClock|} : App.IClock { public System.DateTimeOffset Now => default; }"));
        test.AdditionalTexts.Add(SolutionIndexes.Build("{}", new SolutionIndexes.Project[]
        {
            new("A.Tests", true, ("src/App/IClock.cs", Clock), ("tests/A/FakeClock.cs", "namespace A; public sealed class FakeClock : App.IClock { public System.DateTimeOffset Now => default; }")),
        }));

        var diagnostics = await test.RunAsync(
            Expect.Warning("'StubClock' (tests/B/StubClock.cs) is a second hand-written test double of 'IClock'; use the existing 'FakeClock' (tests/A/FakeClock.cs)"));

        Assert.Equal("/repo/tests/A/FakeClock.cs", Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public async Task Customizations_and_specimen_builders_of_AutoFixture_are_extension_points_not_doubles()
    {
        var autoFixture = Library("AutoFixture", """
            namespace AutoFixture
            {
                public interface IFixture { void Customize(ICustomization customization); }
                public interface ICustomization { void Customize(IFixture fixture); }
            }
            namespace AutoFixture.Kernel
            {
                public interface ISpecimenContext { object Resolve(object request); }
                public interface ISpecimenBuilder { object Create(object request, ISpecimenContext context); }
            }
            """);
        var test = TestProject(
            ("tests/AutoFixture/OrganizationCustomization.cs", "namespace Tests.Fixtures; public sealed class OrganizationCustomization : AutoFixture.ICustomization { public void Customize(AutoFixture.IFixture fixture) { } }"),
            ("tests/AutoFixture/PolicyCustomization.cs", "namespace Tests.Fixtures; public sealed class PolicyCustomization : AutoFixture.ICustomization { public void Customize(AutoFixture.IFixture fixture) { } }"),
            ("tests/AutoFixture/UserBuilder.cs", "namespace Tests.Fixtures; public sealed class UserBuilder : AutoFixture.Kernel.ISpecimenBuilder { public object Create(object request, AutoFixture.Kernel.ISpecimenContext context) => new object(); }"),
            ("tests/AutoFixture/OrganizationBuilder.cs", "namespace Tests.Fixtures; public sealed class OrganizationBuilder : AutoFixture.Kernel.ISpecimenBuilder { public object Create(object request, AutoFixture.Kernel.ISpecimenContext context) => new object(); }"));
        test.MetadataReferences.Add(autoFixture);
        await test.RunAsync();
    }

    [Fact]
    public async Task In_the_solution_that_builds_AutoFixture_its_interfaces_are_the_code_under_test()
    {
        const string Kernel = """
            namespace AutoFixture.Kernel
            {
                public interface ISpecimenContext { object Resolve(object request); }
                public interface ISpecimenBuilder { object Create(object request, ISpecimenContext context); }
            }
            """;
        const string Builder = "public sealed class DelegatingSpecimenBuilder : AutoFixture.Kernel.ISpecimenBuilder { public System.Func<object, AutoFixture.Kernel.ISpecimenContext, object> OnCreate { get; set; } = (r, c) => new object(); public object Create(object request, AutoFixture.Kernel.ISpecimenContext context) => OnCreate(request, context); }";
        var builtByTheSolution = new MetadataReference[]
        {
            AnalyzerTest.CompileProject("AutoFixture", ("Src/AutoFixture/Kernel/ISpecimenBuilder.cs", Kernel)).ToMetadataReference(),
            Library("AutoFixture", "/repo/Src/AutoFixture/obj/Debug/netstandard2.0/ref/AutoFixture.dll", Kernel),
        };
        foreach (var autoFixture in builtByTheSolution)
        {
            var test = TestProject(
                ("Src/AutoFixture.xUnit2.UnitTest/DelegatingSpecimenBuilder.cs", "namespace AutoFixture.Xunit2.UnitTest; " + Builder),
                ("Src/AutoFixtureUnitTest/Kernel/DelegatingSpecimenBuilder.cs", "namespace AutoFixtureUnitTest.Kernel; " + Builder.Replace("class DelegatingSpecimenBuilder", "class {|SSOT1004:DelegatingSpecimenBuilder|}", StringComparison.Ordinal)));
            test.MetadataReferences.Add(autoFixture);
            await test.RunAsync(
                Expect.Warning("'DelegatingSpecimenBuilder' (Src/AutoFixtureUnitTest/Kernel/DelegatingSpecimenBuilder.cs) is a second hand-written test double of 'ISpecimenBuilder'; use the existing 'DelegatingSpecimenBuilder' (Src/AutoFixture.xUnit2.UnitTest/DelegatingSpecimenBuilder.cs)"));
        }
    }

    [Fact]
    public async Task An_interface_of_a_library_built_on_a_test_framework_is_an_extension_point_one_of_a_production_library_or_the_test_project_is_a_seam()
    {
        var xunitCore = MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location);
        var scenarios = Library("Acme.Scenarios", """
            namespace Acme.Scenarios;
            public sealed class ScenarioAttribute : Xunit.FactAttribute { }
            public interface IScenarioStep { void Run(); }
            """, xunitCore);
        var storage = Library("Acme.Storage", "namespace Acme.Storage; public interface IBlobStore { byte[] Read(string key); }");
        var test = TestProject(
            ("tests/Steps/FakeStep.cs", "namespace Tests; public sealed class FakeStep : Acme.Scenarios.IScenarioStep { public void Run() { } }"),
            ("tests/Steps/StubStep.cs", "namespace Tests; public sealed class StubStep : Acme.Scenarios.IScenarioStep { public void Run() { } }"),
            ("tests/Blobs/FakeBlobStore.cs", "namespace Tests; public sealed class FakeBlobStore : Acme.Storage.IBlobStore { public byte[] Read(string key) => []; }"),
            ("tests/Blobs/StubBlobStore.cs", "namespace Tests; public sealed class {|SSOT1004:StubBlobStore|} : Acme.Storage.IBlobStore { public byte[] Read(string key) => []; }"),
            ("tests/Mail/IInbox.cs", "namespace Tests; public interface IInbox { string[] Messages { get; } }"),
            ("tests/Mail/FakeInbox.cs", "namespace Tests; public sealed class FakeInbox : IInbox { public string[] Messages => []; }"),
            ("tests/Mail/StubInbox.cs", "namespace Tests; public sealed class {|SSOT1004:StubInbox|} : IInbox { public string[] Messages => []; }"));
        test.MetadataReferences.AddRange(new[] { xunitCore, scenarios, storage });
        await test.RunAsync(
            Expect.Warning("'StubBlobStore' (tests/Blobs/StubBlobStore.cs) is a second hand-written test double of 'IBlobStore'; use the existing 'FakeBlobStore' (tests/Blobs/FakeBlobStore.cs)"),
            Expect.Warning("'StubInbox' (tests/Mail/StubInbox.cs) is a second hand-written test double of 'IInbox'; use the existing 'FakeInbox' (tests/Mail/FakeInbox.cs)"));
    }

    [Fact]
    public async Task Doubles_named_for_the_fault_they_inject_or_their_platform_are_variants_generic_and_same_named_ones_repeat()
    {
        var test = new AnalyzerTest(new DuplicateTestDoubleAnalyzer()) { Config = "{}" };
        test.GlobalOptions["build_property.IsTestProject"] = "true";
        test.Sources.AddRange(new[]
        {
            ("src/App/IBackend.cs", Backend),
            ("src/App/IDiskImageHelper.cs", "namespace App; public interface IDiskImageHelper { string Mount(string image); }"),
            ("tests/Backends/DeterministicErrorBackend.cs", "namespace Tests; public class DeterministicErrorBackend : App.IBackend { " + BackendMembers + " }"),
            ("tests/Backends/FakeBackend.cs", "namespace Tests; public class FakeBackend : App.IBackend { " + BackendMembers + " }"),
            ("tests/Backends/NoFreeSpaceBackend.cs", "namespace Tests; public class NoFreeSpaceBackend : App.IBackend { " + BackendMembers + " }"),
            ("tests/Backends/SizeOmittingBackend.cs", "namespace Tests; public class SizeOmittingBackend : App.IBackend { " + BackendMembers + " }"),
            ("tests/DiskImage/LinuxDiskImageHelper.cs", "namespace Tests; public sealed class LinuxDiskImageHelper : App.IDiskImageHelper { public string Mount(string image) => \"/dev/loop0\"; }"),
            ("tests/DiskImage/MacOSDiskImageHelper.cs", "namespace Tests; public sealed class MacOSDiskImageHelper : App.IDiskImageHelper { public string Mount(string image) => \"/dev/disk4\"; }"),
            ("tests/DiskImage/WindowsDiskImageHelper.cs", "namespace Tests; public sealed class WindowsDiskImageHelper : App.IDiskImageHelper { public string Mount(string image) => \"E:\"; }"),
            ("tests/Quota/QuotaTests.cs", """
                namespace Tests.Quota;
                public class QuotaTests
                {
                    private sealed class {|SSOT1004:NoFreeSpaceBackend|} : App.IBackend { public System.Threading.Tasks.Task PutAsync(string name, System.IO.Stream data) => throw new System.IO.IOException("disk full"); public long? FreeSpace => 0; }
                }
                """),
            ("tests/Restore/RestoreTests.cs", """
                namespace Tests.Restore;
                public class RestoreTests
                {
                    private sealed class {|SSOT1004:InMemoryBackend|} : App.IBackend { public System.Threading.Tasks.Task PutAsync(string name, System.IO.Stream data) => System.Threading.Tasks.Task.CompletedTask; public long? FreeSpace => null; }
                }
                """),
        });
        await test.RunAsync(
            Expect.Warning("'NoFreeSpaceBackend' (tests/Quota/QuotaTests.cs) is a second hand-written test double of 'IBackend'; use the existing 'NoFreeSpaceBackend' (tests/Backends/NoFreeSpaceBackend.cs)"),
            Expect.Warning("'InMemoryBackend' (tests/Restore/RestoreTests.cs) is a second hand-written test double of 'IBackend'; use the existing 'FakeBackend' (tests/Backends/FakeBackend.cs)"));
    }

    [Fact]
    public async Task Spies_repeat_spies_not_stubs_and_a_double_in_a_file_of_its_own_name_is_the_one_to_share()
    {
        await new AnalyzerTest(new DuplicateTestDoubleAnalyzer())
        {
            Config = "{}",
            GlobalOptions = { ["build_property.IsTestProject"] = "true" },
            Sources =
            {
                ("src/Seeder/IStep.cs", "namespace Seeder; public interface IStep { void Execute(System.Collections.Generic.IDictionary<string, object> context); }"),
                ("tests/Api.Test/HibpControllerTests.cs", """
                    namespace Api.Test;
                    public class HibpControllerTests { }
                    public class {|SSOT1004:MockHttpMessageHandler|} : System.Net.Http.HttpMessageHandler
                    {
                        protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) => throw null!;
                    }
                    """),
                ("tests/Common/MockedHttpMessageHandler.cs", """
                    namespace Common;
                    public class MockedHttpMessageHandler : System.Net.Http.HttpMessageHandler
                    {
                        protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) => throw null!;
                    }
                    """),
                ("tests/Seeder.Test/RecipeBuilderTests.cs", """
                    namespace Seeder.Test;
                    public class RecipeBuilderTests
                    {
                        private sealed class StepStub : Seeder.IStep { public void Execute(System.Collections.Generic.IDictionary<string, object> context) { } }
                    }
                    """),
                ("tests/Seeder.Test/RecipeExecutorTests.cs", """
                    namespace Seeder.Test;
                    public class RecipeExecutorTests
                    {
                        private sealed class RecordingStep(System.Collections.Generic.List<string> log) : Seeder.IStep { public void Execute(System.Collections.Generic.IDictionary<string, object> context) => log.Add("executed"); }

                        private sealed class {|SSOT1004:StepSpy|} : Seeder.IStep { public int Calls; public void Execute(System.Collections.Generic.IDictionary<string, object> context) => Calls++; }
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'MockHttpMessageHandler' (tests/Api.Test/HibpControllerTests.cs) is a second hand-written test double of 'HttpMessageHandler'; use the existing 'MockedHttpMessageHandler' (tests/Common/MockedHttpMessageHandler.cs)"),
            Expect.Warning("'StepSpy' (tests/Seeder.Test/RecipeExecutorTests.cs) is a second hand-written test double of 'IStep'; use the existing 'RecordingStep' (same file)"));
    }

    [Fact]
    public async Task A_double_nested_in_another_test_class_is_advised_to_move_to_a_shared_file_one_in_the_same_class_is_reused()
    {
        await new AnalyzerTest(new DuplicateTestDoubleAnalyzer())
        {
            Config = "{}",
            GlobalOptions = { ["build_property.IsTestProject"] = "true" },
            Sources =
            {
                ("src/App/IEventManager.cs", "namespace App; public interface IEventManager { void Publish<TEvent>(TEvent e); }"),
                ("src/App/IUserStore.cs", "namespace App; public interface IUserStore { string? Find(string id); }"),
                ("tests/Users/UserManagerProfileImageTests.cs", """
                    namespace Tests.Users;
                    public class UserManagerProfileImageTests
                    {
                        private sealed class NoopEventManager : App.IEventManager { public void Publish<TEvent>(TEvent e) { } }
                    }
                    """),
                ("tests/Users/UserManagerUpdateUserTests.cs", """
                    namespace Tests.Users;
                    public class UserManagerUpdateUserTests
                    {
                        private sealed class {|SSOT1004:NoopEventManager|} : App.IEventManager { public void Publish<TEvent>(TEvent e) { } }

                        private sealed class FakeUserStore : App.IUserStore { public string? Find(string id) => id; }

                        private sealed class {|SSOT1004:StubUserStore|} : App.IUserStore { public string? Find(string id) => null; }
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'NoopEventManager' (tests/Users/UserManagerUpdateUserTests.cs) is a second hand-written test double of 'IEventManager'; move the existing 'NoopEventManager' out of 'UserManagerProfileImageTests' (tests/Users/UserManagerProfileImageTests.cs) to a shared file and use it in both"),
            Expect.Warning("'StubUserStore' (tests/Users/UserManagerUpdateUserTests.cs) is a second hand-written test double of 'IUserStore'; use the existing 'FakeUserStore' (same file)"));
    }

    [Fact]
    public async Task Generic_doubles_and_the_generic_interface_are_named_with_their_type_parameters()
    {
        await new AnalyzerTest(new DuplicateTestDoubleAnalyzer())
        {
            Config = "{}",
            GlobalOptions = { ["build_property.IsTestProject"] = "true" },
            Sources =
            {
                ("src/App/IRepository.cs", "namespace App; public interface IRepository<TEntity> { TEntity? Find(int id); }"),
                ("tests/Fakes/FakeRepository.cs", "namespace Tests; public sealed class FakeRepository<TEntity> : App.IRepository<TEntity> { public TEntity? Find(int id) => default; }"),
                ("tests/Orders/InMemoryRepository.cs", "namespace Tests.Orders; public sealed class {|SSOT1004:InMemoryRepository|}<TEntity> : App.IRepository<TEntity> { public TEntity? Find(int id) => default; }"),
            },
        }.RunAsync(
            Expect.Warning("'InMemoryRepository<TEntity>' (tests/Orders/InMemoryRepository.cs) is a second hand-written test double of 'IRepository<TEntity>'; use the existing 'FakeRepository<TEntity>' (tests/Fakes/FakeRepository.cs)"));
    }

    /// <summary>A package's assembly compiled from source, referenced by its image as a restored package would be.</summary>
    private static PortableExecutableReference Library(string assemblyName, string source, params MetadataReference[] references)
        => Library(assemblyName, "/home/dev/.nuget/packages/" + assemblyName.ToLowerInvariant() + "/1.0.0/lib/netstandard2.0/" + assemblyName + ".dll", source, references);

    /// <summary>An assembly compiled from source, referenced by its image at <paramref name="path"/>, as a build passes it.</summary>
    private static PortableExecutableReference Library(string assemblyName, string path, string source, params MetadataReference[] references)
    {
        var compilation = AnalyzerTest.CompileProject(assemblyName, references, ("lib/" + assemblyName + ".cs", source));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray(), filePath: path);
    }
}
