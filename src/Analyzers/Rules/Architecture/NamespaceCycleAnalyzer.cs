using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Cycles;

namespace Netra.Ssot.Rules.Architecture;

/// <summary>
/// SSOT5001 (info; error when <c>cycles.missionCritical</c>): namespace dependency cycles in the production code of a
/// compilation, at compilation end. Each strongly connected component of the namespace graph is reported once, with
/// one shortest cycle, at the first reference of the edge that closes it; every edge's first reference is an
/// additional location. A cycle is accepted when every one of its namespaces matches a <c>cycles.ignore</c> glob.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NamespaceCycleAnalyzer : DiagnosticAnalyzer
{
    private const int ListedNamespaces = 8;
    private const string GlobalNamespace = "<global namespace>";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.NamespaceCycle);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SsotCompilationContext.TryCreate(start) is not { } ssot || ssot.IsTestProject)
            {
                return;
            }

            var collector = new TypeReferenceCollector(ssot, start.Compilation);
            collector.Register(start);
            start.RegisterCompilationEndAction(end => Report(end, ssot, collector.Graph));
        });
    }

    private static void Report(CompilationAnalysisContext context, SsotCompilationContext ssot, NamespaceGraph graph)
    {
        var section = ssot.Config.Cycles;
        foreach (var cycle in NamespaceCycleFinder.Find(graph.Edges, ns => NameGlob.MatchesAny(section.Ignore, ns)))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.NamespaceCycle,
                cycle.ClosingEdge.Location,
                section.MissionCritical,
                entry: null,
                cycle.Edges.Select(e => e.Location),
                Path(cycle),
                string.Join("; ", cycle.Edges.Select(e => $"{ssot.ConfigFile.RelativePath(e.Path)}:{e.Line} uses '{e.TypeName}'")),
                Tangle(cycle)));
        }
    }

    /// <summary><c>A → B → C → A</c>.</summary>
    private static string Path(NamespaceCycle cycle)
        => string.Join(" → ", cycle.Namespaces.Add(cycle.Namespaces[0]).Select(Display));

    /// <summary>When the component is larger than the cycle: how large, and its namespaces.</summary>
    private static string Tangle(NamespaceCycle cycle)
    {
        if (cycle.Component.Length <= cycle.Namespaces.Length)
        {
            return string.Empty;
        }

        string listed = string.Join(", ", cycle.Component.Take(ListedNamespaces).Select(Display));
        if (cycle.Component.Length > ListedNamespaces)
        {
            listed += $" and {cycle.Component.Length - ListedNamespaces} more";
        }

        return $" (the cycle is part of a tangle of {cycle.Component.Length} namespaces: {listed})";
    }

    private static string Display(string ns) => ns.Length == 0 ? GlobalNamespace : ns;
}
