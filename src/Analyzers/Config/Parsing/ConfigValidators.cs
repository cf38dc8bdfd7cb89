using System;

namespace Netra.Ssot.Config.Parsing;

/// <summary>Checks of one string value of ssot.json: null when it is valid, else the message to report at it.</summary>
internal static class ConfigValidators
{
    public static string? MetadataName(string name) => NameSyntax.CheckTypeName(name);

    public static string? NameGlob(string glob)
    {
        foreach (char c in glob)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '*' or '?'))
            {
                return NameSyntax.Quote(glob) + " is not a simple-name glob; use letters, digits, _, * and ? only (it matches a type's simple name, without namespace or generic arguments)";
            }
        }

        return null;
    }

    public static string? NamespaceGlob(string glob)
    {
        foreach (char c in glob)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '?'))
            {
                return NameSyntax.Quote(glob) + " is not a namespace glob; use letters, digits, _, ., * and ? only (for example \"MyApp.Providers.*\")";
            }
        }

        return null;
    }

    public static string? PathGlob(string glob)
        => glob.IndexOf(':') >= 0 || glob.StartsWith("/", StringComparison.Ordinal)
            ? NameSyntax.Quote(glob) + " must be a path relative to the folder of ssot.json, such as \"tests/**\""
            : null;

    public static string? PreprocessorSymbol(string symbol)
    {
        bool valid = symbol.Length > 0 && (char.IsLetter(symbol[0]) || symbol[0] == '_');
        foreach (char c in symbol)
        {
            valid &= char.IsLetterOrDigit(c) || c == '_';
        }

        return valid ? null : NameSyntax.Quote(symbol) + " is not a valid preprocessor symbol";
    }

    public static string? LegacyTarget(LegacyKind kind, string value) => kind switch
    {
        LegacyKind.Namespace => NameSyntax.CheckNamespace(value),
        LegacyKind.Type => NameSyntax.CheckTypeName(value),
        LegacyKind.Member => NameSyntax.CheckMemberId(value),
        _ => PathGlob(value),
    };

    /// <summary>A replacement is of the same kind as its entry; a member's may leave out its prefix. Paths take none.</summary>
    public static string? LegacyReplacement(LegacyKind kind, string value) => kind switch
    {
        LegacyKind.Namespace => NameSyntax.CheckNamespace(value),
        LegacyKind.Type => NameSyntax.CheckTypeName(value),
        LegacyKind.Member => NameSyntax.CheckMemberId(value.Length > 1 && value[1] == ':' ? value : "M:" + value),
        _ => null,
    };
}
