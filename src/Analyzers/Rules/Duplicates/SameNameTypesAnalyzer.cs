using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1003 (info): top-level types with the same simple name in different namespaces that no concept declares,
/// the discovery rule. At compilation end over the compilation's types, and with ssot-check's solution index over
/// every project, reported on each of the compilation's own members of a family.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SameNameTypesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.SameNameTypes);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SsotCompilationContext.TryCreate(start) is not { } ssot)
            {
                return;
            }

            var index = SolutionIndex.Load(start);
            DeclaredTypeCollector.Register(start, ssot, (end, own, all) => Report(end, ssot, index, own, all));
        });
    }

    private static void Report(CompilationAnalysisContext context, SsotCompilationContext ssot, SolutionIndex? index, IReadOnlyList<DeclaredType> own, IReadOnlyList<DeclaredType> all)
    {
        if (own.Count == 0)
        {
            return;
        }

        var ownSet = new HashSet<DeclaredType>(own);
        foreach (var group in SameNameGroups.Find(all, ssot.ConfigFile, index, weighEvidence: true))
        {
            if (!group.Any(ownSet.Contains))
            {
                continue;
            }

            var namespaces = group.GroupBy(t => t.Namespace).Select(g => g.First()).ToList();
            string places = DeclaredTypeCollector.Describe(
                namespaces,
                t => (t.Namespace.Length == 0 ? "<global namespace>" : t.Namespace) + " (" + ssot.ConfigFile.RelativePath(t.Path) + ")");
            foreach (var member in group.Where(ownSet.Contains))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.SameNameTypes,
                    member.Location,
                    missionCritical: false,
                    entry: null,
                    group.Where(t => t != member).Select(t => t.Location),
                    member.DisplayName,
                    namespaces.Count,
                    places));
            }
        }
    }
}
