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
/// A referenced assembly that is not a project of the solution is a test library when it is a known one
/// (<see cref="KnownLibraries"/>) or directly references one (AutoFixture.Xunit2, AutoFixture.AutoMoq, an in-house
/// xunit extension package): production code does not reference test libraries, so an assembly that does is on the
/// test side. The judgement reads only the assembly's metadata and how it is referenced, so a build, the IDE and
/// ssot-check judge a type the same way. "Only tests reference it" cannot be judged from one compilation in
/// general, which is why the known names anchor the judgement.
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
        "AutoFixture", "Ploeh.AutoFixture",
        "Moq", "NSubstitute", "FakeItEasy", "Rhino.Mocks", "JustMock", "RichardSzalay.MockHttp", "WireMock",
        "FluentAssertions", "AwesomeAssertions", "Shouldly", "NFluent", "Verify",
        "BenchmarkDotNet",
        "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.TestHost", "Testcontainers",
    };

    private static readonly ConditionalWeakTable<IAssemblySymbol, object> Judged = new();

    private static readonly char[] PathSeparators = { '/', '\\' };

    private static readonly object Yes = true;

    private static readonly object No = false;

    /// <summary>
    /// Whether <paramref name="type"/>, a base type of a type declared in <paramref name="declaringAssembly"/>, is
    /// declared by a test library. A type of the solution itself never is: not one of the declaring assembly (a test
    /// project references its test framework, but its own interfaces are seams of its own code), nor one of another
    /// project of the solution (AutoFixture's own tests double AutoFixture's interfaces: there they are the code under
    /// test; a shared test kit's interfaces are the solution's).
    /// </summary>
    public static bool Declares(INamedTypeSymbol type, IAssemblySymbol declaringAssembly)
    {
        var assembly = type.OriginalDefinition.ContainingAssembly;
        if (assembly is null || SymbolEqualityComparer.Default.Equals(assembly, declaringAssembly) || IsSolutionProject(assembly, declaringAssembly))
        {
            return false;
        }

        return IsTestLibrary(assembly);
    }

    /// <summary>
    /// A project of the solution: a project reference in a workspace (ssot-check, the IDE) is a compilation; in a
    /// build it is a file the build produced, under a <c>bin</c> or <c>obj</c> folder, while a package's assembly is
    /// in the package folder.
    /// </summary>
    private static bool IsSolutionProject(IAssemblySymbol assembly, IAssemblySymbol declaringAssembly)
    {
        if (assembly is ISourceAssemblySymbol)
        {
            return true;
        }

        // A project reference whose target framework differs is a retargeting assembly, not a source one; its
        // reference is still the other compilation.
        return declaringAssembly is ISourceAssemblySymbol source
            && source.Compilation.GetMetadataReference(assembly) is { } reference
            && (reference is CompilationReference || (reference is PortableExecutableReference { FilePath: { } path } && IsBuildOutput(path)));
    }

    private static bool IsBuildOutput(string path)
    {
        foreach (string segment in path.Split(PathSeparators))
        {
            if (string.Equals(segment, "bin", StringComparison.OrdinalIgnoreCase) || string.Equals(segment, "obj", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
