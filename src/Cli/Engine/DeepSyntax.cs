using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Files nested so deep that analyzing them would overflow the stack. Roslyn builds the analyzers' IOperation
/// trees recursively, without the stack guard of its parser and binder; even on ssot-check's 64 MB thread stacks
/// (see the project file) about 30,000 nested casts abort the process. Such a file is taken out of the
/// compilation before analysis and named as a located load issue, so it costs itself and not the run.
/// </summary>
internal static class DeepSyntax
{
    /// <summary>The deepest syntax nesting analyzed: far below the overflow on 64 MB stacks, far above real code.</summary>
    public const int MaxDepth = 20_000;

    /// <summary>
    /// The compilation without its too-deep trees; each one it leaves out is added to <paramref name="unanalyzable"/>
    /// (full path → located reason), so it is scored as not compliant and named as a load issue.
    /// </summary>
    public static Compilation WithoutTooDeepTrees(Compilation compilation, IDictionary<string, string> unanalyzable, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (FirstTooDeep(tree, cancellationToken) is { } node)
            {
                var start = node.GetLocation().GetLineSpan().StartLinePosition;
                unanalyzable[tree.FilePath] =
                    $"({start.Line + 1},{start.Character + 1}): code nested more than {MaxDepth.ToString("N0", CultureInfo.InvariantCulture)} levels deep; the file was not analyzed (analyzing it would overflow the stack)";
                compilation = compilation.RemoveSyntaxTrees(tree);
            }
        }

        return compilation;
    }

    /// <summary>The first node deeper than <see cref="MaxDepth"/>, found without recursion; null when there is none.</summary>
    private static SyntaxNode? FirstTooDeep(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.Length < MaxDepth)
        {
            return null; // every level of nesting takes at least one character
        }

        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((tree.GetRoot(cancellationToken), 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                return node;
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }
}
