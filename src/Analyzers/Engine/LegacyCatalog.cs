using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Engine;

/// <summary>Why a symbol is legacy and what replaces it.</summary>
public sealed class LegacyMatch
{
    public LegacyMatch(string target, string? reason, string? replacement, string? replacementType, bool missionCritical, LegacyEntry? entry)
    {
        Target = target;
        Reason = reason;
        Replacement = replacement;
        ReplacementType = replacementType;
        MissionCritical = missionCritical;
        Entry = entry;
    }

    /// <summary>What the entry names: "namespace Ns", a type or member name, or the [Obsolete] symbol.</summary>
    public string Target { get; }

    public string? Reason { get; }

    /// <summary>The replacement as the entry or the Obsolete message names it (for messages).</summary>
    public string? Replacement { get; }

    /// <summary>The metadata name of a replacement type that resolves, for the code fix; null when there is none.</summary>
    public string? ReplacementType { get; }

    public bool MissionCritical { get; }

    /// <summary>The ssot.json entry; null for an [Obsolete]-derived match.</summary>
    public LegacyEntry? Entry { get; }
}

/// <summary>
/// The legacy entries of ssot.json bound to one compilation: which names can be legacy (a cheap pre-filter for
/// syntax actions), which symbols are, and what replaces them. With <c>obsoleteIsLegacy</c>, the solution's own
/// <c>[Obsolete]</c> types and members count too, their replacement read from the attribute message.
/// </summary>
public sealed class LegacyCatalog
{
    private static readonly Regex ReplacementInMessage = new(
        @"\b(?i:use|replaced by|superseded by|moved to)\s+['""`]?(?<name>[A-Z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:<[A-Za-z0-9_, .]*>)?)",
        RegexOptions.CultureInvariant);

    private readonly Compilation _compilation;
    private readonly SsotConfigFile _config;
    private readonly Dictionary<string, LegacyEntry> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, LegacyEntry> _members = new(SymbolEqualityComparer.Default);
    private readonly List<LegacyEntry> _namespaces = new();
    private readonly HashSet<string> _solutionAssemblies;
    private readonly string? _ownPrefix;

