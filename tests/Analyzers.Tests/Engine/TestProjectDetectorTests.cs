using Microsoft.CodeAnalysis;
using Netra.Ssot.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>
/// What makes a project a test project: the package IDs a host that reads the project file uses (ssot-check), and, in
/// the compilation, a test framework it tests with, not one it extends (AutoFixture.Xunit2, AutoFixture.NUnit3).
/// </summary>
public sealed class TestProjectDetectorTests
{
    /// <summary>xunit 2's core (<c>FactAttribute</c>, <c>DataAttribute</c>) and abstractions, as a glue library references them.</summary>
    private static readonly MetadataReference[] Xunit =
    {
        MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location),
    };

    /// <summary>AutoFixture.Xunit2's shape: a data attribute for theories, no test.</summary>
    private const string GlueLibrary = """
        using System.Collections.Generic;
        using System.Reflection;
        namespace AutoFixture.Xunit2
        {
            public class AutoDataAttribute : Xunit.Sdk.DataAttribute
            {
                public override IEnumerable<object[]> GetData(MethodInfo testMethod) { yield return new object[0]; }
            }
        }
        """;

    [Theory]
    [InlineData("xunit", true)]
    [InlineData("XUnit.Core", true)]
    [InlineData("xunit.v3", true)]
    [InlineData("Microsoft.NET.Test.Sdk", true)]
    [InlineData("NUnit", true)]
    [InlineData("MSTest.TestFramework", true)]
    [InlineData("TUnit", true)]
    [InlineData("Moq", false)]
    [InlineData("NUnit3TestAdapter", false)]
    [InlineData("xunit.abstractions", false)]
    public void Test_framework_packages_are_recognised_by_id(string packageId, bool expected)
        => Assert.Equal(expected, TestProjectDetector.IsTestFrameworkPackage(packageId));

    [Fact]
    public void A_library_that_extends_xunit_and_declares_no_test_is_production()
    {
        var compilation = AnalyzerTest.CompileProject("AutoFixture.Xunit2", Xunit, ("Src/AutoFixture.xUnit2/AutoDataAttribute.cs", GlueLibrary));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.True(TestProjectDetector.ReferencesTestFramework(compilation));
        Assert.True(TestProjectDetector.ExtendsTestFrameworkWithoutTests(compilation));
        Assert.False(TestProjectDetector.IsTestProject(compilation, Options()));
    }

    [Fact]
    public void A_project_with_a_Fact_is_a_test_project_even_when_it_also_extends_xunit()
    {
        var compilation = AnalyzerTest.CompileProject(
            "AutoFixture.Xunit2.UnitTest",
            Xunit,
            ("Src/AutoFixture.xUnit2/AutoDataAttribute.cs", GlueLibrary),
            ("Src/AutoFixture.xUnit2.UnitTest/AutoDataAttributeTest.cs", """
                namespace AutoFixture.Xunit2.UnitTest
                {
                    public class AutoDataAttributeTest
                    {
                        [Xunit.Fact]
                        public void SutIsAttribute() { }
                    }
                }
                """));

        Assert.False(TestProjectDetector.ExtendsTestFrameworkWithoutTests(compilation));
        Assert.True(TestProjectDetector.IsTestProject(compilation, Options()));
    }

    [Fact]
    public void A_project_whose_only_tests_are_theories_of_its_own_data_attribute_is_a_test_project()
    {
        var compilation = AnalyzerTest.CompileProject(
            "Shop.Tests",
            Xunit,
            ("tests/Shop.Tests/InlineShopDataAttribute.cs", """
                using System.Collections.Generic;
                using System.Reflection;
                namespace Shop.Tests
                {
                    public sealed class InlineShopDataAttribute : Xunit.Sdk.DataAttribute
                    {
                        public override IEnumerable<object[]> GetData(MethodInfo testMethod) { yield return new object[] { 1 }; }
                    }
                    public class CartTests
                    {
                        [Xunit.Theory, InlineShopData]
                        public void Adds(int quantity) { }
                    }
                }
                """));

        Assert.True(TestProjectDetector.IsTestProject(compilation, Options()));
    }

    [Fact]
    public void A_test_helper_library_that_uses_xunit_without_extending_it_stays_test_code()
    {
        var compilation = AnalyzerTest.CompileProject(
            "Shop.Tests.Common",
            Xunit,
            ("tests/Common/FakeClock.cs", "namespace Shop.Tests.Common { public sealed class FakeClock { public Xunit.Abstractions.ITestOutputHelper Output { get; set; } } }"));

        Assert.False(TestProjectDetector.ExtendsTestFrameworkWithoutTests(compilation));
        Assert.True(TestProjectDetector.IsTestProject(compilation, Options()));
    }

    [Fact]
    public void IsTestProject_true_in_MSBuild_wins_over_the_shape_of_the_code()
    {
        var compilation = AnalyzerTest.CompileProject("AutoFixture.Xunit2", Xunit, ("Src/AutoFixture.xUnit2/AutoDataAttribute.cs", GlueLibrary));

        Assert.True(TestProjectDetector.IsTestProject(compilation, Options(("build_property.IsTestProject", "true"))));
    }

    [Fact]
    public void A_project_without_a_test_framework_is_not_a_test_project()
    {
        var compilation = AnalyzerTest.CompileProject("Shop", ("src/Shop/Cart.cs", "namespace Shop { public class Cart { } }"));

        Assert.False(TestProjectDetector.ReferencesTestFramework(compilation));
        Assert.False(TestProjectDetector.IsTestProject(compilation, Options()));
    }

    /// <summary>AutoFixture's core, a project the glue library and the tests reference.</summary>
    private const string Kernel = "namespace AutoFixture.Kernel { public interface IRequestSpecification { bool IsSatisfiedBy(object request); } }";

    /// <summary>Two strategies of the core's interface, as AutoFixture.Xunit2's FrozenAttribute and FavorArraysAttribute ship them.</summary>
    private const string Filters = """
        namespace AutoFixture.Xunit2
        {
            public sealed class FrozenAttribute : System.Attribute
            {
                private sealed class Filter : AutoFixture.Kernel.IRequestSpecification { public bool IsSatisfiedBy(object request) => request is System.Reflection.ParameterInfo; }
            }
            public sealed class FavorArraysAttribute : System.Attribute
            {
                private sealed class {|#1:Filter#|} : AutoFixture.Kernel.IRequestSpecification { public bool IsSatisfiedBy(object request) => request is System.Type { IsArray: true }; }
            }
        }
        """;

    private static AnalyzerTest GlueLibraryTest(string filters, params (string Path, string Source)[] more)
    {
        var test = new AnalyzerTest(new DuplicateTestDoubleAnalyzer()) { Config = "{}" };
        test.MetadataReferences.AddRange(Xunit);
        test.ReferencedProjectSources.Add(("Src/AutoFixture/Kernel/IRequestSpecification.cs", Kernel));
        test.Sources.Add(("Src/AutoFixture.xUnit2/AutoDataAttribute.cs", GlueLibrary));
        test.Sources.Add(("Src/AutoFixture.xUnit2/Filters.cs", filters));
        test.Sources.AddRange(more);
        return test;
    }

    /// <summary>The shipped strategies of a glue library are not "second test doubles" (AutoFixture's false SSOT1004 on FrozenAttribute.Filter).</summary>
    [Fact]
    public async Task The_request_specifications_a_glue_library_ships_are_not_test_doubles()
        => await GlueLibraryTest(Filters.Replace("{|#1:", string.Empty).Replace("#|}", string.Empty)).RunAsync();

    /// <summary>The same classes in a project that tests (a [Fact]) are repeated test doubles of the core's interface.</summary>
    [Fact]
    public async Task The_same_classes_in_a_project_with_a_Fact_are_repeated_test_doubles()
        => await GlueLibraryTest(
            Filters.Replace("{|#1:", "{|SSOT1004:").Replace("#|}", "|}"),
            ("Src/AutoFixture.xUnit2.UnitTest/FrozenTest.cs", "namespace AutoFixture.Xunit2.UnitTest { public class FrozenTest { [Xunit.Fact] public void Freezes() { } } }"))
            .RunAsync(Expect.Warning("'Filter' (Src/AutoFixture.xUnit2/Filters.cs) is a second hand-written test double of 'IRequestSpecification'; move the existing 'Filter' out of 'FrozenAttribute' (same file) to a shared file and use it in both"));

    private static Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions Options(params (string Key, string Value)[] values)
        => new TestOptionsProvider(values.ToDictionary(v => v.Key, v => v.Value)).GlobalOptions;
}
