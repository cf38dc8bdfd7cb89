using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1002: a declared alias that neither derives from, wraps (a field or property of the canonical type) nor
/// forwards to the canonical type (calls, creates or reads a member of it). Live: a symbol-start action on the
/// alias type only; its member bodies are looked at through operation actions scoped to that type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConceptAliasAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.AliasNotForwarding);

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

            // alias metadata name -> (concept, canonical symbol); aliases whose canonical does not resolve are SSOT0002's.
            var aliases = new Dictionary<string, (ConceptEntry Concept, INamedTypeSymbol Canonical)>(System.StringComparer.Ordinal);
            foreach (var concept in ssot.Config.Concepts)
            {
                if (start.Compilation.GetTypeByMetadataName(concept.Canonical) is not { } canonical)
                {
                    continue;
                }

                foreach (var alias in concept.Aliases)
                {
                    if (!aliases.ContainsKey(alias.Value))
                    {
                        aliases.Add(alias.Value, (concept, canonical));
                    }
                }
            }

            if (aliases.Count > 0)
            {
                // A cheap first test on the simple name, so most types never build a metadata name.
                var simpleNames = new HashSet<string>(aliases.Keys.Select(SymbolNames.SimpleName), System.StringComparer.Ordinal);
                start.RegisterSymbolStartAction(
                    symbolStart =>
                    {
                        if (simpleNames.Contains(symbolStart.Symbol.Name))
                        {
                            OnAlias(symbolStart, ssot, aliases);
                        }
                    },
                    SymbolKind.NamedType);
            }
        });
    }

    private static void OnAlias(
        SymbolStartAnalysisContext context,
        SsotCompilationContext ssot,
        Dictionary<string, (ConceptEntry Concept, INamedTypeSymbol Canonical)> aliases)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || !aliases.TryGetValue(SymbolNames.MetadataName(type), out var target)
            || DerivesFrom(type, target.Canonical)
            || Wraps(type, target.Canonical))
        {
            return;
        }

        int forwards = 0;
        context.RegisterOperationAction(
            operation =>
            {
                if (Volatile.Read(ref forwards) == 0 && ReferencesCanonical(operation.Operation, target.Canonical))
                {
                    Interlocked.Exchange(ref forwards, 1);
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.FieldReference,
            OperationKind.PropertyReference,
            OperationKind.MethodReference,
            OperationKind.EventReference);
        context.RegisterSymbolEndAction(end =>
        {
            if (Volatile.Read(ref forwards) != 0 || !FirstSourceLocation(type, out var location) || ssot.Classify(location.SourceTree!).IsExcluded)
            {
                return;
            }

            var canonicalLocation = FirstSourceLocation(target.Canonical, out var found) ? SsotDiagnostic.Portable(found, end.Compilation) : null;
            end.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.AliasNotForwarding,
                location,
                target.Concept.MissionCritical,
                target.Concept.Name,
                canonicalLocation is null ? null : new[] { canonicalLocation },
                SymbolNames.DisplayName(type),
                target.Concept.Name,
                SymbolNames.DisplayName(target.Canonical),
                canonicalLocation is null ? "in assembly " + target.Canonical.ContainingAssembly.Name : ssot.ConfigFile.RelativePath(canonicalLocation.GetLineSpan().Path)));
        });
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol canonical)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, canonical))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Holds an instance of the canonical type: a field or property of that type.</summary>
    private static bool Wraps(INamedTypeSymbol type, INamedTypeSymbol canonical)
    {
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is not null && SymbolEqualityComparer.Default.Equals(memberType.OriginalDefinition, canonical))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesCanonical(IOperation operation, INamedTypeSymbol canonical)
    {
        ISymbol? member = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMemberReferenceOperation reference => reference.Member,
            _ => null,
        };
        return member?.ContainingType is { } containing && SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, canonical);
    }

    private static bool FirstSourceLocation(ISymbol symbol, out Location location)
    {
        foreach (var candidate in symbol.Locations)
        {
            if (candidate.IsInSource)
            {
                location = candidate;
                return true;
            }
        }

        location = Location.None;
        return false;
    }
}
