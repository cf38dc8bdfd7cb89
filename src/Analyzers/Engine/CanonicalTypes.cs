using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine;

/// <summary>A type ssot.json declares by name: a critical type or a concept's canonical type.</summary>
public sealed class CanonicalType
{
    public CanonicalType(string metadataName, string what, bool missionCritical, INamedTypeSymbol symbol)
    {
        MetadataName = metadataName;
        Name = SymbolNames.SimpleName(metadataName);
        Namespace = SymbolNames.NamespaceOf(metadataName);
        What = what;
        MissionCritical = missionCritical;
        Symbol = symbol;
    }

    public string MetadataName { get; }

    public string Name { get; }

    /// <summary>The namespace to import: the canonical one, never another namespace with a same-name type.</summary>
    public string Namespace { get; }

    /// <summary>"critical type" or "the canonical type of concept 'X'", for messages.</summary>
    public string What { get; }

    public bool MissionCritical { get; }

    public INamedTypeSymbol Symbol { get; }
}

/// <summary>
/// The declared types of ssot.json that resolve in a compilation, by simple name: what SSOT2002, SSOT2004 and the
/// canonical-using code fix offer to import. Built once per compilation.
/// </summary>
public static class CanonicalTypes
{
    public static Dictionary<string, CanonicalType> Build(SsotConfig config, Compilation compilation)
    {
        var byName = new Dictionary<string, CanonicalType>(StringComparer.Ordinal);
        foreach (var critical in config.Critical)
        {
            string name = critical.Symbol.StartsWith("T:", StringComparison.Ordinal) ? critical.Symbol.Substring(2) : critical.Symbol;
            Add(byName, compilation, name, "critical type", critical.MissionCritical);
        }

        foreach (var concept in config.Concepts)
        {
            Add(byName, compilation, concept.Canonical, "the canonical type of concept '" + concept.Name + "'", concept.MissionCritical);
        }

        return byName;
    }

    private static void Add(Dictionary<string, CanonicalType> byName, Compilation compilation, string metadataName, string what, bool missionCritical)
    {
        if (metadataName.IndexOf(':') >= 0 || metadataName.IndexOf('+') >= 0 || SymbolNames.NamespaceOf(metadataName).Length == 0)
        {
            return; // members, nested types and global-namespace types are not imported by a using of a namespace
        }

        var symbol = SymbolResolver.FindType(compilation, metadataName);
        var candidate = symbol is null ? null : new CanonicalType(metadataName, what, missionCritical, symbol);
        if (candidate is not null && !byName.ContainsKey(candidate.Name))
        {
            byName.Add(candidate.Name, candidate); // the first declaration of a simple name wins: critical before concepts
        }
    }
}
