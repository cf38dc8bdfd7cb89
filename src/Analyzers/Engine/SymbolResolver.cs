using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine;

/// <summary>Resolves the names ssot.json uses against a compilation (its source and its references).</summary>
public static class SymbolResolver
{
    /// <summary>
    /// A type metadata name (<c>Ns.Type`1</c>), a namespace (<c>Ns.Sub</c>) or a documentation ID
    /// (<c>M:Ns.Type.Method(System.String)</c>, <c>T:</c>, <c>N:</c>…); null when nothing matches.
    /// </summary>
    public static ISymbol? Resolve(Compilation compilation, string name)
    {
        if (name.Length > 2 && name[1] == ':')
        {
            return name[0] == 'N'
                ? FindNamespace(compilation, name.Substring(2))
                : DocumentationCommentId.GetFirstSymbolForDeclarationId(name, compilation);
        }

        return FindType(compilation, name) ?? (ISymbol?)FindNamespace(compilation, name);
    }

    /// <summary>
    /// A type by metadata name. Unlike <see cref="Compilation.GetTypeByMetadataName"/>, a name declared in
    /// several references (polyfills) still resolves: the compilation's own type first, else the first one.
    /// </summary>
    public static INamedTypeSymbol? FindType(Compilation compilation, string metadataName)
    {
        if (compilation.GetTypeByMetadataName(metadataName) is { } unique)
        {
            return unique;
        }

        var all = compilation.GetTypesByMetadataName(metadataName);
        return all.IsEmpty ? null : all[0];
    }

    /// <summary>A namespace that some assembly of the compilation declares types in, or null.</summary>
    public static INamespaceSymbol? FindNamespace(Compilation compilation, string namespaceName)
    {
        INamespaceSymbol current = compilation.GlobalNamespace;
        foreach (string segment in namespaceName.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(segment))
            {
                if (member is INamespaceSymbol ns)
                {
                    next = ns;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