    private LegacyCatalog(Compilation compilation, SsotConfigFile config, SolutionIndex? index)
    {
        _compilation = compilation;
        _config = config;
        _solutionAssemblies = new HashSet<string>(index?.Types.Select(t => t.Assembly) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        _ownPrefix = OwnPrefix(compilation.AssemblyName);
        foreach (var entry in config.Config.Legacy)
        {
            switch (entry.Kind)
            {
                case LegacyKind.Namespace:
                    _namespaces.Add(entry);
                    if (SymbolResolver.FindNamespace(compilation, entry.Target) is { } ns)
                    {
                        AddTypeNames(ns);
                    }

                    break;
                case LegacyKind.Type:
                    _types[entry.Target] = entry;
                    AddTypeName(SymbolNames.SimpleName(entry.Target));
                    break;
                case LegacyKind.Member:
                    if (DocumentationCommentId.GetFirstSymbolForDeclarationId(entry.Target, compilation) is { } member)
                    {
                        _members[member] = entry;
                        CandidateNames.Add(member.Name);
                    }

                    break;
            }
        }
    }

    /// <summary>Simple names that may refer to a legacy type or member; other names need no binding.</summary>
    public HashSet<string> CandidateNames { get; } = new(StringComparer.Ordinal);

    public bool ObsoleteIsLegacy => _config.Config.ObsoleteIsLegacy;

    public bool IsEmpty => _types.Count == 0 && _members.Count == 0 && _namespaces.Count == 0;

    public static LegacyCatalog Build(Compilation compilation, SsotConfigFile config, SolutionIndex? index) => new(compilation, config, index);

    /// <summary>The legacy entry a type or member falls under (member, then type, then namespace), or null.</summary>
    public LegacyMatch? MatchEntry(ISymbol symbol)
    {
        if (symbol is not INamedTypeSymbol && _members.TryGetValue(symbol.OriginalDefinition, out var memberEntry))
        {
            return new LegacyMatch(memberEntry.Target.Substring(2), memberEntry.Reason, Strip(memberEntry.Replacement), null, memberEntry.MissionCritical, memberEntry);
        }

        if (symbol is not INamedTypeSymbol type)
        {
            return null;
        }

        string metadataName = SymbolNames.MetadataName(type.OriginalDefinition);
        if (_types.TryGetValue(metadataName, out var typeEntry))
        {
            string? replacementType = typeEntry.Replacement is { } r && SymbolResolver.FindType(_compilation, r) is not null ? r : null;
            return new LegacyMatch(typeEntry.Target, typeEntry.Reason, typeEntry.Replacement, replacementType, typeEntry.MissionCritical, typeEntry);
        }

        string ns = SymbolNames.NamespaceOf(metadataName);
        foreach (var entry in _namespaces)
        {
            if (IsWithin(ns, entry.Target))
            {
                // The same type in the replacement namespace, when it exists, is what to use instead.
                string? counterpart = entry.Replacement is null ? null : entry.Replacement + metadataName.Substring(ns.Length);
                string? replacementType = counterpart is not null && SymbolResolver.FindType(_compilation, counterpart) is not null ? counterpart : null;
                return new LegacyMatch("namespace " + entry.Target, entry.Reason, replacementType ?? entry.Replacement, replacementType, entry.MissionCritical, entry);
            }
        }

        return null;
    }

    /// <summary>A namespace that is legacy (the entry's or a child), or null.</summary>
    public LegacyEntry? MatchNamespace(string ns) => _namespaces.FirstOrDefault(e => IsWithin(ns, e.Target));

    /// <summary>
    /// The solution's own <c>[Obsolete]</c> symbol as legacy, or null: declared in this compilation, in another
    /// project of the solution (ssot-check), or — in a build, which cannot tell project from package references —
    /// in an assembly whose first name segment is this one's (<c>Netra.Auth</c> for <c>Netra.Backend</c>).
    /// </summary>
    public LegacyMatch? MatchObsolete(ISymbol symbol)
    {
        if (!ObsoleteIsLegacy)
        {
            return null;
        }

        var definition = symbol.OriginalDefinition;
        if (!IsOwn(definition) || ObsoleteMessage(definition) is not { } message)
        {
            return null;
        }

        string? replacement = null;
        string? replacementType = null;
        var match = ReplacementInMessage.Match(message);
        if (match.Success)
        {
            replacement = match.Groups["name"].Value;
            replacementType = definition is INamedTypeSymbol type ? ResolveReplacementType(replacement, type) : null;
            replacement = replacementType ?? replacement;
        }

        string display = definition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return new LegacyMatch(display, message.Length == 0 ? "[Obsolete]" : "[Obsolete(\"" + message + "\")]", replacement, replacementType, missionCritical: false, entry: null);
    }

    /// <summary>The first legacy <c>path</c> entry a file is under, or null.</summary>
    public static LegacyEntry? MatchPath(SsotConfigFile config, string path)
    {
        string relative = config.RelativePath(path);
        foreach (var entry in config.Config.Legacy)
        {
            if (entry.Kind == LegacyKind.Path && entry.PathGlob!.IsMatch(relative))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Whether code at this place is itself legacy (inside a legacy namespace, type, member or file).</summary>
    public bool IsInsideLegacy(ISymbol? enclosing, SyntaxTree tree)
    {
        if (MatchPath(_config, tree.FilePath) is not null)
        {
            return true;
        }

        for (var symbol = enclosing; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamespaceSymbol ns)
            {
                return !ns.IsGlobalNamespace && MatchNamespace(ns.ToDisplayString()) is not null;
            }

            if (MatchEntry(symbol) is not null || (ObsoleteIsLegacy && ObsoleteMessage(symbol) is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ObsoleteMessage(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace.Name: "System" })
            {
                return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string text ? text : string.Empty;
            }
        }

        return null;
    }

    private bool IsOwn(ISymbol symbol)
    {
        var assembly = symbol.ContainingAssembly;
        if (assembly is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly) || _solutionAssemblies.Contains(assembly.Name))
        {
            return true;
        }

        return _solutionAssemblies.Count == 0 && _ownPrefix is not null
            && (assembly.Name == _ownPrefix || (assembly.Name.Length > _ownPrefix.Length && assembly.Name[_ownPrefix.Length] == '.' && assembly.Name.StartsWith(_ownPrefix, StringComparison.Ordinal)));
    }

    /// <summary>
    /// A replacement named in an Obsolete message: a metadata name as written, else the one non-obsolete type of that
    /// simple name declared in this compilation — never the obsolete type itself, whose simple name is often the same
    /// (<c>Legacy.WebSocketManagerFactory</c> → <c>WebSocketCore.WebSocketManagerFactory</c>).
    /// </summary>
    private string? ResolveReplacementType(string name, INamedTypeSymbol obsolete)
    {
        // "Use CommandResult<T> instead": the type of that name and arity.
        int arity = 0;
        int angle = name.IndexOf('<');
        if (angle >= 0)
        {
            arity = name.Split(',').Length;
            name = name.Substring(0, angle);
        }

        if (name.IndexOf('.') >= 0)
        {
            string metadataName = arity == 0 ? name : name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return SymbolResolver.FindType(_compilation, metadataName) is { } qualified && !SymbolEqualityComparer.Default.Equals(qualified, obsolete)
                ? SymbolNames.MetadataName(qualified)
                : null;
        }

        var candidates = _compilation.GetSymbolsWithName(name, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => (angle < 0 || t.Arity == arity) && !SymbolEqualityComparer.Default.Equals(t, obsolete) && ObsoleteMessage(t) is null && t.ContainingType is null)
            .ToList();
        return candidates.Count == 1 ? SymbolNames.MetadataName(candidates[0]) : null;
    }

    private void AddTypeNames(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                AddTypeNames(child);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddTypeName(type.Name);
            }
        }
    }

    /// <summary>A type's name, and for an attribute also the short name <c>[Retired]</c> is written with.</summary>
    private void AddTypeName(string name)
    {
        CandidateNames.Add(name);
        if (name.Length > "Attribute".Length && name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            CandidateNames.Add(name.Substring(0, name.Length - "Attribute".Length));
        }
    }

    /// <summary>Whether a namespace is a legacy namespace or one of its children.</summary>
    public static bool IsWithin(string ns, string legacy)
        => ns == legacy || (ns.Length > legacy.Length && ns[legacy.Length] == '.' && ns.StartsWith(legacy, StringComparison.Ordinal));

    /// <summary>The first segment of the compilation's assembly name (<c>Netra</c>), unless it is a framework's.</summary>
    private static string? OwnPrefix(string? assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName))
        {
            return null;
        }

        int dot = assemblyName!.IndexOf('.');
        string first = dot < 0 ? assemblyName : assemblyName.Substring(0, dot);
        return first is "System" or "Microsoft" ? null : first;
    }

    private static string? Strip(string? documentationId)
        => documentationId is { Length: > 2 } id && id[1] == ':' ? id.Substring(2) : documentationId;
}
