using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Netra.Ssot.Engine;

/// <summary>Decides whether a compilation is a test project, the same way in the build and in ssot-check.</summary>
public static class TestProjectDetector
{
    /// <summary>The MSBuild property the package makes visible to analyzers (CompilerVisibleProperty).</summary>
    public const string IsTestProjectProperty = "build_property.IsTestProject";

    /// <summary>Assemblies whose reference makes a project a test project.</summary>
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core",
        "xunit.v3.core",
        "xunit.v3.assert",
        "xunit.assert",
        "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework",
        "TUnit.Core",
    };

    /// <summary>
    /// Packages whose <c>PackageReference</c> makes a project a test project. A host that can read the project file
    /// (ssot-check) uses them because a declared reference counts even when restore failed and the assemblies above
    /// are missing from the compilation.
    /// </summary>
    private static readonly string[] TestFrameworkPackages =
    {
        "Microsoft.NET.Test.Sdk",
        "xunit",
        "xunit.core",
        "xunit.assert",
        "xunit.v3",
        "xunit.v3.core",
        "xunit.v3.assert",
        "NUnit",
        "MSTest",
        "MSTest.TestFramework",
        "TUnit",
        "TUnit.Core",
    };

    /// <summary>Whether a package ID names a test framework or the test SDK (case-insensitive).</summary>
    public static bool IsTestFrameworkPackage(string packageId)
    {
        foreach (string name in TestFrameworkPackages)
        {
            if (string.Equals(packageId.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the compilation is a test project: the MSBuild property <c>IsTestProject</c> says so, or it references a
    /// test framework and is not a library that extends the framework (<see cref="ExtendsTestFrameworkWithoutTests"/>).
    /// </summary>
    public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions globalOptions)
    {
        if (globalOptions.TryGetValue(IsTestProjectProperty, out string? value) && value is not null)
        {
            if (string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return ReferencesTestFramework(compilation) && !ExtendsTestFrameworkWithoutTests(compilation);
    }

    /// <summary>Whether the compilation references a test framework's assembly (so the framework's types bind).</summary>
    public static bool ReferencesTestFramework(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (IsTestFrameworkAssembly(assembly.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A library that references a test framework to extend it, not to test with it: it declares no test (no method or
    /// class carries one of the framework's test attributes) and one of its types derives from or implements a type of
    /// the framework (AutoFixture.Xunit2's <c>AutoDataAttribute : DataAttribute</c>, AutoFixture.NUnit3's
    /// <c>ITestBuilder</c> attributes). It ships to users, so its code is production code. Computed once per compilation.
    /// </summary>
    public static bool ExtendsTestFrameworkWithoutTests(Compilation compilation)
        => FrameworkExtensions.GetValue(compilation, c => new StrongBox<bool>(ComputeExtendsWithoutTests(c))).Value;

    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> FrameworkExtensions = new();

    /// <summary>The framework types whose use on a method or class marks a test (or a derived or implementing attribute).</summary>
    private static readonly string[] TestMarkers =
    {
        "FactAttribute", "TheoryAttribute", // xunit
        "TestAttribute", "TestCaseAttribute", "TestCaseSourceAttribute", "TestFixtureAttribute", "ITestBuilder", "ISimpleTestBuilder", // NUnit
        "TestMethodAttribute", "DataTestMethodAttribute", "TestClassAttribute", // MSTest
    };

    /// <summary>Assemblies a library extends a test framework through (its core, and xunit's abstractions).</summary>
    private static bool IsFrameworkType(ITypeSymbol type)
        => type.ContainingAssembly is { } assembly
            && (IsTestFrameworkAssembly(assembly.Name) || string.Equals(assembly.Name, "xunit.abstractions", StringComparison.OrdinalIgnoreCase));

    private static bool IsTestFrameworkAssembly(string name)
    {
        foreach (string framework in TestFrameworkAssemblies)
        {
            if (string.Equals(name, framework, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ComputeExtendsWithoutTests(Compilation compilation)
    {
        bool extends = false;
        foreach (var type in NamespaceTypes.All(compilation.Assembly.GlobalNamespace))
        {
            if (MarksTest(type.GetAttributes()))
            {
                return false;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && MarksTest(method.GetAttributes()))
                {
                    return false;
                }
            }

            extends = extends || Extends(type);
        }

        return extends;
    }

    private static bool Extends(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (IsFrameworkType(baseType))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsFrameworkType(implemented))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the attributes is a framework test marker, or derives from or implements one.</summary>
    private static bool MarksTest(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            for (var current = attributeClass; current is not null; current = current.BaseType)
            {
                if (IsMarker(current))
                {
                    return true;
                }
            }

            foreach (var implemented in attributeClass.AllInterfaces)
            {
                if (IsMarker(implemented))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsMarker(INamedTypeSymbol type)
        => Array.IndexOf(TestMarkers, type.Name) >= 0 && IsFrameworkType(type);
}
