using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Netra.Ssot.Engine.Cycles;

namespace Netra.Ssot.Engine;

/// <summary>Where an <c>[Obsolete]</c> type is named in one compilation: how many declaration sites, and its first use.</summary>
public sealed class ObsoleteTypeUses
{
    public ObsoleteTypeUses(int declarations, string? firstUseFile, int firstUsePosition)
    {
        Declarations = declarations;
        FirstUseFile = firstUseFile;
        FirstUsePosition = firstUsePosition;
    }

    /// <summary>Fields, properties, parameters, locals, return and base types naming the type (not reported).</summary>
    public int Declarations { get; }

    /// <summary>The file of the first reported use (by path, then position), or null when there is none.</summary>
    public string? FirstUseFile { get; }

    public int FirstUsePosition { get; }

    public bool IsFirstUse(SimpleNameSyntax name)
        => FirstUseFile is not null && name.SpanStart == FirstUsePosition && string.Equals(name.SyntaxTree.FilePath, FirstUseFile, StringComparison.Ordinal);
}

/// <summary>
/// SSOT3001 reports a solution's own <c>[Obsolete]</c> type where code uses it (creations, static access, generic
/// arguments, attributes, typeof, casts…) and not where a declaration merely names it (a field's, property's,
/// parameter's, local's or method's type, a base type, a constraint): there the compiler's CS0612/CS0618 already
/// warn. The declaration sites are counted instead, once per type and compilation, and the count is shown on the
/// type's first use, so the message says how much is left besides the uses.
/// </summary>
public sealed class ObsoleteTypeSites
{
    private readonly Compilation _compilation;
    private readonly Func<SyntaxNode, ISymbol?, bool> _isReportable;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<ObsoleteTypeUses>> _uses = new(SymbolEqualityComparer.Default);

    /// <param name="isReportable">
    /// Whether a name may be reported at all (not excluded, not inside legacy code), given the name and the symbol
    /// it is written in (<see cref="EnclosingSymbol"/>).
    /// </param>
    public ObsoleteTypeSites(Compilation compilation, Func<SyntaxNode, ISymbol?, bool> isReportable)
    {
        _compilation = compilation;
        _isReportable = isReportable;
    }

    /// <summary>Whether a name of a type is a declaration site (true) or a use (false); crefs are neither (null).</summary>
    public static bool? IsDeclarationSite(SimpleNameSyntax name)
    {
        if (name.IsPartOfStructuredTrivia())
        {
            return null;
        }

        SyntaxNode node = name;
        while (node.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax or TypeArgumentListSyntax or ArrayTypeSyntax
            or NullableTypeSyntax or PointerTypeSyntax or RefTypeSyntax or ScopedTypeSyntax or TupleElementSyntax or TupleTypeSyntax
            || (node is TypeArgumentListSyntax && node.Parent is GenericNameSyntax))
        {
            node = node.Parent!;
        }

        return node.Parent switch
        {
            VariableDeclarationSyntax variable => variable.Type == node,
            PropertyDeclarationSyntax property => property.Type == node,
            EventDeclarationSyntax @event => @event.Type == node,
            IndexerDeclarationSyntax indexer => indexer.Type == node,
            MethodDeclarationSyntax method => method.ReturnType == node,
            DelegateDeclarationSyntax @delegate => @delegate.ReturnType == node,
            LocalFunctionStatementSyntax local => local.ReturnType == node,
            OperatorDeclarationSyntax @operator => @operator.ReturnType == node,
            ConversionOperatorDeclarationSyntax conversion => conversion.Type == node,
            ParameterSyntax parameter => parameter.Type == node,
            ForEachStatementSyntax forEach => forEach.Type == node,
            CatchDeclarationSyntax @catch => @catch.Type == node,
            DeclarationExpressionSyntax declaration => declaration.Type == node,
            BaseTypeSyntax or TypeConstraintSyntax or ExplicitInterfaceSpecifierSyntax => true,
            _ => false,
        };
    }

    /// <summary>
    /// The symbol code at this name is part of: the type whose base list or constraints name it (the semantic model
    /// would say its namespace), else the semantic model's enclosing symbol.
    /// </summary>
    public static ISymbol? EnclosingSymbol(SyntaxNode node, SemanticModel model)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor is BaseListSyntax or TypeParameterConstraintClauseSyntax && ancestor.Parent is BaseTypeDeclarationSyntax declaration)
            {
                return model.GetDeclaredSymbol(declaration);
            }

            if (ancestor is MemberDeclarationSyntax or StatementSyntax)
            {
                break;
            }
        }

        return model.GetEnclosingSymbol(node.SpanStart);
    }

    /// <summary>The declaration sites and first use of a type in this compilation, computed on first request.</summary>
    public ObsoleteTypeUses Of(INamedTypeSymbol type)
        => _uses.GetOrAdd(type.OriginalDefinition, t => new Lazy<ObsoleteTypeUses>(() => Scan(t))).Value;

    private ObsoleteTypeUses Scan(INamedTypeSymbol type)
    {
        string name = type.Name;
        string? shortName = name.Length > "Attribute".Length && name.EndsWith("Attribute", StringComparison.Ordinal)
            ? name.Substring(0, name.Length - "Attribute".Length)
            : null;
        int declarations = 0;
        string? firstFile = null;
        int firstPosition = 0;
        foreach (var tree in _compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            if (tree.GetText().ToString().IndexOf(shortName ?? name, StringComparison.Ordinal) < 0 || GeneratedTrees.IsGenerated(tree))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var simple in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                string text = simple.Identifier.ValueText;
                if ((text != name && text != shortName) || SyntaxPlaces.IsInUsingDirective(simple) || IsDeclarationSite(simple) is not { } isDeclaration)
                {
                    continue;
                }

                model ??= _compilation.GetSemanticModel(tree);
                var symbol = model.GetSymbolInfo(simple).Symbol;
                symbol = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? constructor.ContainingType : symbol;
                if (symbol is not INamedTypeSymbol named
                    || !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type)
                    || !_isReportable(simple, EnclosingSymbol(simple, model)))
                {
                    continue;
                }

                if (isDeclaration)
                {
                    declarations++;
                }
                else if (firstFile is null)
                {
                    (firstFile, firstPosition) = (tree.FilePath, simple.SpanStart); // trees in path order, nodes in position order
                }
            }
        }

        return new ObsoleteTypeUses(declarations, firstFile, firstPosition);
    }
}
