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
/// SSOT1001: a type that claims to be a declared concept (by name glob or by implementing the concept's
/// interfaces or base classes) but is neither the canonical implementation nor a declared alias. Live: a symbol
/// action per type, with the concepts' symbols resolved once per compilation.
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
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAbstract || type.IsImplicitlyDeclared)
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
            if (!concept.AppliesTo(file) || !concept.Claims(type) || concept.IsCanonicalOrAlias(type))
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

        private ResolvedConcept(
            ConceptEntry entry,
            INamedTypeSymbol? canonical,
            ImmutableArray<INamedTypeSymbol> implements,
            string canonicalPlace,
            Location? canonicalLocation)
        {
            Entry = entry;
            _canonical = canonical;
            _implements = implements;
            _aliases = new HashSet<string>(entry.Aliases.Select(a => a.Value), System.StringComparer.Ordinal);
            CanonicalDisplayName = canonical is not null ? SymbolNames.DisplayName(canonical) : SymbolNames.DisplayNameOf(entry.Canonical);
            CanonicalPlace = canonicalPlace;
            CanonicalLocation = canonicalLocation;
        }

        public ConceptEntry Entry { get; }

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

            return new ResolvedConcept(entry, canonical, implements, place, location);
        }

        public bool AppliesTo(SourceFileKind file) => Entry.Scope switch
        {
            ConceptScope.Production => !file.IsTest,
            ConceptScope.Test => file.IsTest,
            _ => true,
        };

        /// <summary>Whether the type says it is this concept: by its simple name or by what it implements.</summary>
        public bool Claims(INamedTypeSymbol type)
        {
            if (NameGlob.MatchesAny(Entry.Match, type.Name))
            {
                return true;
            }

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
    }
}
