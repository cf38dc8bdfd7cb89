using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Netra.Ssot.Engine;

/// <summary>
/// A type name as reflection takes it (<c>Type.GetType</c>): <c>Ns.Outer+Inner</c>,
/// <c>Ns.Map`2[[Ns.Key, Asm],[System.String]]</c>, <c>Ns.T[]</c>, <c>Ns.T, Assembly, Version=…</c>. Array, pointer
/// and by-ref decorations are dropped: they do not change whether the name resolves.
/// </summary>
public sealed class ReflectionTypeName
{
    private ReflectionTypeName(string name, ImmutableArray<ReflectionTypeName> arguments, string? assembly)
    {
        Name = name;
        Arguments = arguments;
        Assembly = assembly;
    }

    /// <summary>The metadata name of the (generic definition) type, e.g. <c>Ns.Map`2</c>.</summary>
    public string Name { get; }

    public ImmutableArray<ReflectionTypeName> Arguments { get; }

    /// <summary>The simple assembly name when the name is assembly-qualified.</summary>
    public string? Assembly { get; }

    /// <summary>The parsed name, or null when the text is not a well-formed type name.</summary>
    public static ReflectionTypeName? Parse(string text)
    {
        int position = 0;
        var parsed = ParseQualified(text, ref position, nested: false);
        return parsed is not null && position == text.Length ? parsed : null;
    }

    /// <summary>This name and every generic argument, depth first.</summary>
    public IEnumerable<ReflectionTypeName> All()
    {
        yield return this;
        foreach (var argument in Arguments)
        {
            foreach (var inner in argument.All())
            {
                yield return inner;
            }
        }
    }

    private static ReflectionTypeName? ParseQualified(string text, ref int position, bool nested)
    {
        var name = new StringBuilder();
        while (position < text.Length && text[position] is not ('[' or ']' or ',' or '&' or '*'))
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
            }

            name.Append(text[position++]);
        }

        string typeName = name.ToString().Trim();
        if (typeName.Length == 0)
        {
            return null;
        }

        var arguments = ImmutableArray<ReflectionTypeName>.Empty;
        while (position < text.Length && text[position] is '[' or '*' or '&')
        {
            if (text[position] != '[')
            {
                position++;
                continue;
            }

            int next = position + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && text[next] is ']' or ',' or '*')
            {
                // Array rank: [], [,], [*].
                int close = text.IndexOf(']', next);
                if (close < 0)
                {
                    return null;
                }

                position = close + 1;
                continue;
            }

            if (!arguments.IsEmpty)
            {
                return null;
            }

            position++;
            var builder = ImmutableArray.CreateBuilder<ReflectionTypeName>();
            while (true)
            {
                ReflectionTypeName? argument;
                if (position < text.Length && text[position] == '[')
                {
                    position++;
                    argument = ParseQualified(text, ref position, nested: true);
                    if (argument is null || position >= text.Length || text[position] != ']')
                    {
                        return null;
                    }

                    position++;
                }
                else
                {
                    argument = ParseUnqualified(text, ref position);
                    if (argument is null)
                    {
                        return null;
                    }
                }

                builder.Add(argument);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (position < text.Length && text[position] == ']')
                {
                    position++;
                    break;
                }

                return null;
            }

            arguments = builder.ToImmutable();
        }

        string? assembly = null;
        if (position < text.Length && text[position] == ',')
        {
            int end = nested ? text.IndexOf(']', position) : text.Length;
            if (end < 0)
            {
                return null;
            }

            string full = text.Substring(position + 1, end - position - 1);
            int comma = full.IndexOf(',');
            assembly = (comma < 0 ? full : full.Substring(0, comma)).Trim();
            position = end;
            if (assembly.Length == 0)
            {
                return null;
            }
        }

        return new ReflectionTypeName(typeName, arguments, assembly);
    }

    /// <summary>A generic argument without brackets: a name that cannot carry an assembly.</summary>
    private static ReflectionTypeName? ParseUnqualified(string text, ref int position)
    {
        int start = position;
        while (position < text.Length && text[position] is not (',' or ']' or '['))
        {
            position++;
        }

        string name = text.Substring(start, position - start).Trim();
        return name.Length == 0 ? null : new ReflectionTypeName(name, ImmutableArray<ReflectionTypeName>.Empty, null);
    }
}
