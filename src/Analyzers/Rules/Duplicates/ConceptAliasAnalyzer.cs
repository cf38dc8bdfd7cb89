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
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1002: a declared alias that neither derives from, wraps (a field or property of the canonical type) nor
/// forwards to the canonical type (calls, creates or reads a member of it). Live: a symbol-start action on the
/// alias type only; its member bodies are looked at through operation actions scoped to that type. When the
/// canonical type does not resolve in the alias's project but the solution index (ssot-check) knows it in another
/// project, the alias cannot name it at all, so it is reported without looking at its body; in a build, without
/// the index, such an alias is not judged. Either way, an alias that implements an interface of the canonical type and
/// forwards its methods by name through one transport call (an RPC proxy, <see cref="ForwardingByName"/>) delegates.
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

            // alias metadata name -> its concept and canonical type: a symbol of this compilation, or a declaration of
            // another project the solution index knows (ssot-check). A canonical found nowhere is SSOT0002's.
            var aliases = new Dictionary<string, AliasTarget>(System.StringComparer.Ordinal);
            SolutionIndex? index = null;
            bool indexLoaded = false;
            foreach (var concept in ssot.Config.Concepts)
            {
                AliasTarget target;
                if (start.Compilation.GetTypeByMetadataName(concept.Canonical) is { } canonical)
                {
                    target = new AliasTarget(concept, canonical, elsewhere: null);
                }
                else
                {
                    if (!indexLoaded)
                    {
                        (index, indexLoaded) = (SolutionIndex.Load(start), true);
                    }

                    if (index?.Types.FirstOrDefault(t => t.MetadataName == concept.Canonical) is not { } declared)
                    {
                        continue;
                    }

                    target = new AliasTarget(concept, canonical: null, declared);
                }

                foreach (var alias in concept.Aliases)
                {
                    if (!aliases.ContainsKey(alias.Value))
                    {
                        aliases.Add(alias.Value, target);
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
        Dictionary<string, AliasTarget> aliases)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !aliases.TryGetValue(SymbolNames.MetadataName(type), out var target))
        {
            return;
        }

        if (target.Elsewhere is { } elsewhere)
        {
            // The canonical type is in a project this one does not reference: the alias cannot derive from, hold or call
            // it, but it can forward the interface they share to it in another process.
            var proxyOfElsewhere = ObserveProxy(context, type, elsewhere.Bases.Select(SymbolNames.DefinitionName));
            context.RegisterSymbolEndAction(end =>
            {
                if (proxyOfElsewhere?.IsProxy != true && FirstSourceLocation(type, out var location) && !ssot.Classify(location.SourceTree!).IsExcluded)
                {
                    end.ReportDiagnostic(SsotDiagnostic.Create(
                        RuleCatalog.AliasNotForwarding,
                        location,
                        target.Concept.MissionCritical,
                        target.Concept.Name,
                        new[] { elsewhere.Location },
                        type.Name,
                        target.Concept.Name,
                        elsewhere.Name,
                        ssot.ConfigFile.RelativePath(elsewhere.Path) + ", in assembly " + elsewhere.Assembly + ", which this project does not reference"));
                }
            });
            return;
        }

        var canonical = target.Canonical!;
        if (DerivesFrom(type, canonical) || Wraps(type, canonical))
        {
            return;
        }

        var proxy = ObserveProxy(context, type, canonical.AllInterfaces.Select(i => SymbolNames.MetadataName(i.OriginalDefinition)));
        int forwards = 0;
        context.RegisterOperationAction(
            operation =>
            {
                if (Volatile.Read(ref forwards) == 0 && ReferencesCanonical(operation.Operation, canonical))
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
            if (Volatile.Read(ref forwards) != 0 || proxy?.IsProxy == true || !FirstSourceLocation(type, out var location) || ssot.Classify(location.SourceTree!).IsExcluded)
            {
                return;
            }

            var canonicalLocation = FirstSourceLocation(canonical, out var found) ? SsotDiagnostic.Portable(found, end.Compilation) : null;
            end.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.AliasNotForwarding,
                location,
                target.Concept.MissionCritical,
                target.Concept.Name,
                canonicalLocation is null ? null : new[] { canonicalLocation },
                SymbolNames.DisplayName(type),
                target.Concept.Name,
                SymbolNames.DisplayName(canonical),
                canonicalLocation is null ? "in assembly " + canonical.ContainingAssembly.Name : ssot.ConfigFile.RelativePath(canonicalLocation.GetLineSpan().Path)));
        });
    }

    /// <summary>
    /// Watches the alias's method bodies for forwarding by name (<see cref="ForwardingByName"/>) when it implements one
    /// of <paramref name="canonicalInterfaces"/>; null when it implements none of them.
    /// </summary>
    private static ForwardingByName? ObserveProxy(SymbolStartAnalysisContext context, INamedTypeSymbol alias, IEnumerable<string> canonicalInterfaces)
    {
        var proxy = ForwardingByName.For(alias, canonicalInterfaces.ToImmutableHashSet(System.StringComparer.Ordinal));
        if (proxy is not null)
        {
            context.RegisterOperationBlockAction(block => proxy.Observe(block.OwningSymbol, block.OperationBlocks));
        }

        return proxy;
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

    /// <summary>What an alias must lead to: the canonical type as a symbol of this compilation, or as another project's declaration.</summary>
    private sealed class AliasTarget
    {
        public AliasTarget(ConceptEntry concept, INamedTypeSymbol? canonical, DeclaredType? elsewhere)
        {
            Concept = concept;
            Canonical = canonical;
            Elsewhere = elsewhere;
        }

        public ConceptEntry Concept { get; }

        public INamedTypeSymbol? Canonical { get; }

        /// <summary>Set when the canonical type does not resolve here but another project of the solution declares it.</summary>
        public DeclaredType? Elsewhere { get; }
    }
}
