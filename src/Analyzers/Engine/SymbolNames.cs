using System.Text;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine;

/// <summary>Names of symbols in the forms ssot.json uses.</summary>
public static class SymbolNames
{
    /// <summary>What separates a metadata name's namespaces and containing types from its last name.</summary>
    private static readonly char[] NameSeparators = { '.', '+' };

    /// <summary>Namespace-qualified, C# keywords for special types, no nullable annotations (<c>Order</c> and <c>Order?</c> are one argument).</summary>
    private static readonly SymbolDisplayFormat TypeArgumentFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>How every message shows a type: its simple name with type parameters or arguments, C# keywords for special types.</summary>
    private static readonly SymbolDisplayFormat ShownFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// A type as messages show it: <c>CommandResult</c>, <c>CommandResult&lt;T&gt;</c>, <c>Cache&lt;TKey, TValue&gt;</c>,
    /// <c>IRepository&lt;Order&gt;</c> (a constructed type shows its arguments by simple name).
    /// </summary>
    public static string DisplayName(ITypeSymbol type) => type.ToDisplayString(ShownFormat);

    /// <summary>
    /// A type named only by its metadata name as messages show it, for when no symbol is at hand. The type parameters'
    /// names are not in a metadata name, so they are written <c>T</c> for one and <c>T1, T2…</c> for more:
    /// <c>Ns.CommandResult`1</c> gives <c>CommandResult&lt;T&gt;</c>, <c>Ns.Cache`2</c> <c>Cache&lt;T1, T2&gt;</c>. Rules that
    /// have the symbol use <see cref="DisplayName(ITypeSymbol)"/>, which names the parameters as declared.
    /// </summary>
    public static string DisplayNameOf(string metadataName)
    {
        string simple = SimpleName(metadataName);
        int arity = Arity(metadataName);
        if (arity == 0)
        {
            return simple;
        }

        return simple + TypeParameters(arity);
    }

    /// <summary>Type parameters when their names are unknown: <c>&lt;T&gt;</c> for one, <c>&lt;T1, T2&gt;</c> for more.</summary>
    private static string TypeParameters(int arity)
    {
        var builder = new StringBuilder("<");
        for (int i = 1; i <= arity; i++)
        {
            builder.Append(i == 1 ? string.Empty : ", ").Append('T');
            if (arity > 1)
            {
                builder.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('>').ToString();
    }

    /// <summary>
    /// Text that names types by metadata name (a legacy target or replacement), as C# writes them: every
    /// <c>Name`N</c> becomes <c>Name&lt;T&gt;</c> or <c>Name&lt;T1, T2&gt;</c> (as <see cref="DisplayNameOf"/>) and a nested
    /// type's <c>+</c> a dot: <c>Ns.CommandResult`1</c> gives <c>Ns.CommandResult&lt;T&gt;</c>. Other text is kept, and so are
    /// a method's type parameter counts (<c>``1</c>).
    /// </summary>
    public static string QualifiedDisplayName(string text)
    {
        if (text.IndexOf('`') < 0 && text.IndexOf('+') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool afterName = i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_');
            if (c == '`' && afterName && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                int end = i + 1;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                int arity = int.Parse(text.Substring(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture);
                builder.Append(TypeParameters(arity));
                i = end - 1;
            }
            else if (c == '`')
            {
                // ``N: a generic method's type parameter count; kept as written, with the second tick.
                int end = i;
                while (end < text.Length && (text[end] == '`' || char.IsDigit(text[end])))
                {
                    end++;
                }

                builder.Append(text, i, end - i);
                i = end - 1;
            }
            else
            {
                builder.Append(c == '+' && afterName ? '.' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The metadata name: <c>Ns.Outer+Inner</c>, <c>Ns.Repository`1</c>.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();
    }

    /// <summary>
    /// The metadata name with type arguments when constructed: <c>Ns.ClassMap`1[Ns.Foo]</c>. Doubles of
    /// <c>IRepository&lt;Order&gt;</c> and <c>IRepository&lt;User&gt;</c> stand in for different things.
    /// </summary>
    public static string ConstructedName(INamedTypeSymbol type)
    {
        string definition = MetadataName(type.OriginalDefinition);
        if (type.TypeArguments.IsEmpty || SymbolEqualityComparer.Default.Equals(type, type.OriginalDefinition))
        {
            return definition;
        }

        var builder = new StringBuilder(definition).Append('[');
        for (int i = 0; i < type.TypeArguments.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",").Append(type.TypeArguments[i].ToDisplayString(TypeArgumentFormat));
        }

        return builder.Append(']').ToString();
    }

    /// <summary>The definition part of a <see cref="ConstructedName"/>: <c>Ns.ClassMap`1[Ns.Foo]</c> gives <c>Ns.ClassMap`1</c>.</summary>
    public static string DefinitionName(string constructedName)
    {
        int bracket = constructedName.IndexOf('[');
        return bracket < 0 ? constructedName : constructedName.Substring(0, bracket);
    }

    /// <summary>
    /// A constructed name as C# shows it: <c>Ns.ClassMap`1[Ns.Foo]</c> gives <c>ClassMap&lt;Ns.Foo&gt;</c>; a definition
    /// as <see cref="DisplayNameOf"/> shows it (<c>Ns.Repository`1</c> gives <c>Repository&lt;T&gt;</c>).
    /// </summary>
    public static string DisplayName(string constructedName)
    {
        int bracket = constructedName.IndexOf('[');
        return bracket < 0
            ? DisplayNameOf(constructedName)
            : SimpleName(constructedName.Substring(0, bracket)) + "<" + constructedName.Substring(bracket + 1, constructedName.Length - bracket - 2) + ">";
    }

    /// <summary>The simple name of a metadata name: <c>Ns.Outer+Inner`1</c> gives <c>Inner</c>.</summary>
    public static string SimpleName(string metadataName)
    {
        int start = metadataName.LastIndexOfAny(NameSeparators) + 1;
        int tick = metadataName.IndexOf('`', start);
        return tick < 0 ? metadataName.Substring(start) : metadataName.Substring(start, tick - start);
    }

    /// <summary>The generic arity of a metadata name's last type: <c>Ns.Repository`1</c> gives 1.</summary>
    public static int Arity(string metadataName)
    {
        int start = metadataName.LastIndexOfAny(NameSeparators) + 1;
        int tick = metadataName.IndexOf('`', start);
        return tick >= 0 && int.TryParse(metadataName.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int arity)
            ? arity
            : 0;
    }

    /// <summary>The namespace of a metadata name (of the outermost type when nested): <c>Ns.Outer+Inner</c> gives <c>Ns</c>.</summary>
    public static string NamespaceOf(string metadataName)
    {
        int plus = metadataName.IndexOf('+');
        string outer = plus < 0 ? metadataName : metadataName.Substring(0, plus);
        int dot = outer.LastIndexOf('.');
        return dot < 0 ? string.Empty : outer.Substring(0, dot);
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
