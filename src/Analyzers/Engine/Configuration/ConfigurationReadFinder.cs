using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>
/// Every configuration read of a syntax tree, for hosts that walk a compilation without an analyzer driver (the
/// <c>ssot-check env</c> inventory). The analyzers see the same reads through operation callbacks.
/// </summary>
public static class ConfigurationReadFinder
{
    public static List<ConfigurationRead> Find(Compilation compilation, SyntaxTree tree, ConfigurationApis apis, CancellationToken cancellationToken)
    {
        var reads = new List<ConfigurationRead>();
        var model = compilation.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (!MayRead(node))
            {
                continue;
            }

            if (model.GetOperation(node, cancellationToken) is { } operation)
            {
                reads.AddRange(apis.ReadsOf(operation));
            }
        }

        return reads;
    }

    /// <summary>The syntax of the operations <see cref="ConfigurationApis"/> recognises.</summary>
    private static bool MayRead(SyntaxNode node)
        => node.IsKind(SyntaxKind.InvocationExpression)
            || node.IsKind(SyntaxKind.ElementAccessExpression)
            || node.IsKind(SyntaxKind.ElementBindingExpression)
            || (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" })
            || (node is MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Value" });
}
