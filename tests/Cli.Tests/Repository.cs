using Netra.Ssot.TestKit;

namespace Netra.Ssot.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } = SourcePaths.RepositoryRoot(typeof(Repository).Assembly);

    public static string Sample => Path.Combine(Root, "samples", "NetraApex");
}
