using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Analyzers.Tests;

/// <summary>
/// The real Microsoft.Extensions.Configuration, Binder, Options and DependencyInjection assemblies this test project
/// references, for test compilations of code that reads configuration.
/// </summary>
internal static class ConfigurationAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ImmutableArray<MetadataReference> References => Lazy.Value;

    private static ImmutableArray<MetadataReference> Load()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
