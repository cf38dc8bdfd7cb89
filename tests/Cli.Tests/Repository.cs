using System.Reflection;

namespace Netra.Ssot.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!.TrimEnd('/');

    public static string Sample => Path.Combine(Root, "samples", "NetraApex");
}
