using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>How often a type is named outside its own declaration, and how often outside its namespace.</summary>
internal readonly record struct TypeUse(int References, int OutsideNamespace);

/// <summary>
/// Counts the references to a set of types across the solution: every identifier (in any tree of any compiled
/// project, generated Razor code included) whose text is one of the types' names is bound, and counted when it
/// resolves to one of them, outside that type's own declaration. Only identifiers that spell a wanted name are
/// bound, so the cost grows with how common the names are, not with the size of the solution. Documentation
/// comments (<c>cref</c>) are not references.
/// </summary>
internal static class TypeUseCounter
{
    /// <param name="targets">The types to count, by (assembly, metadata name).</param>
    public static Dictionary<(string Assembly, string MetadataName), TypeUse> Count(
        IEnumerable<Compilation> compilations,
        IReadOnlyCollection<(string Assembly, string MetadataName)> targets,
        CancellationToken cancellationToken)
    {
        var counts = targets.Distinct().ToDictionary(t => t, _ => new TypeUse(0, 0));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, metadataName) in counts.Keys)
        {
            string name = SymbolNames.SimpleName(metadataName);
            names.Add(name);
            if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
            {
                names.Add(name[..^"Attribute".Length]);
            }
        }

        var seenTrees = new HashSet<string>(StringComparer.Ordinal);
        foreach (var compilation in compilations)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tree.FilePath.Length > 0 && !seenTrees.Add(tree.FilePath))
                {
                    continue; // another target framework of the same project, already counted
                }

                var candidates = tree.GetRoot(cancellationToken).DescendantNodes()
                    .OfType<SimpleNameSyntax>()
                    .Where(n => names.Contains(n.Identifier.ValueText))
                    .ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var model = compilation.GetSemanticModel(tree);
                foreach (var node in candidates)
                {
                    if (Resolve(model, node, cancellationToken) is not { } type)
                    {
                        continue;
                    }

                    var key = (type.ContainingAssembly?.Name ?? string.Empty, SymbolNames.MetadataName(type));
                    if (!counts.TryGetValue(key, out var use) || IsInside(type, tree, node))
                    {
                        continue;
                    }

                    bool outside = NamespaceOf(node) != (type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty);
                    counts[key] = new TypeUse(use.References + 1, use.OutsideNamespace + (outside ? 1 : 0));
                }
            }
        }

        return counts;
    }

    private static INamedTypeSymbol? Resolve(SemanticModel model, SimpleNameSyntax node, CancellationToken cancellationToken)
    {
        var info = model.GetSymbolInfo(node, cancellationToken);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        symbol = symbol switch
        {
            IAliasSymbol alias => alias.Target,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
            _ => symbol,
        };
        return symbol is INamedTypeSymbol type ? type.OriginalDefinition : null;
    }

    /// <summary>Inside one of the type's own declarations (a self-reference says nothing about use).</summary>
    private static bool IsInside(INamedTypeSymbol type, SyntaxTree tree, SyntaxNode node)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath == tree.FilePath && reference.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The namespace the node is written in, from its enclosing namespace declarations.</summary>
    private static string NamespaceOf(SyntaxNode node)
    {
        var parts = new List<string>();
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor is BaseNamespaceDeclarationSyntax ns)
            {
                parts.Insert(0, ns.Name.ToString());
            }
        }

        return string.Join(".", parts);
    }
}
