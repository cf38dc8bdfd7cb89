using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Loads the analyzers and source generators of a solution built from the cache (<see cref="CachedSolutionLoader"/>):
/// each folder of analyzer assemblies in its own load context, which resolves an assembly from that folder unless the
/// tool already has it (the compiler's own assemblies are shared, so a generator sees the same Roslyn types).
/// </summary>
internal sealed class AnalyzerAssemblies : IAnalyzerAssemblyLoader
{
    private readonly ConcurrentDictionary<string, FolderContext> _contexts = new(StringComparer.Ordinal);

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath) ?? string.Empty;
        var context = _contexts.GetOrAdd(folder, f => new FolderContext(f));
        lock (context)
        {
            return context.LoadFromAssemblyPath(fullPath);
        }
    }

    private sealed class FolderContext(string folder) : AssemblyLoadContext($"ssot-check analyzers {folder}")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, assemblyName.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return null; // the tool's own copy (Microsoft.CodeAnalysis and what it depends on)
            }

            string candidate = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
