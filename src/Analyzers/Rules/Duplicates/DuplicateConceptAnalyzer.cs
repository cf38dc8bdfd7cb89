using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1001: a type that claims to be a declared concept (by its name: a <c>match</c> glob or the canonical type's
/// simple name; or by implementing the concept's interfaces or base classes) but is neither the canonical
/// implementation nor a declared alias. A concept is of its canonical type's kind, and only types of that kind
/// claim it: classes, structs and records (not abstract); or interfaces; or enums; or delegates (those by name only).
/// Live: a symbol action per type, with the concepts' symbols resolved once per compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateConceptAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.DuplicateConcept);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.Concepts.IsEmpty)
            {
                return;
            }

            var index = SolutionIndex.Load(start);
            var concepts = ssot.Config.Concepts.Select(c => ResolvedConcept.Resolve(c, start.Compilation, ssot.ConfigFile, index)).ToImmutableArray();
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, ssot, concepts), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, SsotCompilationContext ssot, ImmutableArray<ResolvedConcept> concepts)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var kind = KindOf(type.TypeKind);
        if (kind is null || (kind == ConceptKind.ClassOrStruct && type.IsAbstract) || type.IsImplicitlyDeclared)
        {
            return;
        }

        var location = FirstSourceLocation(type);
        if (location is null)
        {
            return;
        }

        var file = ssot.Classify(location.SourceTree!);
        if (file.IsExcluded)
        {
            return;
        }

        foreach (var concept in concepts)
        {
            if (concept.Kind != kind || !concept.AppliesTo(file) || !concept.Claims(type) || concept.IsCanonicalOrAlias(type))
            {
                continue;
            }

            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.DuplicateConcept,
                location,
                concept.Entry.MissionCritical,
                concept.Entry.Name,
                concept.CanonicalLocation is { } canonicalLocation ? new[] { canonicalLocation } : null,
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                concept.Entry.Name,
                concept.CanonicalDisplayName,
                concept.CanonicalPlace));
        }
    }

    /// <summary>The kind of type a concept is; classes, structs and records are one kind (a struct copy of a class is a copy).</summary>
    private enum ConceptKind
    {
        ClassOrStruct,
        Interface,
        Enum,
        Delegate,
    }

    private static ConceptKind? KindOf(TypeKind kind) => kind switch
    {
        TypeKind.Class or TypeKind.Struct => ConceptKind.ClassOrStruct,
        TypeKind.Interface => ConceptKind.Interface,
        TypeKind.Enum => ConceptKind.Enum,
        TypeKind.Delegate => ConceptKind.Delegate,
        _ => null,
    };

    private static ConceptKind KindOf(DeclaredTypeFlags flags)
        => (flags & DeclaredTypeFlags.Interface) != 0 ? ConceptKind.Interface
            : (flags & DeclaredTypeFlags.Enum) != 0 ? ConceptKind.Enum
            : (flags & DeclaredTypeFlags.Delegate) != 0 ? ConceptKind.Delegate
            : ConceptKind.ClassOrStruct;

    private static Location? FirstSourceLocation(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>A concept with its symbols bound in one compilation.</summary>
    private sealed class ResolvedConcept
    {
        private readonly INamedTypeSymbol? _canonical;
        private readonly ImmutableArray<INamedTypeSymbol> _implements;
        private readonly HashSet<string> _aliases;

        /// <summary>
        /// The concept's <c>implements</c> types by simple name, with the names of their members when this compilation
        /// or the solution index knows them (null when neither does).
        /// </summary>
        private readonly ImmutableDictionary<string, ImmutableArray<string>?> _contracts;

        /// <summary>Whether the canonical type is a static class; null when neither the compilation nor the index knows it.</summary>
        private readonly bool? _canonicalIsStatic;

        private ResolvedConcept(
            ConceptEntry entry,
            INamedTypeSymbol? canonical,
            ImmutableArray<INamedTypeSymbol> implements,
            string canonicalPlace,
            Location? canonicalLocation,
            ConceptKind kind,
            ImmutableDictionary<string, ImmutableArray<string>?> contracts,
            bool? canonicalIsStatic)
        {
            Entry = entry;
            _contracts = contracts;
            _canonicalIsStatic = canonicalIsStatic;
            Kind = kind;
            _canonical = canonical;
            _implements = implements;
            _aliases = new HashSet<string>(entry.Aliases.Select(a => a.Value), System.StringComparer.Ordinal);
            CanonicalDisplayName = canonical is not null ? SymbolNames.DisplayName(canonical) : SymbolNames.DisplayNameOf(entry.Canonical);
            CanonicalPlace = canonicalPlace;
            CanonicalLocation = canonicalLocation;
        }

        public ConceptEntry Entry { get; }

        /// <summary>The canonical type's kind (from the solution index when it is declared elsewhere); a class when unknown.</summary>
        public ConceptKind Kind { get; }

        public string CanonicalDisplayName { get; }

        /// <summary>Where the canonical type is declared: a relative path, an assembly, or "not found".</summary>
        public string CanonicalPlace { get; }

        public Location? CanonicalLocation { get; }

        public static ResolvedConcept Resolve(ConceptEntry entry, Compilation compilation, SsotConfigFile configFile, SolutionIndex? index)
        {
            var canonical = compilation.GetTypeByMetadataName(entry.Canonical);
            var implements = entry.Implements
                .Select(i => compilation.GetTypeByMetadataName(i.Value))
                .Where(t => t is not null)
                .Select(t => t!)
                .ToImmutableArray();

            string place;
            Location? location = null;
            var sourceLocation = canonical?.Locations.FirstOrDefault(l => l.IsInSource);
            var declaredElsewhere = sourceLocation is null ? index?.Types.FirstOrDefault(t => t.MetadataName == entry.Canonical) : null;
            if (sourceLocation is not null)
            {
                place = configFile.RelativePath(sourceLocation.SourceTree!.FilePath);
                location = SsotDiagnostic.Portable(sourceLocation, compilation);
            }
            else if (declaredElsewhere is not null)
            {
                // ssot-check knows the whole solution: a project that does not reference the canonical one's
                // project still learns where it is.
                place = configFile.RelativePath(declaredElsewhere.Path);
                location = declaredElsewhere.Location;
            }
            else if (canonical is not null)
            {
                place = "in assembly " + canonical.ContainingAssembly.Name;
            }
            else
            {
                place = "not found in this project or its references";
            }

            var kind = canonical is not null ? KindOf(canonical.TypeKind) ?? ConceptKind.ClassOrStruct
                : declaredElsewhere is not null ? KindOf(declaredElsewhere.Flags)
                : index?.Types.FirstOrDefault(t => t.MetadataName == entry.Canonical) is { } declared ? KindOf(declared.Flags)
                : ConceptKind.ClassOrStruct;
            var contracts = ContractMembers(entry, compilation, index);
            bool? canonicalIsStatic = canonical is not null ? canonical.IsStatic
                : (declaredElsewhere ?? index?.Types.FirstOrDefault(t => t.MetadataName == entry.Canonical)) is { } known ? (known.Flags & DeclaredTypeFlags.Static) != 0
                : null;
            return new ResolvedConcept(entry, canonical, implements, place, location, kind, contracts, canonicalIsStatic);
        }

        public bool AppliesTo(SourceFileKind file) => Entry.Scope switch
        {
            ConceptScope.Production => !file.IsTest,
            ConceptScope.Test => file.IsTest,
            _ => true,
        };

        /// <summary>
        /// Whether the type says it is this concept: by its simple name (a <c>match</c> glob, or the canonical type's
        /// name), or, for classes and structs, by what it implements.
        /// </summary>
        public bool Claims(INamedTypeSymbol type)
        {
            if (NameGlob.MatchesAny(Entry.Match, type.Name))
            {
                return true;
            }

            if (type.Name == CanonicalDisplayName)
            {
                return Kind != ConceptKind.ClassOrStruct || ImplementsDeclared(type) || (!IsOtherKindOfClass(type) && !IsCounterpart(type));
            }

            if (Kind != ConceptKind.ClassOrStruct)
            {
                return false; // an interface extending the concept's interface is not a second implementation
            }

            return ImplementsDeclared(type);
        }

        /// <summary>
        /// A static class named like an instantiable canonical class, or the reverse: one cannot stand in for the other
        /// (Duplicati's localization class <c>Strings.Controller { static string ... }</c> next to the concept's
        /// <c>Library.Main.Controller</c>), so the shared name is a coincidence, not a claim.
        /// </summary>
        private bool IsOtherKindOfClass(INamedTypeSymbol type)
            => _canonicalIsStatic is { } canonicalIsStatic && type.IsStatic != canonicalIsStatic;

        /// <summary>
        /// A type named like the canonical one that implements its own contract named like one of the concept's
        /// <c>implements</c> types, with other members (eShop's MAUI <c>ClientApp.Services.Identity.IdentityService :
        /// ClientApp...IIdentityService { SignInAsync, ... }</c> next to the concept's <c>Ordering.API...IIdentityService
        /// { GetUserIdentity, ... }</c>): the same word for another thing in another part of the system, not a second
        /// implementation. A contract that is a copy (at least half of the members of the smaller one in common), or one
        /// whose declared counterpart cannot be seen, does not excuse the type.
        /// </summary>
        private bool IsCounterpart(INamedTypeSymbol type)
        {
            foreach (var contract in type.AllInterfaces.Concat(BaseTypes(type)))
            {
                if (_contracts.TryGetValue(contract.Name, out var declaredMembers)
                    && declaredMembers is { } members
                    && SymbolNames.MetadataName(contract.OriginalDefinition) is var name
                    && !Entry.Implements.Any(i => i.Value == name)
                    && !SharesHalfOfTheMembers(members, contract.OriginalDefinition.MemberNames))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                yield return baseType;
            }
        }

        private static bool SharesHalfOfTheMembers(ImmutableArray<string> declared, IEnumerable<string> other)
        {
            var mine = new HashSet<string>(other.Where(n => n.Length > 0 && n[0] != '.' && n[0] != '<'), System.StringComparer.Ordinal);
            int smaller = System.Math.Min(mine.Count, declared.Length);
            int common = declared.Count(mine.Contains);
            return smaller == 0 || common * 2 >= smaller;
        }

        /// <summary>The simple names of the concept's <c>implements</c> types, with their member names where known.</summary>
        private static ImmutableDictionary<string, ImmutableArray<string>?> ContractMembers(ConceptEntry entry, Compilation compilation, SolutionIndex? index)
        {
            var contracts = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>?>(System.StringComparer.Ordinal);
            foreach (var implemented in entry.Implements)
            {
                string simpleName = SymbolNames.SimpleName(implemented.Value);
                ImmutableArray<string>? members = compilation.GetTypeByMetadataName(implemented.Value) is { } symbol
                    ? symbol.MemberNames.Where(n => n.Length > 0 && n[0] != '.' && n[0] != '<').ToImmutableArray()
                    : index?.Types.FirstOrDefault(t => t.MetadataName == implemented.Value)?.MemberNames;
                if (!contracts.TryGetValue(simpleName, out var known) || known is null)
                {
                    contracts[simpleName] = members;
                }
            }

            return contracts.ToImmutable();
        }

        /// <summary>Whether the type implements one of the concept's interfaces or derives from one of its base classes.</summary>
        private bool ImplementsDeclared(INamedTypeSymbol type)
        {
            foreach (var target in _implements)
            {
                if (target.TypeKind == TypeKind.Interface)
                {
                    foreach (var implemented in type.AllInterfaces)
                    {
                        if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, target))
                        {
                            return true;
                        }
                    }
                }
                else
                {
                    for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                    {
                        if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, target))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The canonical type, a declared alias, or a specialisation of the canonical type (a class deriving from it
        /// reuses the one implementation, like NLog's <c>GZipFileTarget : FileTarget</c>; it is not a copy).
        /// </summary>
        public bool IsCanonicalOrAlias(INamedTypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            if (HoldsCanonical(definition))
            {
                return true;
            }

            if (_canonical is not null)
            {
                for (INamedTypeSymbol? current = definition; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _canonical))
                    {
                        return true;
                    }
                }
            }

            string metadataName = SymbolNames.MetadataName(definition);
            return (_canonical is null && metadataName == Entry.Canonical) || _aliases.Contains(metadataName);
        }

        /// <summary>
        /// A class with a field (or auto-property) of the canonical type wraps the one implementation and reuses it, like
        /// a subclass does: a decorator, an adapter, the server side of a remote call (Duplicati's
        /// <c>ControllerRpcServer : IController { Controller? _controller; }</c>). It is not a second implementation.
        /// </summary>
        private bool HoldsCanonical(INamedTypeSymbol type)
        {
            if (_canonical is null || SymbolEqualityComparer.Default.Equals(type, _canonical))
            {
                return false;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol field
                    && field.Type is INamedTypeSymbol fieldType
                    && SymbolEqualityComparer.Default.Equals(fieldType.OriginalDefinition, _canonical))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
