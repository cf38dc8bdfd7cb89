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
using Netra.Ssot.Catalog;
using Netra.Ssot.CodeFixes.Common;
using Netra.Ssot.Engine;

namespace Netra.Ssot.CodeFixes.Legacy;

/// <summary>
/// Moves code from legacy to its replacement: a legacy type reference (SSOT3001) becomes the replacement type — a
/// qualified name stays qualified, a simple name gets the replacement's <c>using</c> — and a legacy <c>using</c>
/// (SSOT3002) becomes the replacement's, or goes when that is already imported. Offered only when the replacement
/// exists and the document has no more errors afterwards. Fix All rewrites each document in one pass.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceLegacyCodeFixProvider))]
[Shared]
public sealed class ReplaceLegacyCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.LegacyReference, RuleIdentifiers.LegacyUsing);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) =>
            await RewriteAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) ?? document);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out string? replacement) || replacement is null)
            {
                continue;
            }

            var fixedDocument = await RewriteAsync(context.Document, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument is null)
            {
                continue; // the replacement would not compile here
            }

            string title = diagnostic.Id == RuleIdentifiers.LegacyUsing
                ? "Import '" + Display(replacement) + "' instead of the legacy code"
                : "Use '" + Display(replacement) + "'";
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), equivalenceKey: diagnostic.Id + ".ReplaceLegacy"), diagnostic);
        }
    }

    /// <summary>The document with every fixable diagnostic rewritten, or null when that adds compiler errors.</summary>
    private static async Task<Document?> RewriteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return null;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        var removals = new HashSet<UsingDirectiveSyntax>();
        var usingsToAdd = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out string? replacement) || replacement is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == RuleIdentifiers.LegacyUsing)
            {
                if (node.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { NamespaceOrType: { } name } directive)
                {
                    bool alreadyImported = directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && UsingDirectives.Imports(root, Display(replacement));
                    if (alreadyImported)
                    {
                        removals.Add(directive);
                    }
                    else
                    {
                        replacements[name] = SyntaxFactory.ParseName(Display(replacement)).WithTriviaFrom(name);
                    }
                }

                continue;
            }

            string simple = SymbolNames.SimpleName(replacement);
            TypeArgumentListSyntax? typeArguments = Rightmost(node) is GenericNameSyntax generic ? generic.TypeArgumentList : null;
            SimpleNameSyntax newName = typeArguments is null
                ? SyntaxFactory.IdentifierName(simple)
                : SyntaxFactory.GenericName(SyntaxFactory.Identifier(simple), typeArguments);
            switch (node)
            {
                case SimpleNameSyntax:
                    replacements[node] = newName.WithTriviaFrom(node);
                    usingsToAdd.Add(SymbolNames.NamespaceOf(replacement));
                    break;
                case QualifiedNameSyntax or AliasQualifiedNameSyntax:
                    replacements[node] = SyntaxFactory.ParseName(Qualified(replacement, newName)).WithTriviaFrom(node);
                    break;
                case MemberAccessExpressionSyntax:
                    replacements[node] = SyntaxFactory.ParseExpression(Qualified(replacement, newName)).WithTriviaFrom(node);
                    break;
                case QualifiedCrefSyntax:
                    replacements[node] = SyntaxFactory.NameMemberCref(SyntaxFactory.ParseTypeName(Qualified(replacement, newName))).WithTriviaFrom(node);
                    break;
            }
        }

        if (replacements.Count == 0 && removals.Count == 0)
        {
            return null;
        }

        var updated = root.TrackNodes(removals.Cast<SyntaxNode>());
        updated = updated.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        foreach (var directive in removals)
        {
            if (updated.GetCurrentNode(directive) is { } current)
            {
                updated = updated.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)!;
            }
        }

        foreach (string ns in usingsToAdd)
        {
            if (ns.Length > 0)
            {
                updated = UsingDirectives.Add(updated, ns);
            }
        }

        var result = document.WithSyntaxRoot(updated);
        return await ErrorCountAsync(result, cancellationToken).ConfigureAwait(false) <= await ErrorCountAsync(document, cancellationToken).ConfigureAwait(false)
            ? result
            : null;
    }

    private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is null ? 0 : model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static SyntaxNode Rightmost(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        QualifiedCrefSyntax { Member: NameMemberCrefSyntax member } => member.Name,
        AliasQualifiedNameSyntax aliased => aliased.Name,
        MemberAccessExpressionSyntax access => access.Name,
        _ => node,
    };

    /// <summary>The replacement's namespace and containing types, as C# writes them, before the new simple name.</summary>
    private static string Qualified(string metadataName, SimpleNameSyntax name)
    {
        string display = Display(metadataName);
        int dot = display.LastIndexOf('.');
        return dot < 0 ? "global::" + name : display.Substring(0, dot) + "." + name;
    }

    /// <summary><c>Ns.Outer+Inner`1</c> as C# writes it, without arity: <c>Ns.Outer.Inner</c>.</summary>
    private static string Display(string metadataName)
    {
        var text = new System.Text.StringBuilder(metadataName.Length);
        for (int i = 0; i < metadataName.Length; i++)
        {
            char c = metadataName[i];
            if (c == '`')
            {
                while (i + 1 < metadataName.Length && char.IsDigit(metadataName[i + 1]))
                {
                    i++;
                }

                continue;
            }

            text.Append(c == '+' ? '.' : c);
        }

        return text.ToString();
    }
}
