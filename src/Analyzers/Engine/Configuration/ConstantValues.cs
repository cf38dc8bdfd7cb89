using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>One <c>const string</c> of a declared constants type, and the entry that declares the type.</summary>
public sealed class DeclaredConstant
{
    public DeclaredConstant(IFieldSymbol field, ConstantsEntry entry, string display)
    {
        Field = field;
        Entry = entry;
        Display = display;
    }

    public IFieldSymbol Field { get; }

    public ConstantsEntry Entry { get; }

    /// <summary>How code outside the type names it: <c>AgentEventNames.AgentStarted</c>, <c>Routes.Api.Users</c>.</summary>
    public string Display { get; }

    /// <summary>The field's containing type and name in metadata form (<c>Ns.Routes+Api</c>, <c>Users</c>), for the code fix.</summary>
    public string TypeMetadataName => SymbolNames.MetadataName(Field.ContainingType);
}

/// <summary>
/// The values the <c>constants</c> types of ssot.json own, by value: every <c>const string</c> field of each type and
/// of the types nested in it, built once per compilation from the types this compilation can see. Values shorter
/// than <see cref="MinimumLength"/> characters (<c>"/"</c>, <c>"id"</c>) are too common to mean the constant.
/// </summary>
public sealed class ConstantValues
{
    public const int MinimumLength = 3;

    private readonly Dictionary<string, DeclaredConstant> _byValue;

    private ConstantValues(Dictionary<string, DeclaredConstant> byValue) => _byValue = byValue;

    public bool IsEmpty => _byValue.Count == 0;

    public static ConstantValues Build(SsotConfig config, Compilation compilation)
    {
        var byValue = new Dictionary<string, DeclaredConstant>(System.StringComparer.Ordinal);
        foreach (var entry in config.Constants)
        {
            if (compilation.GetTypeByMetadataName(entry.Type) is { } type)
            {
                Add(byValue, type, entry, type.Name);
            }
        }

        return new ConstantValues(byValue);
    }

    public bool TryGet(string value, out DeclaredConstant constant)
    {
        constant = null!;
        return value.Length >= MinimumLength && _byValue.TryGetValue(value, out constant!);
    }

    private static void Add(Dictionary<string, DeclaredConstant> byValue, INamedTypeSymbol type, ConstantsEntry entry, string display)
    {
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsConst: true, ConstantValue: string value } field when value.Length >= MinimumLength && !byValue.ContainsKey(value):
                    byValue.Add(value, new DeclaredConstant(field, entry, display + "." + field.Name));
                    break;
                case INamedTypeSymbol nested:
                    Add(byValue, nested, entry, display + "." + nested.Name);
                    break;
            }
        }
    }
}
