using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// The routes code calls: a constant string URI given to an <c>HttpClient</c> method (<c>GetAsync</c>, <c>PostAsync</c>,
/// ..., <c>GetStringAsync</c>, the <c>System.Net.Http.Json</c> extensions such as <c>GetFromJsonAsync</c>), to
/// <c>new HttpRequestMessage(method, "...")</c>, or to <c>new Uri("...")</c> / <c>new Uri(baseUri, "...")</c>, which
/// is how a URI reaches <c>ClientWebSocket.ConnectAsync</c> and a test server's <c>WebSocketClient.ConnectAsync</c>.
/// Clients a <c>WebApplicationFactory</c> creates are <c>HttpClient</c>s. A URI given as a <c>Uri</c> is judged where
/// it is created, once. Interpolated and computed URIs are not judged.
/// </summary>
public static class ClientRouteCollector
{
    /// <summary>The syntax kinds whose operations <see cref="From"/> understands.</summary>
    public static readonly ImmutableArray<OperationKind> Kinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

    public static ClientRoute? From(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when IsClientMethod(invocation.TargetMethod):
                return FromArguments(invocation.Arguments, "requestUri");
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                if (EndpointCollector.IsType(constructor.ContainingType, AspNetCoreNames.HttpRequestMessage))
                {
                    return FromArguments(creation.Arguments, "requestUri");
                }

                if (EndpointCollector.IsType(constructor.ContainingType, AspNetCoreNames.Uri))
                {
                    return FromArguments(creation.Arguments, "uriString") ?? FromArguments(creation.Arguments, "relativeUri");
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="operation"/> sets an <c>HttpClient.BaseAddress</c> to another host
    /// (<c>client.BaseAddress = new Uri("https://storage.example.com")</c>, also in an object initializer): the
    /// relative routes that type calls are that host's, not the solution's.
    /// </summary>
    public static bool SetsExternalBaseAddress(IOperation operation)
    {
        if (operation is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "BaseAddress" } property } } assignment
            || !EndpointCollector.IsType(property.ContainingType, AspNetCoreNames.HttpClient))
        {
            return false;
        }

        var value = assignment.Value;
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value is IObjectCreationOperation { Arguments: { Length: > 0 } arguments }
            && arguments[0].Value.ConstantValue is { HasValue: true, Value: string uri }
            && ClientRoute.IsOtherHost(uri);
    }

    /// <summary>Whether the route was written relative (<c>/api/items</c>), so it is resolved against a base address.</summary>
    public static bool IsRelative(ClientRoute route) => !route.Written.Contains("://");

    private static bool IsClientMethod(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (EndpointCollector.IsType(type, AspNetCoreNames.HttpClient))
            {
                return true;
            }
        }

        // HttpClientJsonExtensions: GetFromJsonAsync, PostAsJsonAsync, ... on an HttpClient.
        return method.IsExtensionMethod
            && method.ContainingNamespace?.ToDisplayString() == AspNetCoreNames.HttpClientJsonNamespace
            && method.Parameters.Length > 0
            && EndpointCollector.IsType(method.Parameters[0].Type, AspNetCoreNames.HttpClient);
    }

    private static ClientRoute? FromArguments(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter
                && parameter.Name == parameterName
                && parameter.Type.SpecialType == SpecialType.System_String
                && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                var value = argument.Value;
                while (value is IConversionOperation { IsImplicit: true } conversion)
                {
                    value = conversion.Operand;
                }

                if (value.ConstantValue is { HasValue: true, Value: string uri } && !IsInterpolated(value) && ClientRoute.PathOf(uri) is { } path)
                {
                    return new ClientRoute(path, uri, value);
                }
            }
        }

        return null;
    }

    /// <summary>A constant interpolated string (<c>$"{Base}/ws"</c>) is built, not spelled; it is not judged.</summary>
    private static bool IsInterpolated(IOperation value) => value is IInterpolatedStringOperation;
}
