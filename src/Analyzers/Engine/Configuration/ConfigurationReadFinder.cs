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
        SemanticModel? model = null;
        bool configuration = apis.SeesConfiguration;
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (!MayRead(node, configuration))
            {
                continue;
            }

            model ??= compilation.GetSemanticModel(tree);
            if (model.GetOperation(node, cancellationToken) is { } operation)
            {
                reads.AddRange(apis.ReadsOf(operation));
            }
        }

        return reads;
    }

    /// <summary>
    /// The syntax of the operations <see cref="ConfigurationApis"/> recognises: a call of one of its method names, and,
    /// when the compilation sees <c>Microsoft.Extensions.Configuration</c>, an indexer or a <c>Value</c> access. Only
    /// these are bound, so a file without them costs a syntax walk.
    /// </summary>
    private static bool MayRead(SyntaxNode node, bool configuration)
        => node switch
        {
            InvocationExpressionSyntax invocation => ConfigurationApis.MethodNames.Contains(CalledName(invocation.Expression))
                || ConfigurationApis.MayReadConnection(CalledName(invocation.Expression)),
            ElementAccessExpressionSyntax or ElementBindingExpressionSyntax => configuration,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } => configuration,
            MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Value" } => configuration,
            _ => false,
        };

    /// <summary>The simple name a call is made through: <c>Get</c> of <c>config.Get&lt;T&gt;()</c>, <c>GetValue</c> of <c>ConfigurationBinder.GetValue(...)</c>.</summary>
    private static string CalledName(ExpressionSyntax expression)
        => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        };
}
