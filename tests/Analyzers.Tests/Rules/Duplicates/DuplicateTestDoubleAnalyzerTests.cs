using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

public sealed class DuplicateTestDoubleAnalyzerTests
{
    private const string Clock = "namespace App; public interface IClock { System.DateTimeOffset Now { get; } }";

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
    public async Task A_top_level_double_is_the_one_to_share_even_when_a_nested_one_comes_first()
    {
        await TestProject(
            ("tests/A/AlarmTests.cs", "namespace Tests; public class AlarmTests { private sealed class {|SSOT1004:ClockStub|} : App.IClock { public System.DateTimeOffset Now => default; } }"),
            ("tests/Z/ManualClock.cs", "namespace Tests; public sealed class ManualClock : App.IClock { public System.DateTimeOffset Now { get; set; } }"),
            ("tests/Z/SecondClock.cs", "namespace Tests; public sealed class {|SSOT1004:SecondClock|} : App.IClock { public System.DateTimeOffset Now { get; set; } }")).RunAsync(
                Expect.Warning("'ClockStub' (tests/A/AlarmTests.cs) is a second hand-written test double of 'IClock'; use the existing 'ManualClock' (tests/Z/ManualClock.cs)"),
                Expect.Warning("'SecondClock' (tests/Z/SecondClock.cs) is a second hand-written test double of 'IClock'; use the existing 'ManualClock' (tests/Z/ManualClock.cs)"));
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
            ("src/App/Ignored.cs", "namespace App; public interface IIgnored { }"),
            ("tests/I1.cs", "namespace Tests; public sealed class FakeIgnored : App.IIgnored { }"),
            ("tests/I2.cs", "namespace Tests; public sealed class StubIgnored : App.IIgnored { }"));
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
}
