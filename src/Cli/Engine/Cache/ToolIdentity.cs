using System.Reflection;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// The identity of the running tool for the cache: its version and the module version ids of the CLI and analyzer
/// assemblies, which change with every change of their code (the builds are deterministic), so that a local build
/// with the same version number never reuses another build's results.
/// </summary>
internal static class ToolIdentity
{
    public static string Current { get; } = $"{SsotCheck.ToolVersion} ({Mvid(typeof(ToolIdentity).Assembly)}, {Mvid(typeof(AnalyzerCatalog).Assembly)})";

    private static string Mvid(Assembly assembly) => assembly.ManifestModule.ModuleVersionId.ToString("N");
}
