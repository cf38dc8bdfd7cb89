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
/// only names in the catalog's pre-filter. With <c>obsoleteIsLegacy</c>, the solution's own <c>[Obsolete]</c>
/// types are found by the same syntax action where code uses them (not where a declaration names them: those are
/// counted, <see cref="ObsoleteTypeSites"/>), and <c>[Obsolete]</c> members, and members reached through an
/// <c>[Obsolete]</c> type, by operation actions (calls, creations, member references), which the driver has bound
/// already. A use of <c>[Obsolete]</c> code under <c>#pragma warning disable CS0618</c> (CS0612) is acknowledged:
/// reported as info, which no score counts.
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
            var acknowledgement = new ObsoleteAcknowledgement(start.Compilation.Options);
            var sites = new ObsoleteTypeSites(
                start.Compilation,
                (node, enclosing) => !ssot.Classify(node.SyntaxTree).IsExcluded && !catalog.IsInsideLegacy(enclosing, node.SyntaxTree));
            if (catalog.CandidateNames.Count > 0 || catalog.ObsoleteTypeNames.Count > 0)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeName(node, ssot, catalog, sites, acknowledgement), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            }

            if (catalog.ObsoleteIsLegacy)
            {
                start.RegisterOperationAction(
                    operation => AnalyzeObsolete(operation, ssot, catalog, acknowledgement),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.FieldReference,
                    OperationKind.PropertyReference,
                    OperationKind.EventReference,
                    OperationKind.MethodReference);
            }
        });
    }

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, SsotCompilationContext ssot, LegacyCatalog catalog, ObsoleteTypeSites sites, ObsoleteAcknowledgement acknowledgement)
    {
        var name = (SimpleNameSyntax)context.Node;
        string text = name.Identifier.ValueText;
        bool entryName = catalog.CandidateNames.Contains(text);
        bool obsoleteName = catalog.ObsoleteTypeNames.Contains(text);
        if ((!entryName && !obsoleteName) || SyntaxPlaces.IsInUsingDirective(name))
        {
            return;
        }

        var symbol = Referenced(context.SemanticModel.GetSymbolInfo(name, context.CancellationToken));
        if (symbol is null)
        {
            return;
        }

        var match = entryName ? catalog.MatchEntry(symbol) : null;
        bool obsolete = false;
        if (match is null && obsoleteName && symbol is INamedTypeSymbol type && catalog.MatchEntry(type) is null)
        {
            // An [Obsolete] type is reported where code uses it, not where a declaration names it.
            match = ObsoleteTypeSites.IsDeclarationSite(name) == false ? catalog.MatchObsolete(type) : null;
            obsolete = true;
        }

        var tree = name.SyntaxTree;
        if (match is null
            || ssot.Classify(tree).IsExcluded
            || catalog.IsInsideLegacy(context.SemanticModel.GetEnclosingSymbol(name.SpanStart, context.CancellationToken), tree))
        {
            return;
        }

        var reported = ReportedNode(name, context.SemanticModel, context.CancellationToken);
        string? declarations = null;
        if (obsolete && sites.Of((INamedTypeSymbol)symbol) is { Declarations: > 0 } uses && uses.IsFirstUse(name))
        {
            declarations = "also named by " + uses.Declarations + (uses.Declarations == 1 ? " declaration" : " declarations")
                + " in this project (field, property, parameter, local, return or base types)";
        }

        Report(context.ReportDiagnostic, reported.GetLocation(), text, match, symbol is INamedTypeSymbol, acknowledgement, declarations, context.CancellationToken);
    }

    private static void AnalyzeObsolete(OperationAnalysisContext context, SsotCompilationContext ssot, LegacyCatalog catalog, ObsoleteAcknowledgement acknowledgement)
    {
        var operation = context.Operation;
        if (operation.IsImplicit)
        {
            return;
        }

        // [Obsolete] types are the syntax action's; here: [Obsolete] members, and instance members reached through an
        // [Obsolete] type (a call through an obsolete interface), reported on the member's name.
        ISymbol? member = null;
        SyntaxNode? memberSyntax = null;
        IOperation? receiver = null;
        switch (operation)
        {
            case IInvocationOperation invocation:
                member = invocation.TargetMethod;
                memberSyntax = NameOf(invocation.Syntax);
                receiver = invocation.Instance;
                break;
            case IObjectCreationOperation creation:
                member = creation.Constructor;
                memberSyntax = (creation.Syntax as ObjectCreationExpressionSyntax)?.Type;
                break;
            case IMemberReferenceOperation reference:
                member = reference.Member;
                memberSyntax = NameOf(reference.Syntax);
                receiver = reference.Instance;
                break;
        }

        if (member is null || memberSyntax is null || catalog.MatchEntry(member) is not null)
        {
            return;
        }

        var containing = member.ContainingType;
        bool typeIsObsolete = containing is not null && catalog.MatchObsolete(containing) is not null;
        if (typeIsObsolete && !member.IsStatic && receiver?.Type is INamedTypeSymbol through
            && !SymbolEqualityComparer.Default.Equals(through.OriginalDefinition, containing!.OriginalDefinition))
        {
            // Reached through the type the code names: a member inherited from an [Obsolete] base through a current
            // subclass (AutoFixture's Postprocessor : Postprocessor<object>, 'node.Builder') is the subclass's API,
            // and the compiler does not warn there; through an [Obsolete] interface or subclass it is obsolete use.
            containing = through;
            typeIsObsolete = catalog.MatchObsolete(through) is not null;
        }

        LegacyMatch? match;
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor })
        {
            match = typeIsObsolete ? null : catalog.MatchObsolete(member); // an obsolete type's creation is the type's use
        }
        else
        {
            match = catalog.MatchObsolete(member)
                ?? (typeIsObsolete && !member.IsStatic && catalog.MatchEntry(containing!) is null ? catalog.MatchObsolete(containing!) : null);
        }

        if (match is null
            || ssot.Classify(memberSyntax.SyntaxTree).IsExcluded
            || catalog.IsInsideLegacy(context.ContainingSymbol, memberSyntax.SyntaxTree))
        {
            return;
        }

        string written = memberSyntax is QualifiedNameSyntax or MemberAccessExpressionSyntax ? RightmostName(memberSyntax) : memberSyntax.ToString();
        Report(context.ReportDiagnostic, memberSyntax.GetLocation(), written, match, isTypeReference: false, acknowledgement, declarations: null, context.CancellationToken);
    }

    private static void Report(
        System.Action<Diagnostic> report,
        Location location,
        string written,
        LegacyMatch match,
        bool isTypeReference,
        ObsoleteAcknowledgement acknowledgement,
        string? declarations,
        System.Threading.CancellationToken cancellationToken)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (isTypeReference && match.ReplacementType is { } replacement)
        {
            properties = properties.Add(DiagnosticProperties.Replacement, replacement);
        }

        string advice = match.Advice + (declarations is null ? string.Empty : "; " + declarations);
        string target = SymbolNames.QualifiedDisplayName(match.Target) + (match.Reason is null ? string.Empty : ": " + match.Reason);
        if (match.ObsoleteMessage is { } message
            && acknowledgement.AcknowledgedBy(location.SourceTree!, location.SourceSpan.Start, ObsoleteAcknowledgement.CompilerWarning(message), cancellationToken) is { } acknowledgedBy)
        {
            // Acknowledged as the compiler's warning is (pragma, .editorconfig, NoWarn): shown, never counted as a violation.
            report(Diagnostic.Create(
                RuleCatalog.LegacyReference,
                location,
                DiagnosticSeverity.Info,
                additionalLocations: null,
                properties,
                written,
                target,
                advice + " (acknowledged: " + acknowledgedBy + ")"));
            return;
        }

        report(SsotDiagnostic.CreateWith(
            RuleCatalog.LegacyReference,
            location,
            match.MissionCritical,
            match.Entry?.Target,
            additionalLocations: null,
            properties,
            written,
            target,
            advice));
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

    private static string RightmostName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => node.ToString(),
    };
}
