using System.Reflection;

namespace Netra.Ssot.TestKit;

/// <summary>
/// Where a test assembly's sources live, from the <c>AssemblyMetadata</c> that <c>tests/Directory.Build.props</c>
/// stamps on every test project. Unlike <c>CallerFilePath</c>, this survives the <c>/_/</c> path mapping of CI builds.
/// </summary>
public static class SourcePaths
{
    public static string RepositoryRoot(Assembly testAssembly) => Metadata(testAssembly, "RepositoryRoot");

    public static string ProjectDirectory(Assembly testAssembly) => Metadata(testAssembly, "ProjectDirectory");

    private static string Metadata(Assembly assembly, string key)
    {
        string? value = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} has no [AssemblyMetadata(\"{key}\")]; is it under tests/?");
        }

        return value.TrimEnd('/', '\\');
    }
}
