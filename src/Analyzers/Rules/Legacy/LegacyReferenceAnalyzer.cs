using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Legacy;

/// <summary>
/// SSOT3001: a reference to a legacy namespace's type, a legacy type (generic arity respected) or a legacy member,
/// from code outside the legacy area itself. Entries of ssot.json are found by a syntax action on simple names —
/// so qualified names, typeof, nameof, attributes, generic arguments and XML doc crefs are all covered — that binds
/// only names in the catalog's pre-filter. With <c>obsoleteIsLegacy</c>, references to the solution's own
/// <c>[Obsolete]</c> types and members are found by operation actions (calls, creations, member references,
/// typeof), which the driver has bound already.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyReferenceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.LegacyReference);

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
            if (catalog.CandidateNames.Count > 0)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeName(node, ssot, catalog), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            }

            if (catalog.ObsoleteIsLegacy)
            {
                start.RegisterOperationAction(
                    operation => AnalyzeObsolete(operation, ssot, catalog),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.FieldReference,
                    OperationKind.PropertyReference,
                    OperationKind.EventReference,
                    OperationKind.MethodReference,
                    OperationKind.TypeOf);
            }
        });
    }

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, SsotCompilationContext ssot, LegacyCatalog catalog)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (!catalog.CandidateNames.Contains(name.Identifier.ValueText) || SyntaxPlaces.IsInUsingDirective(name))
        {
            return;
        }

        var symbol = Referenced(context.SemanticModel.GetSymbolInfo(name, context.CancellationToken));
        if (symbol is null || catalog.MatchEntry(symbol) is not { } match)
        {
            return;
        }

        var tree = name.SyntaxTree;
        if (ssot.Classify(tree).IsExcluded || catalog.IsInsideLegacy(context.SemanticModel.GetEnclosingSymbol(name.SpanStart, context.CancellationToken), tree))
        {
            return;
        }

        var reported = ReportedNode(name, context.SemanticModel, context.CancellationToken);
        Report(context.ReportDiagnostic, reported.GetLocation(), name.Identifier.ValueText, match, symbol is INamedTypeSymbol);
    }

    private static void AnalyzeObsolete(OperationAnalysisContext context, SsotCompilationContext ssot, LegacyCatalog catalog)
    {
        var operation = context.Operation;
        if (operation.IsImplicit)
        {
            return;
        }

        // The member itself, else the type it is reached through (a static member of an obsolete type).
        ISymbol? member = null;
        ITypeSymbol? type = null;
        SyntaxNode? memberSyntax = null;
        SyntaxNode? typeSyntax = null;
        switch (operation)
        {
            case IInvocationOperation invocation:
                member = invocation.TargetMethod;
                type = invocation.TargetMethod.IsStatic ? invocation.TargetMethod.ContainingType : null;
                memberSyntax = NameOf(invocation.Syntax);
                typeSyntax = QualifierOf(invocation.Syntax);
                break;
            case IObjectCreationOperation creation:
                member = creation.Constructor;
                type = creation.Type;
                typeSyntax = (creation.Syntax as ObjectCreationExpressionSyntax)?.Type;
                memberSyntax = typeSyntax;
                break;
            case IMemberReferenceOperation reference:
                member = reference.Member;
                type = reference.Member.IsStatic ? reference.Member.ContainingType : null;
                memberSyntax = NameOf(reference.Syntax);
                typeSyntax = QualifierOf(reference.Syntax);
                break;
            case ITypeOfOperation typeOf:
                type = typeOf.TypeOperand;
                typeSyntax = (typeOf.Syntax as TypeOfExpressionSyntax)?.Type;
                break;
        }

        ISymbol? referenced = null;
        SyntaxNode? at = null;
        LegacyMatch? match = null;
        // Obsolete first: it rejects the framework's members without allocating; entries are SSOT3001's syntax path.
        if (member is not null && memberSyntax is not null && catalog.MatchObsolete(member) is { } memberMatch && catalog.MatchEntry(member) is null)
        {
            (referenced, at, match) = (member, memberSyntax, memberMatch);
        }
        else if (type is INamedTypeSymbol named && typeSyntax is not null && catalog.MatchObsolete(named) is { } typeMatch && catalog.MatchEntry(named) is null)
        {
            (referenced, at, match) = (named, typeSyntax, typeMatch);
        }

        if (referenced is null || at is null || match is null
            || ssot.Classify(at.SyntaxTree).IsExcluded
            || catalog.IsInsideLegacy(context.ContainingSymbol, at.SyntaxTree))
        {
            return;
        }

        string written = at is QualifiedNameSyntax or MemberAccessExpressionSyntax ? RightmostName(at) : at.ToString();
        Report(context.ReportDiagnostic, at.GetLocation(), written, match, referenced is INamedTypeSymbol);
    }

    private static void Report(System.Action<Diagnostic> report, Location location, string written, LegacyMatch match, bool isTypeReference)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (isTypeReference && match.ReplacementType is { } replacement)
        {
            properties = properties.Add(DiagnosticProperties.Replacement, replacement);
        }

        report(SsotDiagnostic.CreateWith(
            RuleCatalog.LegacyReference,
            location,
            match.MissionCritical,
            match.Entry?.Target,
            additionalLocations: null,
            properties,
            written,
            SymbolNames.QualifiedDisplayName(match.Target) + (match.Reason is null ? string.Empty : ": " + match.Reason),
            match.Replacement is null ? "remove the reference" : "use '" + SymbolNames.QualifiedDisplayName(match.Replacement) + "' instead"));
    }

    /// <summary>The symbol a name refers to: constructors as their type, aliases as their target, a single candidate (nameof of a method group).</summary>
    private static ISymbol? Referenced(SymbolInfo info)
    {
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        return symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
            IAliasSymbol alias => alias.Target,
            _ => symbol,
        };
    }

    /// <summary>
    /// The whole qualified name when the legacy name is qualified by a namespace or type (<c>Legacy.Factory</c>,
    /// <c>TokenHelper.Decode</c>), so a fix can rewrite it as one; the name alone otherwise (<c>value.Decode</c>).
    /// </summary>
    private static SyntaxNode ReportedNode(SimpleNameSyntax name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        ExpressionSyntax? qualifier = name.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
            AliasQualifiedNameSyntax aliased when aliased.Name == name => null,
            _ => null,
        };
        if (name.Parent is AliasQualifiedNameSyntax)
        {
            return name.Parent;
        }

        if (name.Parent is NameMemberCrefSyntax { Parent: QualifiedCrefSyntax cref } member && cref.Member == member)
        {
            return cref; // <see cref="Old.WsManager"/>
        }

        if (qualifier is null)
        {
            return name;
        }

        var left = model.GetSymbolInfo(qualifier, cancellationToken).Symbol;
        return left is INamespaceSymbol or ITypeSymbol ? name.Parent! : name;
    }

    private static SyntaxNode? NameOf(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    private static SyntaxNode? QualifierOf(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => QualifierOf(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Expression,
        _ => null,
    };

    private static string RightmostName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => node.ToString(),
    };
}
