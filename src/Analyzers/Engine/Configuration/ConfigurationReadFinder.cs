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
        bool connections = apis.SeesHostBuilder;
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (!MayRead(node, configuration, connections))
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
    /// The syntax of the operations <see cref="ConfigurationApis"/> can recognise in this compilation: a call of a
    /// <c>System.Environment</c> method name; when the compilation sees <c>Microsoft.Extensions.Configuration</c>, a
    /// call of one of the other method names, an indexer or a <c>Value</c> access; when it sees
    /// <c>IHostApplicationBuilder</c>, a call of an <c>Add…</c> name. Only these are bound (binding one binds the whole
    /// member or field initializer around it), so a file without them costs a syntax walk.
    /// </summary>
    private static bool MayRead(SyntaxNode node, bool configuration, bool connections)
        => node switch
        {
            InvocationExpressionSyntax invocation => MayReadThrough(CalledName(invocation.Expression), configuration, connections),
            ElementAccessExpressionSyntax or ElementBindingExpressionSyntax => configuration,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } => configuration,
            MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Value" } => configuration,
            _ => false,
        };

    private static bool MayReadThrough(string methodName, bool configuration, bool connections)
        => ConfigurationApis.EnvironmentMethodNames.Contains(methodName)
            || (configuration && ConfigurationApis.MethodNames.Contains(methodName))
            || (connections && ConfigurationApis.MayReadConnection(methodName));

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
