using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Imports;

/// <summary>
/// SSOT2001: a <c>critical</c> symbol (type, namespace or member) that does not resolve in a project that must have
/// it (every project, or the entry's <c>projects</c>). Reported once per compilation at the entry in ssot.json, so
/// ssot-check lists every project that lacks it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CriticalSymbolAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.CriticalSymbolMissing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.Critical.IsEmpty)
            {
                return;
            }

            start.RegisterCompilationEndAction(end => Check(end, ssot));
        });
    }

    private static void Check(CompilationAnalysisContext context, SsotCompilationContext ssot)
    {
        string project = context.Compilation.AssemblyName ?? string.Empty;
        foreach (var entry in ssot.Config.Critical)
        {
            if (!MustHave(entry, project) || SymbolResolver.Resolve(context.Compilation, entry.Symbol) is not null)
            {
                continue;
            }

            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.CriticalSymbolMissing,
                ssot.ConfigFile.LocationOf(entry.Span),
                entry.MissionCritical,
                entry.Symbol,
                additionalLocations: null,
                entry.Symbol,
                project,
                entry.Reason is null ? string.Empty : " (" + entry.Reason + ")"));
        }
    }

    private static bool MustHave(CriticalEntry entry, string project)
    {
        if (entry.Projects.IsEmpty)
        {
            return true;
        }

        foreach (string name in entry.Projects)
        {
            if (string.Equals(name, project, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
