using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Imports;

/// <summary>
/// SSOT2002: a name the compiler cannot resolve (a CS0246/CS0103 site) whose text is the simple name of a critical
/// or canonical type that the compilation can reach: the file lacks the canonical <c>using</c>. Live: a syntax
/// action on simple names that binds only names found in the (small) table of declared types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnresolvedCanonicalNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.UnresolvedCanonicalName);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || (ssot.Config.Critical.IsEmpty && ssot.Config.Concepts.IsEmpty))
            {
                return;
            }

            var types = CanonicalTypes.Build(ssot.Config, start.Compilation);
            if (types.Count > 0)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, ssot, types), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SsotCompilationContext ssot, Dictionary<string, CanonicalType> types)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (!types.TryGetValue(name.Identifier.ValueText, out var type) || !IsStandalone(name))
        {
            return;
        }

        var info = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
        if (info.Symbol is not null || !info.CandidateSymbols.IsEmpty || ssot.Classify(name.SyntaxTree).IsExcluded)
        {
            return;
        }

        var place = FirstSourcePlace(type.Symbol, ssot);
        context.ReportDiagnostic(SsotDiagnostic.CreateWith(
            RuleCatalog.UnresolvedCanonicalName,
            name.GetLocation(),
            type.MissionCritical,
            type.MetadataName,
            additionalLocations: null,
            ImmutableDictionaryOf(type.Namespace),
            name.Identifier.ValueText,
            type.What,
            SymbolNames.QualifiedDisplayName(type.MetadataName),
            place,
            type.Namespace));
    }

    private static ImmutableDictionary<string, string?> ImmutableDictionaryOf(string ns)
        => ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Namespace, ns);

    /// <summary>A name that stands alone: not the member part of <c>a.B</c>, <c>A.B</c> or <c>?.B</c>, not in a using.</summary>
    private static bool IsStandalone(SimpleNameSyntax name)
    {
        switch (name.Parent)
        {
            case QualifiedNameSyntax qualified when qualified.Right == name:
            case MemberAccessExpressionSyntax access when access.Name == name:
            case MemberBindingExpressionSyntax:
            case AliasQualifiedNameSyntax:
                return false;
        }

        return !SyntaxPlaces.IsInUsingDirective(name);
    }

    private static string FirstSourcePlace(INamedTypeSymbol type, SsotCompilationContext ssot)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return ssot.ConfigFile.RelativePath(location.SourceTree!.FilePath);
            }
        }

        return "in assembly " + type.ContainingAssembly.Name;
    }
}
