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
    public LegacyMatch(string target, string? reason, string? replacement, string? replacementType, bool missionCritical, LegacyEntry? entry, string? obsoleteMessage = null)
    {
        ObsoleteMessage = obsoleteMessage;
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

    /// <summary>The [Obsolete] attribute's message ("" when it has none) for an [Obsolete]-derived match; null for an entry.</summary>
    public string? ObsoleteMessage { get; }

    /// <summary>The advice that ends the message: the replacement, the [Obsolete] message to follow, or removal.</summary>
    public string Advice => Replacement is not null
        ? "use '" + SymbolNames.QualifiedDisplayName(Replacement) + "' instead"
        : ObsoleteMessage is { Length: > 0 } ? "follow the [Obsolete] message" : "remove the reference";
}

/// <summary>
/// The legacy entries of ssot.json bound to one compilation: which names can be legacy (a cheap pre-filter for
/// syntax actions), which symbols are, and what replaces them. With <c>obsoleteIsLegacy</c>, the solution's own
/// <c>[Obsolete]</c> types and members count too, their replacement read from the attribute message.
/// </summary>
public sealed class LegacyCatalog
{
    /// <summary>A name as a message writes it, with its type arguments when generic (<c>CommandResult&lt;T&gt;</c>).</summary>
    private const string Name = @"[`'""]?(?<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:<[A-Za-z0-9_, .]*>)?)";

