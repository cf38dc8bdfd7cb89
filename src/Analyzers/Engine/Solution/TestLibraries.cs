using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// Decides whether a referenced assembly is a test library: code that only tests use (a test framework, a fixture,
/// mocking, assertion or benchmark library, or a library or test kit built on one). Implementing a test library's
/// interface (AutoFixture's <c>ICustomization</c>, an xunit extension point) plugs into the test tooling; it does not
/// stand in for the code under test, so such an interface is an extension point, not a seam (SSOT1004).
/// </summary>
/// <remarks>
/// The judgement reads only the assembly's own metadata (its name and the assemblies it references), so a build, the
/// IDE and ssot-check judge a type the same way: the assembly is a known test library (<see cref="KnownLibraries"/>),
/// or it directly references one (AutoFixture.Xunit2, AutoFixture.AutoMoq, a solution's shared test kit that
/// references xunit). Production code does not reference test libraries, so an assembly that does is on the test
/// side. "Only tests reference it" cannot be judged from one compilation in general (a project reference and a
/// package look alike), which is why the known names anchor the judgement.
/// </remarks>
public static class TestLibraries
{
    /// <summary>
    /// Assembly names (exact, or followed by a dot: <c>xunit</c> covers <c>xunit.core</c>) of test frameworks and of
    /// libraries only tests use.
    /// </summary>
    private static readonly string[] KnownLibraries =
    {
        "xunit", "nunit", "NUnit3", "MSTest", "Microsoft.VisualStudio.TestPlatform", "Microsoft.VisualStudio.QualityTools",
        "Microsoft.Testing", "TUnit", "Machine.Specifications",
        "AutoFixture", "Ploeh.AutoFixture", "Bogus",
        "Moq", "NSubstitute", "FakeItEasy", "Rhino.Mocks", "JustMock", "RichardSzalay.MockHttp", "WireMock",
        "FluentAssertions", "AwesomeAssertions", "Shouldly", "NFluent", "Verify",
        "BenchmarkDotNet",
        "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.TestHost", "Testcontainers",
    };

    private static readonly ConditionalWeakTable<IAssemblySymbol, object> Judged = new();

    private static readonly object Yes = true;

    private static readonly object No = false;

    /// <summary>
    /// Whether <paramref name="type"/>, a base type of a type declared in <paramref name="declaringAssembly"/>, is
    /// declared by a test library. A type of the declaring assembly itself never is (a test project references its
    /// test framework, but its own interfaces are seams of its own code).
    /// </summary>
    public static bool Declares(INamedTypeSymbol type, IAssemblySymbol declaringAssembly)
    {
        var assembly = type.OriginalDefinition.ContainingAssembly;
        if (assembly is null || SymbolEqualityComparer.Default.Equals(assembly, declaringAssembly))
        {
            return false;
        }

        return IsTestLibrary(assembly);
    }

    /// <summary>A known test library, or an assembly that directly references one.</summary>
    public static bool IsTestLibrary(IAssemblySymbol assembly) => ReferenceEquals(Judged.GetValue(assembly, Judge), Yes);

    private static object Judge(IAssemblySymbol assembly)
    {
        if (IsKnown(assembly.Name))
        {
            return Yes;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (IsKnown(referenced.Name))
                {
                    return Yes;
                }
            }
        }

        return No;
    }

    /// <summary>Whether an assembly name is one of <see cref="KnownLibraries"/> (without case).</summary>
    public static bool IsKnown(string assemblyName)
    {
        foreach (string known in KnownLibraries)
        {
            if (assemblyName.StartsWith(known, StringComparison.OrdinalIgnoreCase)
                && (assemblyName.Length == known.Length || assemblyName[known.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
