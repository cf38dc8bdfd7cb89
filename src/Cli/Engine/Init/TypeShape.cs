using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// What <c>init</c> compares between two same-name types: the token stream of their members without trivia (the
/// type's own name replaced by a placeholder, so a copy renamed with its namespace still matches), its hash, its
/// 4-token shingles, and the signatures of the public members.
/// </summary>
internal sealed class TypeShape
{
    private const int ShingleLength = 4;

    private TypeShape(string bodyHash, int tokenCount, Dictionary<string, int> shingles, ImmutableSortedSet<string> publicMembers)
    {
        BodyHash = bodyHash;
        TokenCount = tokenCount;
        Shingles = shingles;
        PublicMembers = publicMembers;
    }

    /// <summary>SHA-256 of the normalized member tokens.</summary>
    public string BodyHash { get; }

    public int TokenCount { get; }

    /// <summary>Each run of four consecutive normalized tokens, with how often it occurs.</summary>
    public Dictionary<string, int> Shingles { get; }

    /// <summary>
    /// Public members as <c>kind name(parameter types):type</c>, types by simple name, an enum member with its value
    /// (<c>Audio = 0</c> and <c>Audio = 2</c> are different members); implicit ones left out.
    /// </summary>
    public ImmutableSortedSet<string> PublicMembers { get; }

    private static readonly SymbolDisplayFormat TypeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static TypeShape Of(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var tokens = new List<string>();
        foreach (var reference in type.DeclaringSyntaxReferences.OrderBy(r => r.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(r => r.Span.Start))
        {
            foreach (var part in Parts(reference.GetSyntax(cancellationToken)))
            {
                foreach (var token in part.DescendantTokens())
                {
                    tokens.Add(token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == type.Name ? "$T" : token.Text);
                }
            }
        }

        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] all = tokens.ToArray();
        for (int i = 0; i + ShingleLength <= all.Length; i++)
        {
            string shingle = string.Join('\u0001', all, i, ShingleLength);
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u0001', all))));
        var members = type.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && m.DeclaredAccessibility == Accessibility.Public && m is not INamedTypeSymbol)
            .Where(m => m is not IMethodSymbol { AssociatedSymbol: not null })
            .Select(m => Signature(m, type.Name))
            .ToImmutableSortedSet(StringComparer.Ordinal);
        return new TypeShape(hash, tokens.Count, shingles, members);
    }

    /// <summary>Dice coefficient of the two shingle multisets: 1 for the same token stream, 0 for nothing in common.</summary>
    public double Similarity(TypeShape other)
    {
        int total = Shingles.Values.Sum() + other.Shingles.Values.Sum();
        if (total == 0)
        {
            return BodyHash == other.BodyHash ? 1 : 0;
        }

        int shared = 0;
        foreach (var (shingle, count) in Shingles)
        {
            shared += Math.Min(count, other.Shingles.GetValueOrDefault(shingle));
        }

        return 2.0 * shared / total;
    }

    /// <summary>The parts of a declaration that say what the type is and does, without its header (name, modifiers, attributes).</summary>
    private static IEnumerable<SyntaxNode> Parts(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case TypeDeclarationSyntax type:
                if (type.TypeParameterList is { } typeParameters)
                {
                    yield return typeParameters;
                }

                if (type.ParameterList is { } parameters)
                {
                    yield return parameters;
                }

                if (type.BaseList is { } baseList)
                {
                    yield return baseList;
                }

                foreach (var clause in type.ConstraintClauses)
                {
                    yield return clause;
                }

                foreach (var member in type.Members)
                {
                    yield return member;
                }

                break;
            case EnumDeclarationSyntax enumeration:
                if (enumeration.BaseList is { } enumBase)
                {
                    yield return enumBase;
                }

                foreach (var member in enumeration.Members)
                {
                    yield return member;
                }

                break;
            case DelegateDeclarationSyntax @delegate:
                yield return @delegate.ReturnType;
                yield return @delegate.ParameterList;
                break;
        }
    }

    private static string Signature(ISymbol member, string ownName)
    {
        string Type(ITypeSymbol t) => t.Name == ownName ? "$T" : t.ToDisplayString(TypeFormat);
        string text = member switch
        {
            IMethodSymbol method => $"method {(method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name)}({string.Join(",", method.Parameters.Select(p => Type(p.Type)))}):{Type(method.ReturnType)}",
            IPropertySymbol property => $"property {property.Name}({string.Join(",", property.Parameters.Select(p => Type(p.Type)))}):{Type(property.Type)}",
            IFieldSymbol field => field.ContainingType.TypeKind == TypeKind.Enum ? $"field {field.Name}={Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)}" : $"field {field.Name}:{Type(field.Type)}",
            IEventSymbol @event => $"event {@event.Name}:{Type(@event.Type)}",
            _ => $"{member.Kind} {member.Name}",
        };
        return text;
    }
}
