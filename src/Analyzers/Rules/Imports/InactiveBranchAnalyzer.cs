using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Imports;

/// <summary>
/// SSOT2004 (ssot-check only): code in <c>#if</c> branches that the loaded configuration leaves inactive is parsed
/// again under each of ssot.json's <c>preprocessorSymbolSets</c> and bound; a name that does not resolve there is
/// reported at its place in the original file. This is the staging-only start-up crash, caught on a developer's
/// machine. It needs a second compilation per symbol set, so it runs only when ssot-check supplies the solution
/// index, never in the IDE or a build. Only the files with inactive code are re-parsed and bound.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InactiveBranchAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Compiler errors that mean "this name does not resolve".</summary>
    private static readonly ImmutableHashSet<string> UnresolvedNameErrors = ImmutableHashSet.Create(
        "CS0103", // the name does not exist in the current context
        "CS0117", // the type does not contain a definition
        "CS0234", // the type or namespace does not exist in the namespace
        "CS0246", // the type or namespace could not be found
        "CS0426", // the type name does not exist in the type
        "CS1061"); // no definition or extension method

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.InactiveBranchDoesNotBind);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.PreprocessorSymbolSets.IsEmpty || !ssot.IsSsotCheck)
            {
                return;
            }

            start.RegisterCompilationEndAction(end => Analyze(end, ssot));
        });
    }

    private static void Analyze(CompilationAnalysisContext context, SsotCompilationContext ssot)
    {
        var trees = new List<(SyntaxTree Tree, ImmutableArray<TextSpan> Inactive)>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (tree.Options is CSharpParseOptions && !ssot.Classify(tree).IsExcluded && InactiveSpans(tree, context) is { IsEmpty: false } inactive)
            {
                trees.Add((tree, inactive));
            }
        }

        if (trees.Count == 0)
        {
            return;
        }

        var types = CanonicalTypes.Build(ssot.Config, context.Compilation);
        foreach (var symbolSet in ssot.Config.PreprocessorSymbolSets)
        {
            var compilation = context.Compilation;
            var rebound = new List<(SyntaxTree Original, SyntaxTree Rebound, ImmutableArray<TextSpan> Inactive)>();
            foreach (var (tree, inactive) in trees)
            {
                var options = (CSharpParseOptions)tree.Options;
                var symbols = options.PreprocessorSymbolNames.Union(symbolSet).ToArray();
                var reparsed = CSharpSyntaxTree.ParseText(tree.GetText(context.CancellationToken), options.WithPreprocessorSymbols(symbols), tree.FilePath, cancellationToken: context.CancellationToken);
                compilation = compilation.ReplaceSyntaxTree(tree, reparsed);
                rebound.Add((tree, reparsed, inactive));
            }

            string condition = string.Join(" && ", symbolSet);
            foreach (var (original, reparsed, inactive) in rebound)
            {
#pragma warning disable RS1030 // Binding the re-parsed tree is the rule; it runs only under ssot-check, once per symbol set.
                var diagnostics = compilation.GetSemanticModel(reparsed).GetDiagnostics(cancellationToken: context.CancellationToken);
#pragma warning restore RS1030
                foreach (var diagnostic in diagnostics)
                {
                    var span = diagnostic.Location.SourceSpan;
                    if (diagnostic.Severity != DiagnosticSeverity.Error || !UnresolvedNameErrors.Contains(diagnostic.Id) || !inactive.Any(s => s.Contains(span)))
                    {
                        continue;
                    }

                    string name = reparsed.GetText(context.CancellationToken).ToString(span);
                    types.TryGetValue(name, out var known);
                    context.ReportDiagnostic(SsotDiagnostic.CreateWith(
                        RuleCatalog.InactiveBranchDoesNotBind,
                        Location.Create(original, span),
                        known?.MissionCritical ?? false,
                        known?.MetadataName,
                        additionalLocations: null,
                        known is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Namespace, known.Namespace),
                        condition,
                        diagnostic.Id,
                        diagnostic.GetMessage(CultureInfo.InvariantCulture),
                        known is null ? string.Empty : "; add 'using " + known.Namespace + ";' in that branch or at the top of the file"));
                }
            }
        }
    }

    /// <summary>The spans of code the loaded configuration leaves out (disabled text of #if branches).</summary>
    private static ImmutableArray<TextSpan> InactiveSpans(SyntaxTree tree, CompilationAnalysisContext context)
    {
        var root = tree.GetRoot(context.CancellationToken);
        if (!root.ContainsDirectives)
        {
            return ImmutableArray<TextSpan>.Empty;
        }

        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                spans.Add(trivia.Span);
            }
        }

        return spans.ToImmutable();
    }
}
