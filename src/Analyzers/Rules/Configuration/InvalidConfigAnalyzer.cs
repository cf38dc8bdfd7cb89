using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Configuration;

/// <summary>SSOT0001: ssot.json cannot be read as written. Reported at the line and column of the mistake.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidConfigAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.InvalidConfig);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var configFile = SsotConfigCache.Load(start);
            if (configFile is null || configFile.Errors.IsEmpty)
            {
                return;
            }

            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (!string.Equals(Config.PathUtilities.Normalize(fileContext.AdditionalFile.Path), configFile.Path, StringComparison.Ordinal))
                {
                    return;
                }

                foreach (var error in configFile.Errors)
                {
                    // Mission-critical through the rule (RuleCatalog), not through an entry: it keeps its warning severity.
                    fileContext.ReportDiagnostic(SsotDiagnostic.Create(
                        RuleCatalog.InvalidConfig,
                        configFile.LocationOf(error.Span),
                        missionCritical: false,
                        entry: null,
                        additionalLocations: null,
                        error.Message));
                }
            });
        });
    }
}
