using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Analyzers.Tests;

/// <summary>
/// The real ASP.NET Core shared framework installed with the SDK (Microsoft.AspNetCore.App next to the running
/// Microsoft.NETCore.App, same major version), for test compilations of endpoints and their clients.
/// </summary>
internal static class AspNetCoreAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ImmutableArray<MetadataReference> References => Lazy.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime))!;
        string major = Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        string folder = Directory.GetDirectories(Path.Combine(shared, "Microsoft.AspNetCore.App"))
            .Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal))
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0))
            .Last();
        return Directory.GetFiles(folder, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
