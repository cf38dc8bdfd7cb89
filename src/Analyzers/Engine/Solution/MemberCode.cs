using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// Fingerprints of the code a type declares: one hash per method, operator, or property, indexer or event with an
/// accessor body or an expression body, over its tokens without trivia (whitespace, comments and line breaks do not
/// count; names, literals and punctuation do). Constructors are left out: a data contract copied per service assigns
/// the same properties in each. So are members that only answer with a constant or a name (<c>IsFolder =&gt; false</c>,
/// <c>Key =&gt; OptionsHelper.ModuleKey</c>, <c>Path =&gt; path</c>): that is how every implementation of an interface
/// answers it, written the same way without copying (Duplicati's three <c>WebModule</c> plug-ins). Two types with the
/// same fingerprints carry the same code (<see cref="CopyEvidence.SharesCode"/>).
/// </summary>
internal static class MemberCode
{
    /// <param name="declarations">The type's <see cref="ISymbol.DeclaringSyntaxReferences"/> (each part of a partial type).</param>
    public static ImmutableArray<int> HashesOf(ImmutableArray<SyntaxReference> declarations)
    {
        ImmutableArray<int>.Builder? hashes = null;
        foreach (var reference in declarations)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (HasCode(member))
                {
                    (hashes ??= ImmutableArray.CreateBuilder<int>()).Add(Hash(member));
                }
            }
        }

        if (hashes is null)
        {
            return ImmutableArray<int>.Empty;
        }

        hashes.Sort();
        return hashes.ToImmutable();
    }

    private static bool HasCode(MemberDeclarationSyntax member) => member switch
    {
        BaseMethodDeclarationSyntax method => method is not ConstructorDeclarationSyntax && (method.Body is not null || (method.ExpressionBody is { } arrow && !AnswersWithName(arrow))),
        PropertyDeclarationSyntax { ExpressionBody: { } arrow } => !AnswersWithName(arrow),
        IndexerDeclarationSyntax { ExpressionBody: { } arrow } => !AnswersWithName(arrow),
        BasePropertyDeclarationSyntax property => property.AccessorList is { } accessors && HasAccessorCode(accessors),
        _ => false,
    };

    private static bool HasAccessorCode(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || (accessor.ExpressionBody is { } arrow && !AnswersWithName(arrow)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An expression body that is a constant or a name (<c>false</c>, <c>-1</c>, <c>path</c>, <c>Strings.DisplayName</c>, <c>this.x</c>).</summary>
    private static bool AnswersWithName(ArrowExpressionClauseSyntax arrow) => IsNameOrConstant(arrow.Expression);

    private static bool IsNameOrConstant(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax or IdentifierNameSyntax or PredefinedTypeSyntax or ThisExpressionSyntax or DefaultExpressionSyntax => true,
        PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => true,
        MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsNameOrConstant(access.Expression),
        _ => false,
    };

    /// <summary>FNV-1a over each token's kind and text.</summary>
    private static int Hash(SyntaxNode member)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (var token in member.DescendantTokens())
            {
                hash = (hash ^ (uint)token.RawKind) * 16777619;
                if (token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is LiteralExpressionSyntax || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    string text = token.Text;
                    for (int i = 0; i < text.Length; i++)
                    {
                        hash = (hash ^ text[i]) * 16777619;
                    }
                }
            }

            return (int)hash;
        }
    }
}
