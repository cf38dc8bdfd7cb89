using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.TestKit.Internal;

/// <summary>The references in-memory test compilations use: the running .NET's own assemblies.</summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ImmutableArray<MetadataReference> Net => Lazy.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        string list = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return list.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
