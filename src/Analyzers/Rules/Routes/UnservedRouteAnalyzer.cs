using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Routes;

/// <summary>
/// SSOT4004: a client route (a constant URI given to an HTTP or WebSocket client) that no endpoint serves, reported at
/// the literal or constant reference, naming the closest served route. In a build or the IDE the endpoints are those
/// of the compilation; under ssot-check those of the whole solution. Where there is no endpoint at all, nothing is
/// judged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnservedRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.UnservedRoute);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null)
            {
                return;
            }

            // Under ssot-check the index holds the routes of every project of the solution; else the compilation's own.
            var solutionRoutes = SolutionIndex.Load(start)?.Routes;
            var clients = new ConcurrentQueue<(ClientRoute Route, INamedTypeSymbol? Type)>();
            var externalBases = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation =>
                {
                    if (ClientRouteCollector.From(operation.Operation) is { } client && !ssot.Classify(operation.Operation.Syntax.SyntaxTree).IsExcluded)
                    {
                        clients.Enqueue((client, TypeOf(operation.ContainingSymbol)));
                    }
                },
                ClientRouteCollector.Kinds);
            start.RegisterOperationAction(
                operation =>
                {
                    if (ClientRouteCollector.SetsExternalBaseAddress(operation.Operation) && TypeOf(operation.ContainingSymbol) is { } type)
                    {
                        externalBases[type] = true;
                    }
                },
                OperationKind.SimpleAssignment);
            start.RegisterCompilationEndAction(end =>
            {
                if (clients.IsEmpty)
                {
                    return;
                }

                var routes = solutionRoutes ?? EndpointCollector.Collect(end.Compilation, ssot.Config, end.CancellationToken);
                if (routes.IsEmpty)
                {
                    return; // no endpoint at all: nothing to judge against
                }

                string scope = solutionRoutes is null ? "project" : "solution";
                foreach (var (client, type) in clients.OrderBy(c => c.Route.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(c => c.Route.Location.SourceSpan.Start))
                {
                    if (routes.Any(r => r.Serves(client.Path))
                        || (ClientRouteCollector.IsRelative(client) && type is not null && externalBases.ContainsKey(type)))
                    {
                        continue;
                    }

                    var closest = ClosestRoute.Find(client.Path, routes);
                    string where = closest is null || closest.FilePath.Length == 0 ? string.Empty : " (" + ssot.ConfigFile.RelativePath(closest.FilePath) + ")";
                    string suggestion = closest is null ? string.Empty : "; closest: '" + closest.Template + "'" + where;
                    end.ReportDiagnostic(SsotDiagnostic.Create(
                        RuleCatalog.UnservedRoute,
                        client.Location,
                        missionCritical: false,
                        entry: null,
                        additionalLocations: null,
                        client.Path,
                        scope,
                        suggestion));
                }
            });
        });
    }

    private static INamedTypeSymbol? TypeOf(ISymbol? symbol) => symbol as INamedTypeSymbol ?? symbol?.ContainingType;
}