    /// <summary>
    /// How an [Obsolete] message names its replacement: "Use X instead", "Use the newer X", "Please use X",
    /// "Replaced by X", "Superseded by X", "Moved to X", "X should be used", a <c>&lt;see cref="X"/&gt;</c>.
    /// </summary>
    private static readonly Regex[] ReplacementPhrasings =
    {
        new(@"<see\s+cref\s*=\s*[""'](?:[A-Z]:)?(?<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        new(@"\buse\s+(?:the\s+|an?\s+)?(?:new(?:er)?\s+|updated\s+)?" + Name, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        new(@"\b(?:replaced|superseded)\s+(?:by|with)\s+(?:the\s+)?(?:new(?:er)?\s+)?" + Name, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        new(@"\bmoved\s+to\s+" + Name, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        new(Name + @"[`'""]?\s+(?:should|must|is\s+to)\s+be\s+used\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
    };

    private readonly Compilation _compilation;
    private readonly SsotConfigFile _config;
    private readonly Dictionary<string, LegacyEntry> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, LegacyEntry> _members = new(SymbolEqualityComparer.Default);
    private readonly List<LegacyEntry> _namespaces = new();
    private readonly HashSet<string> _solutionAssemblies;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, LegacyMatch?> _obsolete = new(SymbolEqualityComparer.Default);
    private readonly string? _ownPrefix;
    private readonly SolutionIndex? _index;

    private LegacyCatalog(Compilation compilation, SsotConfigFile config, SolutionIndex? index)
    {
        _compilation = compilation;
        _config = config;
        _solutionAssemblies = new HashSet<string>(index?.Types.Select(t => t.Assembly) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        _ownPrefix = OwnPrefix(compilation.AssemblyName);
        _index = index;
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

        if (ObsoleteIsLegacy)
        {
            AddObsoleteTypeNames(compilation.Assembly.GlobalNamespace);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsOwn(assembly.GlobalNamespace))
                {
                    AddObsoleteTypeNames(assembly.GlobalNamespace);
                }
            }
        }
    }

    /// <summary>Simple names that may refer to a legacy type or member; other names need no binding.</summary>
    public HashSet<string> CandidateNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Simple names (and attribute short names) of the solution's own <c>[Obsolete]</c> types that this compilation
    /// sees (its own, and those of the solution's assemblies it references); empty without <c>obsoleteIsLegacy</c>.
    /// </summary>
    public HashSet<string> ObsoleteTypeNames { get; } = new(StringComparer.Ordinal);

    public bool ObsoleteIsLegacy => _config.Config.ObsoleteIsLegacy;

    public bool IsEmpty => _types.Count == 0 && _members.Count == 0 && _namespaces.Count == 0;

    /// <summary>
    /// The catalog of a compilation under a configuration and solution index: built once per compilation and shared
    /// by the rules that read it (SSOT3001 and SSOT3002), since binding the entries and walking the solution's
    /// namespaces for <c>[Obsolete]</c> types costs the same for each. Once built, it is only read (its cache of
    /// obsolete matches is concurrent).
    /// </summary>
    public static LegacyCatalog Build(Compilation compilation, SsotConfigFile config, SolutionIndex? index)
    {
        var shared = SharedCatalogs.GetValue(compilation, c => new LegacyCatalog(c, config, index));
        // The same compilation under another configuration or index (a test host): do not share.
        return ReferenceEquals(shared._config.Config, config.Config) && string.Equals(shared._config.Path, config.Path, StringComparison.Ordinal) && ReferenceEquals(shared._index, index)
            ? shared
            : new LegacyCatalog(compilation, config, index);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, LegacyCatalog> SharedCatalogs = new();

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
        return IsOwn(definition) ? _obsolete.GetOrAdd(definition, CreateObsoleteMatch) : null;
    }

    /// <summary>The match of an own symbol, or null when it is not [Obsolete]; built once per symbol (uses are many).</summary>
    private LegacyMatch? CreateObsoleteMatch(ISymbol definition)
    {
        if (ObsoleteMessage(definition) is not { } message)
        {
            return null;
        }

        var (replacement, replacementType) = ReplacementIn(message, definition);
        string display = definition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return new LegacyMatch(display, message.Length == 0 ? "[Obsolete]" : "[Obsolete(\"" + message + "\")]", replacement, replacementType, missionCritical: false, entry: null, message);
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

            // An accessor is inside its property or event: the compiler does not warn in the accessors of an
            // [Obsolete] property (AutoFixture's FrozenAttribute.As reading its obsolete field), nor does SSOT3001.
            if (symbol is IMethodSymbol { AssociatedSymbol: { } owner }
                && (MatchEntry(owner) is not null || (ObsoleteIsLegacy && ObsoleteMessage(owner) is not null)))
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
    /// The replacement an [Obsolete] message names, for the message and (a type) for the code fix: the first name of
    /// a known phrasing that resolves to a type or member other than the obsolete one; (null, null) otherwise.
    /// </summary>
    private (string? Replacement, string? ReplacementType) ReplacementIn(string message, ISymbol obsolete)
    {
        if (message.Length == 0)
        {
            return (null, null);
        }

        var found = new List<Match>();
        foreach (var phrasing in ReplacementPhrasings)
        {
            found.AddRange(phrasing.Matches(message).Cast<Match>());
        }

        foreach (var match in found.OrderBy(m => m.Index))
        {
            if (ResolveReplacement(match.Groups["name"].Value, obsolete) is { } resolved)
            {
                return resolved;
            }
        }

        return (null, null);
    }

    /// <summary>
    /// A name from an Obsolete message as a type or member: a type's metadata name as written, else a member of a
    /// type so named (<c>Core.Jwt.Decode</c>); a simple name is the one non-obsolete top-level type of that name
    /// declared in this compilation, else in the obsolete symbol's assembly, else (ssot-check) in the solution index
    /// (never the obsolete type itself, whose simple name is often the same:
    /// <c>Legacy.WebSocketManagerFactory</c> → <c>WebSocketCore.WebSocketManagerFactory</c>), else a member of the
    /// obsolete symbol's own type (<c>Use DecodeV2 instead</c>).
    /// </summary>
    private (string Replacement, string? ReplacementType)? ResolveReplacement(string name, ISymbol obsolete)
    {
        // "Use CommandResult<T> instead": the type of that name and arity, never the non-generic CommandResult.
        int arity = -1;
        int angle = name.IndexOf('<');
        if (angle >= 0)
        {
            arity = name.Split(',').Length;
            name = name.Substring(0, angle);
        }

        int dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            string qualifiedName = arity > 0 ? name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : name;
            if (SymbolResolver.FindType(_compilation, qualifiedName) is { } qualified && !SymbolEqualityComparer.Default.Equals(qualified, obsolete))
            {
                string metadataName = SymbolNames.MetadataName(qualified);
                return (metadataName, metadataName);
            }

            // A member of a type named by metadata name, or by simple name (IAsyncMigrationRoutine.PerformAsync).
            string containerName = name.Substring(0, dot);
            var container = SymbolResolver.FindType(_compilation, containerName)
                ?? (containerName.IndexOf('.') < 0 && ResolveReplacement(containerName, obsolete) is { ReplacementType: { } typeName } ? SymbolResolver.FindType(_compilation, typeName) : null);
            string member = name.Substring(dot + 1);
            return container is not null && IsOtherMember(container, member, obsolete)
                ? (SymbolNames.MetadataName(container) + "." + member, null)
                : null;
        }

        // This project's source, else the obsolete symbol's own assembly (a referenced project in a build).
        var candidates = _compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => IsOtherType(t, obsolete) && (arity < 0 || t.Arity == arity)).ToList();
        if (candidates.Count == 0 && obsolete.ContainingAssembly is { } assembly && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly))
        {
            candidates = TopLevelTypes(assembly.GlobalNamespace, name).Where(t => IsOtherType(t, obsolete) && (arity < 0 || t.Arity == arity)).ToList();
        }

        if (candidates.Count == 1)
        {
            string metadataName = SymbolNames.MetadataName(candidates[0]);
            return (metadataName, metadataName);
        }

        // ssot-check: a top-level type of another project, which this one may not reference.
        string obsoleteName = obsolete is INamedTypeSymbol obsoleteType ? SymbolNames.MetadataName(obsoleteType) : string.Empty;
        var declared = candidates.Count == 0 && _index is not null
            ? _index.Types.Where(t => t.Name == name && (arity < 0 || t.Arity == arity) && !t.Is(DeclaredTypeFlags.Nested) && t.MetadataName != obsoleteName).Select(t => t.MetadataName).Distinct(StringComparer.Ordinal).ToList()
            : new List<string>();
        if (declared.Count == 1)
        {
            return (declared[0], SymbolResolver.FindType(_compilation, declared[0]) is null ? null : declared[0]);
        }

        return obsolete.ContainingType is { } own && IsOtherMember(own, name, obsolete)
            ? (SymbolNames.MetadataName(own) + "." + name, null)
            : null;
    }

    private static bool IsOtherType(INamedTypeSymbol type, ISymbol obsolete)
        => !SymbolEqualityComparer.Default.Equals(type, obsolete) && ObsoleteMessage(type) is null && type.ContainingType is null;

    private static IEnumerable<INamedTypeSymbol> TopLevelTypes(INamespaceSymbol ns, string name)
    {
        foreach (var type in ns.GetTypeMembers(name))
        {
            yield return type;
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in TopLevelTypes(child, name))
            {
                yield return type;
            }
        }
    }

    private static bool IsOtherMember(INamedTypeSymbol type, string name, ISymbol obsolete)
        => type.GetMembers(name).Any(m => !SymbolEqualityComparer.Default.Equals(m, obsolete) && ObsoleteMessage(m) is null);

    /// <summary>The <c>[Obsolete]</c> types of a namespace tree, nested types included.</summary>
    private void AddObsoleteTypeNames(INamespaceSymbol ns)
    {
        foreach (var type in NamespaceTypes.All(ns))
        {
            if (ObsoleteMessage(type) is not null)
            {
                AddTypeName(type.Name, ObsoleteTypeNames);
            }
        }
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
    private void AddTypeName(string name) => AddTypeName(name, CandidateNames);

    private static void AddTypeName(string name, HashSet<string> names)
    {
        names.Add(name);
        if (name.Length > "Attribute".Length && name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            names.Add(name.Substring(0, name.Length - "Attribute".Length));
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
