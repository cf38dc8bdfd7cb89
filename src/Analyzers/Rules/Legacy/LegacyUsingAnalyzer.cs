using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Legacy;

/// <summary>
/// SSOT3002: a <c>using</c> directive — plain, <c>global using</c>, <c>using static</c> or an alias — of a legacy
/// namespace (or a child of one) or a legacy type (an entry, a type in a legacy namespace, or the solution's own
/// [Obsolete] type). Live: a syntax action on using directives; files that are themselves legacy are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyUsingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.LegacyUsing);

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

            var catalog = LegacyCatalog.Build(start.Compilation, ssot.ConfigFile, SolutionIndex.Load(start));
            if (!catalog.IsEmpty || catalog.ObsoleteIsLegacy)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, ssot, catalog), SyntaxKind.UsingDirective);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SsotCompilationContext ssot, LegacyCatalog catalog)
    {
        var directive = (UsingDirectiveSyntax)context.Node;
        if (directive.NamespaceOrType is not { } name)
        {
            return;
        }

        var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
        string kind;
        string target;
        string? reason;
        string? replacement;
        bool missionCritical;
        switch (symbol)
        {
            case INamespaceSymbol ns when !ns.IsGlobalNamespace && catalog.MatchNamespace(ns.ToDisplayString()) is { } entry:
                string imported = ns.ToDisplayString();
                kind = "namespace";
                target = entry.Target;
                reason = entry.Reason;
                missionCritical = entry.MissionCritical;
                replacement = entry.Replacement is null ? null : entry.Replacement + imported.Substring(entry.Target.Length);
                if (replacement is not null && replacement != entry.Replacement && SymbolResolver.FindNamespace(context.Compilation, replacement) is null)
                {
                    replacement = entry.Replacement; // the child namespace has no counterpart; point at the replacement root
                }

                break;
            case INamedTypeSymbol type when (catalog.MatchEntry(type) ?? catalog.MatchObsolete(type)) is { } match:
                kind = "type";
                target = match.Target.StartsWith("namespace ", System.StringComparison.Ordinal) ? SymbolNames.MetadataName(type) : match.Target;
                reason = match.Reason;
                missionCritical = match.MissionCritical;
                replacement = match.ReplacementType;
                break;
            default:
                return;
        }

        var tree = directive.SyntaxTree;
        if (ssot.Classify(tree).IsExcluded || catalog.IsInsideLegacy(FileNamespace(directive, context), tree))
        {
            return;
        }

        var properties = replacement is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, replacement);
        string written = directive.WithoutTrivia().ToString();
        context.ReportDiagnostic(SsotDiagnostic.CreateWith(
            RuleCatalog.LegacyUsing,
            name.GetLocation(),
            missionCritical,
            target,
            additionalLocations: null,
            properties,
            written,
            kind,
            target,
            reason is null ? string.Empty : " (" + reason + ")",
            replacement is null ? "remove it" : "use '" + written.Replace(name.ToString(), Display(replacement)) + "' instead"));
    }

    /// <summary>The namespace the file declares (its first one), so a legacy file's own usings are not reported.</summary>
    private static ISymbol? FileNamespace(UsingDirectiveSyntax directive, SyntaxNodeAnalysisContext context)
    {
        var root = (CompilationUnitSyntax)directive.SyntaxTree.GetRoot(context.CancellationToken);
        foreach (var member in root.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                return context.SemanticModel.GetDeclaredSymbol(ns, context.CancellationToken);
            }
        }

        return null;
    }

    private static string Display(string metadataName) => metadataName.Replace('+', '.');
}
