using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Netra.Ssot.Engine.Cycles;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// What SSOT1003 reads from a type's declarations besides its member names, on first use. When the hand-written
/// declarations declare no member of their own, the type's content is written by a source generator from its attributes
/// (<c>[JsonSerializable(typeof(OrderStartedIntegrationEvent))] partial class IntegrationEventContext : JsonSerializerContext
/// { }</c>): it is defined by those attributes, so two of them with different attributes are two different things however
/// alike their generated members are (<see cref="DeclaredType.MemberlessAttributes"/>). And the names its properties'
/// types are written with (<see cref="DeclaredType.PropertyTypeNames"/>): whether an entity navigates to another.
/// </summary>
internal static class OwnDeclarations
{
    /// <summary>
    /// The attributes of the declarations outside generated files, each as its tokens without trivia, sorted and joined
    /// by new lines (empty when none), when none of those declarations declares a member or has a parameter list; null
    /// when one does, or when there is no such declaration.
    /// </summary>
    public static string? AttributesWhenMemberless(ImmutableArray<SyntaxReference> declarations)
    {
        if (declarations.IsDefault)
        {
            return null;
        }

        List<string>? attributes = null;
        bool any = false;
        foreach (var reference in declarations)
        {
            if (reference.GetSyntax() is not BaseTypeDeclarationSyntax declaration)
            {
                return null; // a delegate: its signature is its content
            }

            if (DeclaresContent(declaration))
            {
                if (!GeneratedTrees.IsGenerated(reference.SyntaxTree))
                {
                    return null;
                }

                continue;
            }

            if (GeneratedTrees.IsGenerated(reference.SyntaxTree))
            {
                continue;
            }

            any = true;
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    (attributes ??= new List<string>()).Add(WithoutTrivia(attribute));
                }
            }
        }

        if (!any)
        {
            return null;
        }

        if (attributes is null)
        {
            return string.Empty;
        }

        attributes.Sort(StringComparer.Ordinal);
        return string.Join("\n", attributes);
    }

    /// <summary>The simple names in the types of the properties the declarations declare, distinct and sorted ordinally.</summary>
    public static ImmutableArray<string> PropertyTypeNames(ImmutableArray<SyntaxReference> declarations)
    {
        if (declarations.IsDefault)
        {
            return ImmutableArray<string>.Empty;
        }

        SortedSet<string>? names = null;
        foreach (var reference in declarations)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (member is not PropertyDeclarationSyntax property)
                {
                    continue;
                }

                foreach (var node in property.Type.DescendantNodesAndSelf())
                {
                    if (node is SimpleNameSyntax name)
                    {
                        (names ??= new SortedSet<string>(StringComparer.Ordinal)).Add(name.Identifier.ValueText);
                    }
                }
            }
        }

        return names is null ? ImmutableArray<string>.Empty : names.ToImmutableArray();
    }

    private static bool DeclaresContent(BaseTypeDeclarationSyntax declaration) => declaration switch
    {
        TypeDeclarationSyntax type => type.Members.Count > 0 || type.ParameterList is { Parameters.Count: > 0 },
        EnumDeclarationSyntax enumeration => enumeration.Members.Count > 0,
        _ => true,
    };

    private static string WithoutTrivia(SyntaxNode node)
    {
        var text = new StringBuilder();
        foreach (var token in node.DescendantTokens())
        {
            text.Append(token.Text).Append(' ');
        }

        return text.ToString(0, Math.Max(0, text.Length - 1));
    }
}
