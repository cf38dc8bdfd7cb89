using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Legacy;

/// <summary>SSOT3003: a source file under a legacy <c>path</c> glob, reported at the start of the file. Live: a syntax-tree action.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyPathAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.LegacyPath);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || !HasPathEntries(ssot.Config))
            {
                return;
            }

            start.RegisterSyntaxTreeAction(tree =>
            {
                var file = ssot.Classify(tree.Tree);
                if (file.IsExcluded || LegacyCatalog.MatchPath(ssot.ConfigFile, tree.Tree.FilePath) is not { } entry)
                {
                    return;
                }

                tree.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.LegacyPath,
                    // At the file's first token, after any leading comments and directives, so that a
                    // '#pragma warning disable SSOT3003' at the top of the file suppresses it.
                    Location.Create(tree.Tree, new TextSpan(tree.Tree.GetRoot(tree.CancellationToken).GetFirstToken(includeZeroWidth: true).SpanStart, 0)),
                    entry.MissionCritical,
                    entry.Target,
                    additionalLocations: null,
                    file.RelativePath,
                    entry.Target,
                    entry.Reason is null ? string.Empty : " (" + entry.Reason + ")"));
            });
        });
    }

    private static bool HasPathEntries(SsotConfig config)
    {
        foreach (var entry in config.Legacy)
        {
            if (entry.Kind == LegacyKind.Path)
            {
                return true;
            }
        }

        return false;
    }
}
