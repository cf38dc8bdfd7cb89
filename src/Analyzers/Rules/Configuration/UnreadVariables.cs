using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Rules.Configuration;

/// <summary>
/// SSOT0002 for <c>configuration.variables</c>: a declared variable that no production read of the whole solution
/// reads (<see cref="ReadKey.Reads"/>). Only ssot-check can judge it, from the reads the solution index carries;
/// one project in a build cannot know whether another project reads the name.
/// </summary>
internal static class UnreadVariables
{
    public static void Report(CompilationAnalysisContext context, SsotCompilationContext ssot, IReadOnlyList<ReadKey> reads)
    {
        var configuration = ssot.Config.Configuration;
        foreach (var variable in configuration.Variables)
        {
            if (ReadKey.AnyReads(reads, variable.Name))
            {
                continue;
            }

            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.StaleConfigEntry,
                ssot.ConfigFile.LocationOf(variable.Span),
                configuration.MissionCritical,
                entry: null,
                additionalLocations: null,
                "configuration variable '" + variable.Name + "'",
                "the solution reads"));
        }
    }
}
