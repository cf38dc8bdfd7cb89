using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Engine;

/// <summary>Where a piece of syntax stands, for rules that treat some places differently.</summary>
public static class SyntaxPlaces
{
    /// <summary>Whether the node is part of a <c>using</c> directive (those are SSOT3002's, not references).</summary>
    public static bool IsInUsingDirective(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is UsingDirectiveSyntax)
            {
                return true;
            }

            if (current is MemberDeclarationSyntax or StatementSyntax or CompilationUnitSyntax)
            {
                return false;
            }
        }

        return false;
    }
}
