using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// The routes a compilation serves: minimal APIs (<c>MapGet</c>/<c>MapPost</c>/.../<c>Map</c>, <c>MapHub&lt;T&gt;</c>,
/// <c>MapFallback</c>, under <c>MapGroup</c> prefixes, a group held in a local included), <c>IApplicationBuilder.Map</c>
/// branches, controllers (<c>[Route]</c> on the class, <c>[HttpGet("...")]</c>/<c>[Route]</c> on actions, with the
/// <c>[controller]</c> and <c>[action]</c> tokens), middleware that compares <c>HttpRequest.Path</c>, and the
/// <c>const</c> values starting with <c>/</c> of the declared <c>constants</c> types. Only constant templates count; a
/// constant (<c>app.Map(Routes.WebSocket, ...)</c>) counts like a literal. The types are recognised by metadata name.
/// </summary>
public static class EndpointCollector
{
    private const int MaxTraceDepth = 8;

    public static ImmutableArray<ServedRoute> Collect(Compilation compilation, SsotConfig config, CancellationToken cancellationToken)
    {
        var routes = ImmutableArray.CreateBuilder<ServedRoute>();
        var controllers = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = tree.GetRoot(cancellationToken);
            SemanticModel? model = null;
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation when MayServe(invocation):
                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation)
                        {
                            routes.AddRange(FromInvocation(operation));
                        }

                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) && (NamesPath(binary.Left) || NamesPath(binary.Right)):
                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetOperation(binary, cancellationToken) is IBinaryOperation comparison && FromComparison(comparison) is { } compared)
                        {
                            routes.Add(compared);
                        }

                        break;
                    case ClassDeclarationSyntax type when type.AttributeLists.Count > 0 || type.Members.Any(m => m.AttributeLists.Count > 0):
                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetDeclaredSymbol(type, cancellationToken) is { } symbol && controllers.Add(symbol))
                        {
                            routes.AddRange(FromController(symbol));
                        }

                        break;
                }
            }
        }

        routes.AddRange(FromConstants(compilation, config));
        return routes.ToImmutable();
    }

    /// <summary>A <c>MapGet</c>-like call on an endpoint route builder, or a <c>Path.StartsWithSegments</c>/<c>Path.Equals</c> test.</summary>
    public static IEnumerable<ServedRoute> FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is "StartsWithSegments" or "Equals")
        {
            if (IsType(method.ContainingType, AspNetCoreNames.PathString)
                && IsRequestPath(invocation.Instance)
                && invocation.Arguments.Length > 0
                && ConstantText(invocation.Arguments[0].Value) is { } path
                && path.StartsWith("/", StringComparison.Ordinal))
            {
                string template = method.Name == "Equals" ? path : RouteTemplate.Combine(path, "{**rest}");
                yield return Route(template, ServedRouteKind.Middleware, invocation.Syntax, prefixKnown: true);
            }

            yield break;
        }

        if (!method.Name.StartsWith("Map", StringComparison.Ordinal) || method.Name == "MapGroup")
        {
            yield break;
        }

        var receiver = Receiver(invocation);
        if (receiver?.Type is not { } receiverType)
        {
            yield break;
        }

        bool endpoints = Implements(receiverType, AspNetCoreNames.EndpointRouteBuilder);
        bool branch = !endpoints && method.Name == "Map" && Implements(receiverType, AspNetCoreNames.ApplicationBuilder);
        if (!endpoints && !branch)
        {
            yield break;
        }

        var pattern = PatternArgument(invocation);
        string? text;
        if (pattern is null)
        {
            if (!method.Name.StartsWith("MapFallback", StringComparison.Ordinal))
            {
                yield break; // MapControllers, MapRazorPages...: the routes come from elsewhere
            }

            text = "{**path}"; // a fallback serves every path
        }
        else
        {
            text = ConstantText(pattern.Value);
            if (text is null)
            {
                yield break; // a computed pattern is not judged, and it serves no route we could name
            }
        }

        if (branch)
        {
            text = RouteTemplate.Combine(text, "{**rest}");
        }

        var (prefix, known) = Prefix(receiver, 0);
        yield return Route(RouteTemplate.Combine(prefix, text), ServedRouteKind.MinimalApi, invocation.Syntax, known);
    }

    /// <summary><c>context.Request.Path == "/ws"</c> (or <c>Path.Value == "/ws"</c>).</summary>
    public static ServedRoute? FromComparison(IBinaryOperation comparison)
    {
        if (comparison.OperatorKind != BinaryOperatorKind.Equals)
        {
            return null;
        }

        foreach (var (side, other) in new[] { (comparison.LeftOperand, comparison.RightOperand), (comparison.RightOperand, comparison.LeftOperand) })
        {
            if (IsRequestPath(side) && ConstantText(other) is { } path && path.StartsWith("/", StringComparison.Ordinal))
            {
                return Route(path, ServedRouteKind.Middleware, comparison.Syntax, prefixKnown: true);
            }
        }

        return null;
    }

    /// <summary>The attribute routes of a controller: class <c>[Route]</c> templates combined with each action's.</summary>
    public static IEnumerable<ServedRoute> FromController(INamedTypeSymbol type)
    {
        if (type.IsAbstract || type.TypeKind != TypeKind.Class)
        {
            yield break;
        }

        var classRoutes = ClassRouteAttributes(type);
        var actions = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public
                && !m.GetAttributes().Any(a => IsType(a.AttributeClass, AspNetCoreNames.NonActionAttribute)))
            .ToList();
        var actionRoutes = actions.Select(a => (Action: a, Routes: RouteAttributes(a).ToList())).Where(a => a.Routes.Count > 0).ToList();
        if (classRoutes.Count == 0 && actionRoutes.Count == 0)
        {
            yield break;
        }

        string controller = type.Name.EndsWith("Controller", StringComparison.Ordinal) && type.Name.Length > "Controller".Length
            ? type.Name.Substring(0, type.Name.Length - "Controller".Length)
            : type.Name;
        var prefixes = classRoutes.Where(r => r.Template is not null).ToList();
        if (prefixes.Count == 0)
        {
            prefixes.Add((Template: (string?)string.Empty, Attribute: null!));
        }

        foreach (var (action, routes) in actionRoutes)
        {
            string actionName = action.Name.EndsWith("Async", StringComparison.Ordinal) ? action.Name.Substring(0, action.Name.Length - "Async".Length) : action.Name;
            foreach (var route in routes)
            {
                bool absolute = route.Template is { } t && (t.StartsWith("/", StringComparison.Ordinal) || t.StartsWith("~/", StringComparison.Ordinal));
                foreach (var prefix in absolute ? new List<(string? Template, AttributeData Attribute)> { (string.Empty, null!) } : prefixes)
                {
                    string template = RouteTemplate.Combine(prefix.Template ?? string.Empty, route.Template ?? string.Empty);
                    yield return Route(ReplaceTokens(template, controller, actionName), ServedRouteKind.Controller, route.Attribute.ApplicationSyntaxReference?.GetSyntax(), prefixKnown: true);
                }
            }
        }

        // Actions without a route attribute of their own are reached at the controller's route.
        foreach (var action in actions.Where(a => !actionRoutes.Any(r => SymbolEqualityComparer.Default.Equals(r.Action, a))))
        {
            string actionName = action.Name.EndsWith("Async", StringComparison.Ordinal) ? action.Name.Substring(0, action.Name.Length - "Async".Length) : action.Name;
            foreach (var prefix in classRoutes.Where(r => r.Template is not null))
            {
                yield return Route(ReplaceTokens(prefix.Template!, controller, actionName), ServedRouteKind.Controller, prefix.Attribute.ApplicationSyntaxReference?.GetSyntax(), prefixKnown: true);
            }
        }
    }

    /// <summary>The <c>const string</c> values starting with <c>/</c> of the declared constants types this compilation declares.</summary>
    public static IEnumerable<ServedRoute> FromConstants(Compilation compilation, SsotConfig config)
    {
        foreach (var entry in config.Constants)
        {
            if (compilation.GetTypeByMetadataName(entry.Type) is { } type
                && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                foreach (var route in ConstantRoutes(type))
                {
                    yield return route;
                }
            }
        }
    }

    private static IEnumerable<ServedRoute> ConstantRoutes(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } field
                && value.StartsWith("/", StringComparison.Ordinal)
                && value.Length > 1
                && field.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                yield return new ServedRoute(value, ServedRouteKind.Constant, location.SourceTree!.FilePath, location.GetLineSpan().StartLinePosition.Line);
            }
            else if (member is INamedTypeSymbol nested)
            {
                foreach (var route in ConstantRoutes(nested))
                {
                    yield return route;
                }
            }
        }
    }

    /// <summary>The class's route attributes, or those of its nearest base class that has some (<c>[Route]</c> is inherited).</summary>
    private static List<(string? Template, AttributeData Attribute)> ClassRouteAttributes(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var routes = RouteAttributes(current).ToList();
            if (routes.Count > 0)
            {
                return routes;
            }
        }

        return new List<(string? Template, AttributeData Attribute)>();
    }

    private static IEnumerable<(string? Template, AttributeData Attribute)> RouteAttributes(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && Implements(type, AspNetCoreNames.RouteTemplateProvider))
            {
                string? template = attribute.ConstructorArguments.FirstOrDefault(a => a.Value is string).Value as string
                    ?? attribute.NamedArguments.FirstOrDefault(a => a.Key == "Template").Value.Value as string;
                yield return (template, attribute);
            }
        }
    }

    private static string ReplaceTokens(string template, string controller, string action)
        => template
            .Replace("[controller]", controller)
            .Replace("[action]", action)
            .Replace("[area]", "{area}");

    /// <summary>The prefix a builder adds: the <c>MapGroup</c> calls it comes from (through fluent calls and locals).</summary>
    private static (string Prefix, bool Known) Prefix(IOperation? builder, int depth)
    {
        builder = Unwrap(builder);
        if (builder is null || depth > MaxTraceDepth)
        {
            return (string.Empty, false);
        }

        switch (builder)
        {
            case IInvocationOperation { TargetMethod.Name: "MapGroup" } group:
                {
                    var (outer, known) = Prefix(Receiver(group), depth + 1);
                    string? text = PatternArgument(group) is { } argument ? ConstantText(argument.Value) : null;
                    return text is null ? (outer, false) : (RouteTemplate.Combine(outer, text), known);
                }

            case IInvocationOperation fluent when Receiver(fluent) is { Type: { } type } inner && SymbolEqualityComparer.Default.Equals(type, fluent.Type):
                return Prefix(inner, depth + 1); // RequireAuthorization(), WithTags(...) return their builder

            case ILocalReferenceOperation local:
                return Initializer(local) is { } initializer ? Prefix(initializer, depth + 1) : (string.Empty, false);

            default:
                // The application itself is the root; a builder passed in (parameter, field) may be a group.
                return (string.Empty, builder.Type is { } t && Implements(t, AspNetCoreNames.WebApplication));
        }
    }

    private static IOperation? Initializer(ILocalReferenceOperation local)
    {
        var model = local.SemanticModel;
        foreach (var reference in local.Local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } && model is not null && value.SyntaxTree == model.SyntaxTree)
            {
                return model.GetOperation(value);
            }
        }

        return null;
    }

    private static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance;
        }

        return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
    }

    private static IArgumentOperation? PatternArgument(IInvocationOperation invocation)
    {
        var arguments = invocation.Arguments.Where(a => a.Parameter is not null && !(invocation.TargetMethod.IsExtensionMethod && a.Parameter.Ordinal == 0)).ToList();
        return arguments.FirstOrDefault(a => a.Parameter!.Name is "pattern" or "prefix" or "pathMatch");
    }

    private static bool IsRequestPath(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is IPropertyReferenceOperation { Property.Name: "Value" } value && IsType(value.Property.ContainingType, AspNetCoreNames.PathString))
        {
            operation = Unwrap(value.Instance);
        }

        return operation is IPropertyReferenceOperation { Property.Name: "Path" } path && IsType(path.Property.ContainingType, AspNetCoreNames.HttpRequest);
    }

    /// <summary>The constant text of an operation, through conversions (<c>string</c> to <c>PathString</c> or <c>RoutePattern</c>).</summary>
    internal static string? ConstantText(IOperation? operation)
    {
        for (var current = operation; current is not null;)
        {
            if (current.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    break;
                case IObjectCreationOperation { Arguments.Length: 1 } creation when creation.Type?.Name == "PathString":
                    current = creation.Arguments[0].Value;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private static ServedRoute Route(string template, ServedRouteKind kind, SyntaxNode? syntax, bool prefixKnown)
    {
        var line = syntax?.GetLocation().GetLineSpan();
        return new ServedRoute(RouteTemplate.Parse(template)?.Text ?? template, kind, syntax?.SyntaxTree.FilePath ?? string.Empty, line?.StartLinePosition.Line ?? 0, prefixKnown);
    }

    private static bool MayServe(InvocationExpressionSyntax invocation)
    {
        string? name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
        return name is not null && (name.StartsWith("Map", StringComparison.Ordinal) || name is "StartsWithSegments" or "Equals");
    }

    private static bool NamesPath(ExpressionSyntax expression)
        => expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Path" or "Value" }
            or MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Path" or "Value" }
            or ConditionalAccessExpressionSyntax;

    internal static bool IsType(ITypeSymbol? type, string metadataName)
        => type is INamedTypeSymbol named && SymbolNames.MetadataName(named.OriginalDefinition) == metadataName;

    internal static bool Implements(ITypeSymbol type, string metadataName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (IsType(current, metadataName))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => IsType(i, metadataName));
    }
}
