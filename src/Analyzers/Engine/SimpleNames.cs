using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Engine;

/// <summary>
/// The simple names (<c>Name</c>, <c>Name&lt;T&gt;</c>) of a tree whose identifier is in a small set, found in one
/// walk over the tree's tokens, doc comments included. Rules that bind only a handful of names use it from a
/// semantic-model action: a syntax-node action on simple names would make the driver call them for every
/// identifier of every file (measured: about half of those rules' build time, docs/performance.md).
/// </summary>
public static class SimpleNames
{
    /// <param name="filterSpan">The part of the tree to look in (the IDE analyzes a span); null for all of it.</param>
    /// <returns>The matching names in source order, or null when there are none (the usual case).</returns>
    public static List<SimpleNameSyntax>? Find(SyntaxNode root, TextSpan? filterSpan, Func<string, bool> isCandidate, CancellationToken cancellationToken)
    {
        List<SimpleNameSyntax>? found = null;
        var tokens = filterSpan is { } span ? root.DescendantTokens(span, descendIntoTrivia: true) : root.DescendantTokens(descendIntoTrivia: true);
        foreach (var token in tokens)
        {
            if (token.IsKind(SyntaxKind.IdentifierToken)
                && token.Parent is SimpleNameSyntax name
                && isCandidate(token.ValueText))
            {
                cancellationToken.ThrowIfCancellationRequested();
                (found ??= new List<SimpleNameSyntax>()).Add(name);
            }
        }

        return found;
    }
}
