using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Rules.ConfigurationAccess;

/// <summary>
/// SSOT4003: a string literal equal to a <c>const</c> of a declared <c>constants</c> type, written outside that type.
/// Not reported where the constant is not accessible, nor in a test statement that also references the constant (a
/// test pinning the wire value: <c>Assert.Equal("agent_started", AgentEventNames.AgentStarted)</c>). The code fix
/// replaces the literal with the constant.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicatedLiteralAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.DuplicatedLiteral);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.Constants.IsEmpty)
            {
                return;
            }

            var constants = ConstantValues.Build(ssot.Config, start.Compilation);
            if (constants.IsEmpty)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(node => Analyze(node, ssot, constants), SyntaxKind.StringLiteralExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SsotCompilationContext ssot, ConstantValues constants)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (!constants.TryGet(literal.Token.ValueText, out var constant))
        {
            return;
        }

        var file = ssot.Classify(literal.SyntaxTree);
        var within = context.ContainingSymbol as INamedTypeSymbol ?? context.ContainingSymbol?.ContainingType;
        if (file.IsExcluded
            || within is null
            || IsInside(within, constant.Field.ContainingType)
            || !context.Compilation.IsSymbolAccessibleWithin(constant.Field, within)
            || (file.IsTest && StatementReferences(literal, constant.Field, context.SemanticModel)))
        {
            return;
        }

        var location = constant.Field.Locations.FirstOrDefault(l => l.IsInSource);
        string where = location is null ? string.Empty : " (" + ssot.ConfigFile.RelativePath(location.SourceTree!.FilePath) + ")";
        context.ReportDiagnostic(SsotDiagnostic.CreateWith(
            RuleCatalog.DuplicatedLiteral,
            literal.GetLocation(),
            constant.Entry.MissionCritical,
            constant.Entry.Name,
            additionalLocations: null,
            ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.ConstantType, constant.TypeMetadataName)
                .Add(DiagnosticProperties.ConstantMember, constant.Field.Name),
            literal.Token.Text,
            constant.Display,
            constant.Entry.Name,
            where));
    }

    private static bool IsInside(INamedTypeSymbol type, INamedTypeSymbol constantsType)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, constantsType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the literal's statement also names the constant itself (a test that checks the wire value on purpose).</summary>
    private static bool StatementReferences(SyntaxNode literal, IFieldSymbol field, SemanticModel model)
    {
        var statement = literal.Ancestors().FirstOrDefault(n => n is StatementSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax);
        if (statement is null)
        {
            return false;
        }

        foreach (var name in statement.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == field.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, field))
            {
                return true;
            }
        }

        return false;
    }
}
