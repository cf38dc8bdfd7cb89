using System;
using System.Globalization;
using System.Linq;
using Netra.Ssot.Config.Json;

namespace Netra.Ssot.Config;

/// <summary>
/// The one validator of the symbol names ssot.json takes: type metadata names (<c>Ns.Outer+Inner`1</c>), namespaces
/// and documentation-comment IDs (<c>T:</c>, <c>N:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>). Each check returns
/// the message of an SSOT0001 error, or null when the name is well formed. Whether it resolves is SSOT0002's business.
/// </summary>
internal static class NameSyntax
{
    private const string MetadataForm = "write it as Namespace.Type, with `1 for one generic parameter (Ns.Repository`1) and + for a nested type (Ns.Outer+Inner)";

    private const string MemberForm = "write members as M:Ns.Type.Method(System.String), P:Ns.Type.Property, F:Ns.Type.Field or E:Ns.Type.Event";

    /// <summary>A value quoted for a message, cut so that the message stays on one readable line.</summary>
    public static string Quote(string value) => "\"" + JsonReader.Shorten(value) + "\"";

    /// <summary>A type metadata name: <c>Ns.Type</c>, <c>Ns.Repository`1</c>, <c>Ns.Outer+Inner</c>.</summary>
    public static string? CheckTypeName(string name)
    {
        if (name.Length > 1 && name[1] == ':')
        {
            return Quote(name) + " is a documentation ID; write the metadata name without the \"" + name.Substring(0, 2) + "\" prefix (" + Quote(name.Substring(2)) + ")";
        }

        if (InvalidCharacter(name, allowed: "._`+") is { } bad)
        {
            return Quote(name) + " is not a metadata name (" + bad + "); " + MetadataForm;
        }

        if (name.StartsWith(".", StringComparison.Ordinal) || name.EndsWith(".", StringComparison.Ordinal))
        {
            return Quote(name) + " is not a metadata name; it must not start or end with '.'";
        }

        string[] nested = name.Split('+');
        for (int i = 0; i < nested.Length; i++)
        {
            if (nested[i].Length == 0)
            {
                return Quote(name) + " is not a metadata name; '+' must stand between an outer and a nested type name (Ns.Outer+Inner)";
            }

            string[] segments = nested[i].Split('.');
            if (i > 0 && segments.Length > 1)
            {
                return Quote(name) + " is not a metadata name; a nested type is one name after '+', without dots (Ns.Outer+Inner)";
            }

            for (int j = 0; j < segments.Length; j++)
            {
                bool typeSegment = j == segments.Length - 1;
                if (CheckSegment(name, segments[j], typeSegment ? ArityRule.Single : ArityRule.None) is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    /// <summary>A namespace: dotted identifiers.</summary>
    public static string? CheckNamespace(string name)
    {
        if (name.IndexOf('`') >= 0 || name.IndexOf('+') >= 0 || (name.Length > 1 && name[1] == ':'))
        {
            return Quote(name) + " is not a namespace; write it as dotted names, such as MyApp.Legacy";
        }

        return CheckTypeName(name);
    }

    /// <summary>
    /// A <c>critical</c> symbol: a type metadata name, a namespace, or a documentation ID with any of the six prefixes.
    /// </summary>
    public static string? CheckSymbol(string symbol)
    {
        if (symbol.Length > 1 && symbol[1] == ':')
        {
            return CheckDocumentationId(symbol, "TNMPFE");
        }

        return symbol.IndexOf('(') >= 0
            ? Quote(symbol) + " is not a metadata name; a method needs its documentation ID, such as M:Ns.Type.Method(System.String)"
            : CheckTypeName(symbol);
    }

    /// <summary>A <c>legacy</c> member: a documentation ID of a method, property, field or event.</summary>
    public static string? CheckMemberId(string id)
    {
        if (id.Length > 1 && id[1] == ':' && id[0] is 'T' or 'N')
        {
            return Quote(id) + " names a " + (id[0] == 'T' ? "type" : "namespace") + "; use \"" + (id[0] == 'T' ? "type" : "namespace") + "\": " + Quote(id.Substring(2)) + " for it";
        }

        if (id.Length < 2 || id[1] != ':')
        {
            return Quote(id) + " is not a documentation ID; " + MemberForm;
        }

        return CheckDocumentationId(id, "MPFE");
    }

    private static string? CheckDocumentationId(string id, string prefixes)
    {
        char prefix = id[0];
        if (prefixes.IndexOf(prefix) < 0)
        {
            return Quote(id) + " has an unknown documentation ID prefix \"" + prefix + ":\"; use "
                + (prefixes.Length == 6 ? "T: (type), N: (namespace), M: (method), P: (property), F: (field) or E: (event)" : "M: (method), P: (property), F: (field) or E: (event)");
        }

        string body = id.Substring(2);
        if (body.Trim().Length == 0)
        {
            return Quote(id) + " names nothing after \"" + prefix + ":\"; " + (prefix switch
            {
                'N' => "write N:Namespace.Name",
                'T' => "write T:Namespace.Type",
                _ => MemberForm,
            });
        }

        switch (prefix)
        {
            case 'N':
                return CheckNamespace(body) is null ? null : Quote(id) + " is not a namespace documentation ID; write N:Namespace.Name";
            case 'T':
                return CheckDocumentationTypeName(id, body);
            default:
                return CheckMemberBody(id, body);
        }
    }

    /// <summary>A type in a documentation ID: nested types are separated by dots, and any of them may be generic.</summary>
    private static string? CheckDocumentationTypeName(string id, string body)
    {
        if (InvalidCharacter(body, allowed: "._`") is { } bad)
        {
            return Quote(id) + " is not a type documentation ID (" + bad + "); write T:Ns.Type, T:Ns.Outer.Inner or T:Ns.Repository`1";
        }

        foreach (string segment in body.Split('.'))
        {
            if (CheckSegment(id, segment, ArityRule.Single) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Ns.Type.Member</c>, optionally with <c>``1</c>, a parameter list and a <c>~ReturnType</c>. The member name may
    /// be <c>#ctor</c> or an explicit implementation (<c>Ns#IFoo#Bar</c>); parameters are only checked for balance and
    /// empty items, as their type syntax is the compiler's.
    /// </summary>
    private static string? CheckMemberBody(string id, string body)
    {
        int open = body.IndexOf('(');
        string path = open < 0 ? body : body.Substring(0, open);
        int tilde = path.IndexOf('~');
        if (tilde >= 0)
        {
            path = path.Substring(0, tilde);
        }

        if (open >= 0)
        {
            int close = body.LastIndexOf(')');
            if (close < open || (close != body.Length - 1 && body[close + 1] != '~') || !Balanced(body.Substring(open, close - open + 1)))
            {
                return Quote(id) + " has an unbalanced parameter list; " + MemberForm;
            }

            string parameters = body.Substring(open + 1, close - open - 1);
            if (parameters.Length > 0 && SplitTopLevel(parameters).Any(p => p.Trim().Length == 0))
            {
                return Quote(id) + " has an empty parameter type; separate parameter types with single commas, as in M:Ns.Type.Method(System.String,System.Int32)";
            }
        }

        var segments = SplitTopLevel(path, '.');
        if (segments.Count < 2)
        {
            return Quote(id) + " needs the containing type before the member name; " + MemberForm;
        }

        for (int i = 0; i < segments.Count; i++)
        {
            string segment = segments[i];
            bool member = i == segments.Count - 1;
            if (member && segment is "#ctor" or "#cctor")
            {
                continue;
            }

            if (member && segment.IndexOf('#') > 0)
            {
                // An explicit interface implementation: Ns#IFoo{System#String}#Bar; its parts are the compiler's.
                continue;
            }

            if (CheckSegment(id, segment, member ? ArityRule.Method : ArityRule.Single) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private enum ArityRule
    {
        None,
        Single,
        Method,
    }

    /// <summary>One dotted segment: an identifier, optionally followed by a generic arity.</summary>
    private static string? CheckSegment(string whole, string segment, ArityRule arity)
    {
        if (segment.Length == 0)
        {
            return Quote(whole) + " has an empty name segment (two dots in a row, or a dot at an end); " + MetadataForm;
        }

        string name = segment;
        int tick = segment.IndexOf('`');
        if (tick >= 0)
        {
            if (tick == 0)
            {
                return Quote(whole) + " has a generic arity without a type name (" + Quote(segment) + "); the arity follows the name, as in Ns.Repository`1";
            }

            if (arity == ArityRule.None)
            {
                return Quote(whole) + " has a generic arity on a namespace segment (" + Quote(segment) + "); only a type name takes one, as in Ns.Repository`1";
            }

            name = segment.Substring(0, tick);
            string count = segment.Substring(tick + 1);
            if (arity == ArityRule.Method && count.StartsWith("`", StringComparison.Ordinal))
            {
                count = count.Substring(1);
            }

            if (count.Length == 0 || count.Any(c => c < '0' || c > '9') || count[0] == '0')
            {
                return Quote(whole) + " has a malformed generic arity in " + Quote(segment) + "; write the number of type parameters after `, as in Ns.Repository`1";
            }
        }

        if (!IsIdentifier(name))
        {
            return Quote(whole) + " has " + Quote(name) + ", which is not a C# identifier; " + MetadataForm;
        }

        return null;
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierPart(char c)
        => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format;

    /// <summary>The first character that no name of this kind contains, described for the message, or null.</summary>
    private static string? InvalidCharacter(string name, string allowed)
    {
        foreach (char c in name)
        {
            if (!IsIdentifierPart(c) && allowed.IndexOf(c) < 0)
            {
                return char.IsWhiteSpace(c) || char.IsControl(c)
                    ? "it contains U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                    : "it contains '" + c + "'";
            }
        }

        return null;
    }

    private static bool Balanced(string text)
    {
        var open = new System.Collections.Generic.Stack<char>();
        foreach (char c in text)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    open.Push(c);
                    break;
                case ')' or ']' or '}':
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.Count == 0 || open.Pop() != expected)
                    {
                        return false;
                    }

                    break;
            }
        }

        return open.Count == 0;
    }

    /// <summary>Splits at <paramref name="separator"/> outside brackets (generic arguments, array shapes).</summary>
    private static System.Collections.Generic.List<string> SplitTopLevel(string text, char separator = ',')
    {
        var parts = new System.Collections.Generic.List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }
}
