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
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.CodeFixes.Common;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.CodeFixes.Imports;

/// <summary>
/// Adds the canonical <c>using</c> for SSOT2002, and for the compiler's own CS0246/CS0103 when the unresolved name
/// is a type ssot.json declares (a critical type or a concept's canonical type). Only the canonical namespace is
/// offered, never a legacy namespace that happens to hold a type with the same simple name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCanonicalUsingCodeFixProvider))]
[Shared]
public sealed class AddCanonicalUsingCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UnresolvedCanonicalName, "CS0246", "CS0103");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var offered = new HashSet<string>();
        foreach (var diagnostic in context.Diagnostics)
        {
            string? ns = diagnostic.Properties.TryGetValue(DiagnosticProperties.Namespace, out string? fromAnalyzer)
                ? fromAnalyzer
                : await CanonicalNamespaceAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (ns is null || !offered.Add(ns))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add 'using " + ns + ";' (ssot.json canonical)",
                    cancellationToken => AddUsingAsync(context.Document, ns, cancellationToken),
                    equivalenceKey: "SSOT2002:" + ns),
                diagnostic);
        }
    }

    /// <summary>For a compiler error: the canonical namespace of the unresolved name, when ssot.json declares it.</summary>
    private static async Task<string?> CanonicalNamespaceAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var config = CodeFixConfigCache.Load(document.Project, cancellationToken);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (config is null || root is null || model is null)
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        string? name = node switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Left is SimpleNameSyntax left ? left.Identifier.ValueText : null,
            _ => null,
        };
        return name is not null && CodeFixConfigCache.CanonicalTypesOf(config, model.Compilation).TryGetValue(name, out var type) ? type.Namespace : null;
    }

    private static async Task<Document> AddUsingAsync(Document document, string ns, CancellationToken cancellationToken)
        => await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax root
            ? document.WithSyntaxRoot(UsingDirectives.Add(root, ns))
            : document;
}
