using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.CodeFixes.ConfigurationAccess;

/// <summary>
/// SSOT4003: replaces a duplicated literal with the constant that owns the value. The constant is written as short as
/// the file allows: <c>AgentEventNames.AgentStarted</c> with its namespace's <c>using</c> added, or qualified when a
/// name in scope would clash. Fix All rewrites each document in one pass.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseConstantCodeFixProvider))]
[Shared]
public sealed class UseConstantCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DuplicatedLiteral);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
            await RewriteAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Constant(diagnostic) is not { } constant)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + constant.Display,
                    cancellationToken => RewriteAsync(context.Document, new[] { diagnostic }, cancellationToken),
                    equivalenceKey: RuleIdentifiers.DuplicatedLiteral + ".UseConstant"),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Constant(diagnostic) is not { } constant
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            replacements[literal] = SyntaxFactory.ParseExpression(constant.Qualified)
                .WithTriviaFrom(literal)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var rewritten = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        var imported = await ImportAdder.AddImportsAsync(rewritten, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        imported = await Simplifier.ReduceAsync(imported, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        rewritten = await UsingCountAsync(imported, cancellationToken).ConfigureAwait(false) > await UsingCountAsync(rewritten, cancellationToken).ConfigureAwait(false)
            ? imported
            : await Simplifier.ReduceAsync(rewritten, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false); // the using did not help (a clashing name): it was removed again, leaving a blank line
        return await Formatter.FormatAsync(rewritten, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> UsingCountAsync(Document document, CancellationToken cancellationToken)
        => (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))?.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>().Count() ?? 0;

    private static (string Qualified, string Display)? Constant(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ConstantType, out string? type) || type is null
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ConstantMember, out string? member) || member is null)
        {
            return null;
        }

        string typeName = type.Replace('+', '.');
        int lastDot = typeName.LastIndexOf('.');
        return ("global::" + typeName + "." + member, (lastDot < 0 ? typeName : typeName.Substring(lastDot + 1)) + "." + member);
    }
}
