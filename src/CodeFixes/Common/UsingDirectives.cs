using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.CodeFixes.Common;

/// <summary>Adds a <c>using</c> the way a person would: sorted, header comment kept on top, the file's line endings.</summary>
internal static class UsingDirectives
{
    public static bool Imports(CompilationUnitSyntax root, string ns)
        => root.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.NamespaceOrType?.ToString() == ns);

    public static CompilationUnitSyntax Add(CompilationUnitSyntax root, string ns)
    {
        if (Imports(root, ns))
        {
            return root;
        }

        string newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));

        if (root.Usings.Count == 0)
        {
            // The file's header comments stay on top; a blank line separates the using from what follows.
            var first = root.GetFirstToken(includeZeroWidth: true);
            directive = directive.WithLeadingTrivia(first.LeadingTrivia);
            return root.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.EndOfLine(newLine)))
                .WithUsings(SyntaxFactory.SingletonList(directive));
        }

        int index = 0;
        while (index < root.Usings.Count && root.Usings[index].Alias is null && string.CompareOrdinal(root.Usings[index].NamespaceOrType?.ToString(), ns) < 0)
        {
            index++;
        }

        if (index == 0)
        {
            // Keep the header trivia on the first line of the file.
            var firstUsing = root.Usings[0];
            directive = directive.WithLeadingTrivia(firstUsing.GetLeadingTrivia());
            root = root.ReplaceNode(firstUsing, firstUsing.WithLeadingTrivia());
        }

        return root.WithUsings(root.Usings.Insert(index, directive));
    }
}
