using System;
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

    public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions globalOptions)
    {
        if (globalOptions.TryGetValue(IsTestProjectProperty, out string? value) && value is not null)
        {
            if (string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            foreach (string name in TestFrameworkAssemblies)
            {
                if (string.Equals(assembly.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
