using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1002's test for a proxy: an alias that implements an interface of the canonical type and forwards each of its
/// methods by name through one transport call (a JSON-RPC client's <c>InvokeAsync(nameof(IController.BackupAsync), ...)</c>)
/// delegates to the canonical in another process, although its code never names the canonical type
/// (docs/rules/SSOT1002.md, "Proxies"). Fed one method body at a time (operation-block actions, concurrently); read at
/// the alias's symbol end.
/// </summary>
internal sealed class ForwardingByName
{
    /// <summary>How many interface methods one transport call must forward, at least, to make a proxy.</summary>
    public const int MinimumForwarded = 2;

    /// <summary>The alias's implementations of the shared interfaces' methods, each to the interface method's name.</summary>
    private readonly Dictionary<IMethodSymbol, string> _implemented;

    /// <summary>Per transport method (<c>StreamJsonRpc.JsonRpc.InvokeAsync</c>), the interface methods forwarded through it.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byTransport = new(StringComparer.Ordinal);

    private ForwardingByName(Dictionary<IMethodSymbol, string> implemented) => _implemented = implemented;

    /// <summary>How many distinct interface methods the shared interfaces declare.</summary>
    public int InterfaceMethods { get; private set; }

    /// <summary>
    /// The tracker for <paramref name="alias"/>, or null when it implements none of <paramref name="canonicalInterfaces"/>
    /// (metadata names of the interfaces the canonical type implements; those of <c>System</c> namespaces do not count:
    /// <c>IDisposable</c> is everyone's).
    /// </summary>
    public static ForwardingByName? For(INamedTypeSymbol alias, ImmutableHashSet<string> canonicalInterfaces)
    {
        var implemented = new Dictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contract in alias.AllInterfaces)
        {
            if (!canonicalInterfaces.Contains(Engine.SymbolNames.MetadataName(contract.OriginalDefinition)) || IsSystem(contract))
            {
                continue;
            }

            foreach (var member in contract.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method
                    && alias.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation
                    && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, alias))
                {
                    implemented[implementation] = method.Name;
                    names.Add(contract.Name + "." + method.Name + "`" + method.Parameters.Length);
                }
            }
        }

        return implemented.Count == 0 ? null : new ForwardingByName(implemented) { InterfaceMethods = names.Count };
    }

    /// <summary>Whether enough interface methods go through one transport call: at least <see cref="MinimumForwarded"/> and half of them.</summary>
    public bool IsProxy
    {
        get
        {
            int most = 0;
            foreach (var forwarded in _byTransport.Values)
            {
                most = Math.Max(most, forwarded.Count);
            }

            return most >= MinimumForwarded && 2 * most >= InterfaceMethods;
        }
    }

    /// <summary>
    /// Looks at one method body of the alias: when it implements an interface method and its one statement (a
    /// <c>return</c>, an expression, or an <c>if</c> without <c>else</c> around one) calls a method with the member's
    /// name as a constant string argument (<c>"BackupAsync"</c>, <c>nameof(IController.BackupAsync)</c>), that call
    /// is its transport.
    /// </summary>
    public void Observe(ISymbol owner, ImmutableArray<IOperation> blocks)
    {
        if (owner is not IMethodSymbol method || !_implemented.TryGetValue(method, out string? name))
        {
            return;
        }

        foreach (var block in blocks)
        {
            if (OnlyStatement(block) is { } statement && TransportOf(statement, name) is { } transport)
            {
                _byTransport.GetOrAdd(transport, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))
                    .TryAdd(method.Name + "`" + method.Parameters.Length, 0);
                return;
            }
        }
    }

    /// <summary>The single statement a body consists of, unwrapped from blocks and an <c>if</c> without <c>else</c>; null when it has more.</summary>
    private static IOperation? OnlyStatement(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IMethodBodyOperation body:
                    operation = (IOperation?)body.BlockBody ?? body.ExpressionBody!;
                    if (operation is null)
                    {
                        return null;
                    }

                    continue;
                case IBlockOperation block:
                    IOperation? only = null;
                    foreach (var statement in block.Operations)
                    {
                        if (statement is IReturnOperation { ReturnedValue: null, IsImplicit: true })
                        {
                            continue; // the end of a method without a value
                        }

                        if (only is not null)
                        {
                            return null;
                        }

                        only = statement;
                    }

                    if (only is null)
                    {
                        return null;
                    }

                    operation = only;
                    continue;
                case IConditionalOperation { WhenFalse: null } guarded:
                    operation = guarded.WhenTrue;
                    continue;
                case IReturnOperation { ReturnedValue: { } value }:
                    return value;
                case IExpressionStatementOperation expression:
                    return expression.Operation;
                default:
                    return null;
            }
        }
    }

    /// <summary>The method called with <paramref name="name"/> as a constant string argument, as <c>Type.Method</c>; null when none is.</summary>
    private static string? TransportOf(IOperation statement, string name)
    {
        foreach (var operation in statement.DescendantsAndSelf())
        {
            if (operation is not IInvocationOperation invocation)
            {
                continue;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text } && string.Equals(text, name, StringComparison.Ordinal))
                {
                    var target = invocation.TargetMethod.OriginalDefinition;
                    return target.ContainingType.ToDisplayString() + "." + target.Name;
                }
            }
        }

        return null;
    }

    private static bool IsSystem(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false, Name: "System" };
    }
}
