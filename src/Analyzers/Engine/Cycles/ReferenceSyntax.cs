using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// Finds where a type reference is written without binding anything: the type's simple name inside the syntax that
/// mentions it (a parameter's type, a base list, a cast), or the member name of an access.
/// </summary>
internal static class ReferenceSyntax
{
    /// <summary>The first simple name spelling <paramref name="typeName"/> at or under <paramref name="root"/>, in source order.</summary>
    public static SyntaxNode? FindName(SyntaxNode? root, string typeName)
    {
        if (root is null)
        {
            return null;
        }

        if (root is SimpleNameSyntax self && self.Identifier.ValueText == typeName)
        {
            return self;
        }

        foreach (var node in root.DescendantNodes(n => n is not ArgumentListSyntax and not AnonymousFunctionExpressionSyntax))
        {
            if (node is SimpleNameSyntax name && name.Identifier.ValueText == typeName)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The member name of an access or invocation (<c>RunAsync</c> in <c>runner.RunAsync(x)</c>), or the node itself.</summary>
    public static SyntaxNode MemberName(SyntaxNode syntax)
    {
        var expression = syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
        return expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            SimpleNameSyntax name => name,
            _ => syntax,
        };
    }

    /// <summary>The type written in a member declaration (field, property, event, method return type), or null.</summary>
    public static TypeSyntax? DeclaredType(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
        PropertyDeclarationSyntax property => property.Type,
        IndexerDeclarationSyntax indexer => indexer.Type,
        EventDeclarationSyntax @event => @event.Type,
        MethodDeclarationSyntax method => method.ReturnType,
        OperatorDeclarationSyntax @operator => @operator.ReturnType,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type,
        DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
        ParameterSyntax parameter => parameter.Type,
        _ => null,
    };

    /// <summary>The constraint clauses of a generic type or method declaration, or null.</summary>
    public static SyntaxList<TypeParameterConstraintClauseSyntax>? ConstraintClauses(SyntaxNode declaration) => declaration switch
    {
        TypeDeclarationSyntax type => type.ConstraintClauses,
        MethodDeclarationSyntax method => method.ConstraintClauses,
        DelegateDeclarationSyntax @delegate => @delegate.ConstraintClauses,
        _ => null,
    };
}
