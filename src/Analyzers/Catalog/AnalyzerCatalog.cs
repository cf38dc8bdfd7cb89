using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Netra.Ssot.Catalog;

/// <summary>Every analyzer of the pack, for hosts that run them outside the compiler (ssot-check, tests).</summary>
public static class AnalyzerCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll()
        => typeof(AnalyzerCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
