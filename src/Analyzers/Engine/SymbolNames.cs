using System.Text;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine;

/// <summary>Names of symbols in the forms ssot.json uses.</summary>
public static class SymbolNames
{
    /// <summary>The metadata name: <c>Ns.Outer+Inner</c>, <c>Ns.Repository`1</c>.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();
    }

    /// <summary>The simple name of a metadata name: <c>Ns.Outer+Inner`1</c> gives <c>Inner</c>.</summary>
    public static string SimpleName(string metadataName)
    {
        int start = metadataName.LastIndexOfAny(new[] { '.', '+' }) + 1;
        int tick = metadataName.IndexOf('`', start);
        return tick < 0 ? metadataName.Substring(start) : metadataName.Substring(start, tick - start);
    }

    private static void Append(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            Append(builder, outer);
            builder.Append('+');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(type.MetadataName);
    }
}
