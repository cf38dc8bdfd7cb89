using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine;

/// <summary>Every type of a namespace tree, nested types included, depth first in the compiler's order.</summary>
public static class NamespaceTypes
{
    /// <summary>
    /// The types of <paramref name="ns"/> and of its namespaces, each followed by its nested types. Nested types are
    /// read with <see cref="INamespaceOrTypeSymbol.GetTypeMembers()"/>: a type's <c>GetMembers()</c> would create (and
    /// bind the signature of) every method, field and property, which a walk over types does not need.
    /// </summary>
    public static IEnumerable<INamedTypeSymbol> All(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in All(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var inner in WithNested(nested))
            {
                yield return inner;
            }
        }
    }
}
