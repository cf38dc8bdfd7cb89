using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// Fills the <see cref="NamespaceGraph"/> of a compilation from what the compiler has already bound, without binding
/// identifiers: symbol actions for declarations (base types, interfaces, constraints, member signatures, attributes)
/// and operation actions for code (object creation, the containing type of invoked and referenced members, explicit
/// type arguments, typeof, casts, type tests and patterns, explicitly typed locals, catch clauses, default(T), arrays).
/// Only references from production, non-generated source count, and only to types declared in production source
/// of the same compilation. A <c>using</c> directive is not a reference.
/// </summary>
public sealed class TypeReferenceCollector
{
    public static readonly ImmutableArray<SymbolKind> SymbolKinds = ImmutableArray.Create(
        SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);

    public static readonly ImmutableArray<OperationKind> OperationKinds = ImmutableArray.Create(
        OperationKind.ObjectCreation,
        OperationKind.Invocation,
        OperationKind.PropertyReference,
        OperationKind.FieldReference,
        OperationKind.EventReference,
        OperationKind.MethodReference,
        OperationKind.TypeOf,
        OperationKind.Conversion,
        OperationKind.IsType,
        OperationKind.DeclarationPattern,
        OperationKind.TypePattern,
        OperationKind.RecursivePattern,
        OperationKind.VariableDeclaration,
        OperationKind.CatchClause,
        OperationKind.DefaultValue,
        OperationKind.ArrayCreation);

    private readonly SsotCompilationContext _ssot;
    private readonly IAssemblySymbol _assembly;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _countedTrees = new();
    private readonly ConcurrentDictionary<ISymbol, string?> _targets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, string> _namespaces = new(SymbolEqualityComparer.Default);

    private readonly Func<ISymbol, string?> _computeTarget;
    private readonly Func<SyntaxTree, bool> _computeCounted;
    private readonly Func<ISymbol, string> _computeNamespace;

    public TypeReferenceCollector(SsotCompilationContext ssot, Compilation compilation)
    {
        _ssot = ssot;
        _assembly = compilation.Assembly;
        _computeTarget = ComputeTarget;
        _computeCounted = ComputeCounted;
        _computeNamespace = ns => NameOf((INamespaceSymbol)ns);
    }

    public NamespaceGraph Graph { get; } = new();

    public void Register(CompilationStartAnalysisContext start)
    {
        start.RegisterSymbolAction(AnalyzeSymbol, SymbolKinds);
        start.RegisterOperationAction(AnalyzeOperation, OperationKinds);
    }

    /// <summary>A namespace as the graph names it: its full name, empty for the global namespace.</summary>
    public static string NameOf(INamespaceSymbol? ns)
        => ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();

    private void AnalyzeSymbol(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared)
        {
            return;
        }

        string from = Namespace(symbol.ContainingNamespace);
        Attributes(from, symbol.GetAttributes());
        switch (symbol)
        {
            case INamedTypeSymbol type:
                AnalyzeType(from, type);
                break;
            case IMethodSymbol method when method.MethodKind is not (MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise):
                Attributes(from, method.GetReturnTypeAttributes());
                Signature(from, method, method.ReturnType, method.Parameters);
                Constraints(from, method, method.TypeParameters);
                break;
            case IPropertySymbol property:
                Signature(from, property, property.Type, property.Parameters);
                break;
            case IFieldSymbol field:
                Signature(from, field, field.Type, ImmutableArray<IParameterSymbol>.Empty);
                break;
            case IEventSymbol @event:
                Signature(from, @event, @event.Type, ImmutableArray<IParameterSymbol>.Empty);
                break;
        }
    }

    private void AnalyzeType(string from, INamedTypeSymbol type)
    {
        var bases = new List<ITypeSymbol>(type.Interfaces.Length + 1);
        if (type.BaseType is { } baseType)
        {
            bases.Add(baseType);
        }

        bases.AddRange(type.Interfaces);
        foreach (var declaration in CountedDeclarations(type))
        {
            if (declaration is BaseTypeDeclarationSyntax { BaseList: { } baseList })
            {
                foreach (var written in bases)
                {
                    Record(from, written, baseList, fallback: null);
                }
            }
        }

        Constraints(from, type, type.TypeParameters);
        if (type.DelegateInvokeMethod is { } invoke)
        {
            Signature(from, type, invoke.ReturnType, invoke.Parameters);
        }
    }

    /// <summary>The declared type (and parameters) of a member, found in each of its counted declarations.</summary>
    private void Signature(string from, ISymbol member, ITypeSymbol type, ImmutableArray<IParameterSymbol> parameters)
    {
        foreach (var declaration in CountedDeclarations(member))
        {
            if (ReferenceSyntax.DeclaredType(declaration) is { } written)
            {
                Record(from, type, written, fallback: null);
            }
        }

        foreach (var parameter in parameters)
        {
            Attributes(from, parameter.GetAttributes());
            foreach (var declaration in CountedDeclarations(parameter))
            {
                if (ReferenceSyntax.DeclaredType(declaration) is { } written)
                {
                    Record(from, parameter.Type, written, fallback: null);
                }
            }
        }
    }

    private void Constraints(string from, ISymbol owner, ImmutableArray<ITypeParameterSymbol> typeParameters)
    {
        if (typeParameters.IsEmpty)
        {
            return;
        }

        foreach (var declaration in CountedDeclarations(owner))
        {
            if (ReferenceSyntax.ConstraintClauses(declaration) is not { Count: > 0 } clauses)
            {
                continue;
            }

            foreach (var typeParameter in typeParameters)
            {
                foreach (var constraint in typeParameter.ConstraintTypes)
                {
                    foreach (var clause in clauses)
                    {
                        Record(from, constraint, clause, fallback: null);
                    }
                }
            }
        }
    }

    private void Attributes(string from, ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } attributeClass
                || attribute.ApplicationSyntaxReference is not { } reference
                || !IsCounted(reference.SyntaxTree))
            {
                continue;
            }

            var syntax = reference.GetSyntax();
            Record(from, attributeClass, (syntax as AttributeSyntax)?.Name ?? syntax, fallback: syntax);
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Type && argument.Value is ITypeSymbol typeArgument)
                {
                    Record(from, typeArgument, syntax, fallback: syntax);
                }
            }
        }
    }

    private void AnalyzeOperation(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        var syntax = operation.Syntax;
        if (!IsCounted(syntax.SyntaxTree))
        {
            return;
        }

        string from = Namespace(context.ContainingSymbol.ContainingNamespace);
        switch (operation)
        {
            case IObjectCreationOperation { Type: { } created }:
                if (syntax is ObjectCreationExpressionSyntax creation)
                {
                    Record(from, created, creation.Type, fallback: creation.Type);
                }
                else if (syntax is ImplicitObjectCreationExpressionSyntax implicitCreation)
                {
                    RecordAt(from, created, implicitCreation, implicitCreation.NewKeyword.GetLocation());
                }

                break;
            case IInvocationOperation invocation when !operation.IsImplicit && syntax is InvocationExpressionSyntax call:
                // Implicit calls (foreach's GetEnumerator, collection initializers' Add) name no type where they are.
                var callee = invocation.TargetMethod;
                Record(from, callee.ContainingType, call.Expression, fallback: ReferenceSyntax.MemberName(syntax));
                if (ReferenceSyntax.MemberName(syntax) is GenericNameSyntax generic)
                {
                    foreach (var argument in callee.TypeArguments)
                    {
                        Record(from, argument, generic.TypeArgumentList, fallback: generic.TypeArgumentList);
                    }
                }

                break;
            case IMemberReferenceOperation member when !operation.IsImplicit:
                Record(from, member.Member.ContainingType, syntax, fallback: ReferenceSyntax.MemberName(syntax));
                break;
            case ITypeOfOperation typeOf when syntax is TypeOfExpressionSyntax typeOfSyntax:
                Record(from, typeOf.TypeOperand, typeOfSyntax.Type, fallback: typeOfSyntax.Type);
                break;
            case IConversionOperation { IsImplicit: false, Type: { } target }:
                var targetSyntax = syntax switch
                {
                    CastExpressionSyntax cast => cast.Type,
                    BinaryExpressionSyntax asExpression => asExpression.Right,
                    _ => null,
                };
                if (targetSyntax is not null)
                {
                    Record(from, target, targetSyntax, fallback: targetSyntax);
                }

                break;
            case IIsTypeOperation isType when syntax is BinaryExpressionSyntax isSyntax:
                Record(from, isType.TypeOperand, isSyntax.Right, fallback: isSyntax.Right);
                break;
            case IDeclarationPatternOperation { MatchedType: { } declared } when syntax is DeclarationPatternSyntax declarationSyntax:
                Record(from, declared, declarationSyntax.Type, fallback: declarationSyntax.Type);
                break;
            case ITypePatternOperation typePattern:
                Record(from, typePattern.MatchedType, syntax, fallback: syntax);
                break;
            case IRecursivePatternOperation recursive when syntax is RecursivePatternSyntax { Type: { } recursiveType }:
                Record(from, recursive.MatchedType, recursiveType, fallback: recursiveType);
                break;
            case IVariableDeclarationOperation declaration
                when syntax is VariableDeclarationSyntax { Type: { IsVar: false } localType } && declaration.Declarators.Length > 0:
                Record(from, declaration.Declarators[0].Symbol.Type, localType, fallback: localType);
                break;
            case ICatchClauseOperation catchClause when syntax is CatchClauseSyntax { Declaration: { } caught }:
                Record(from, catchClause.ExceptionType, caught.Type, fallback: caught.Type);
                break;
            case IDefaultValueOperation { Type: { } defaultType } when syntax is DefaultExpressionSyntax defaultSyntax:
                Record(from, defaultType, defaultSyntax.Type, fallback: defaultSyntax.Type);
                break;
            case IArrayCreationOperation { Type: { } arrayType } when syntax is ArrayCreationExpressionSyntax arraySyntax:
                Record(from, arrayType, arraySyntax.Type, fallback: arraySyntax.Type);
                break;
        }
    }

    /// <summary>
    /// Records an edge to every source-declared type the written type names (itself, its type arguments, array
    /// elements), at the simple name spelling it under <paramref name="written"/>; without one, at
    /// <paramref name="fallback"/> (a written name that differs, such as an alias), or not at all when that is null.
    /// </summary>
    private void Record(string from, ITypeSymbol? type, SyntaxNode written, SyntaxNode? fallback)
    {
        switch (type)
        {
            case INamedTypeSymbol named:
                RecordOne(from, named, written, fallback, location: null);
                RecordTypeArguments(from, named, written, fallback, location: null);
                break;
            case IArrayTypeSymbol array:
                Record(from, array.ElementType, written, fallback);
                break;
            case IPointerTypeSymbol pointer:
                Record(from, pointer.PointedAtType, written, fallback);
                break;
        }
    }

    /// <summary>As <see cref="Record"/>, at a fixed location (a target-typed <c>new()</c> names no type).</summary>
    private void RecordAt(string from, ITypeSymbol type, SyntaxNode node, Location location)
    {
        if (type is INamedTypeSymbol named)
        {
            RecordOne(from, named, node, fallback: null, location);
            RecordTypeArguments(from, named, node, fallback: null, location);
        }
    }

    private void RecordTypeArguments(string from, INamedTypeSymbol named, SyntaxNode written, SyntaxNode? fallback, Location? location)
    {
        for (var outer = named; outer is not null; outer = outer.ContainingType)
        {
            if (!outer.IsGenericType)
            {
                continue;
            }

            foreach (var argument in outer.TypeArguments)
            {
                if (location is null)
                {
                    Record(from, argument, written, fallback);
                }
                else
                {
                    RecordAt(from, argument, written, location);
                }
            }
        }
    }

    private void RecordOne(string from, INamedTypeSymbol named, SyntaxNode written, SyntaxNode? fallback, Location? location)
    {
        // The global namespace is no module anyone designed: unrelated types (each service's `Extensions`, a shared
        // helper) would meet in it as one node and close cycles that do not exist (eShop), so it has no edges.
        if (from.Length == 0 || Target(named) is not { } to || to.Length == 0 || to == from)
        {
            return;
        }

        var at = location is null ? ReferenceSyntax.FindName(written, named.Name) ?? fallback : written;
        if (at is null || !Graph.WouldBeFirst(from, to, at.SyntaxTree.FilePath, location?.SourceSpan.Start ?? at.SpanStart))
        {
            return;
        }

        Graph.Add(new NamespaceReference(from, to, DisplayName(named), location ?? at.GetLocation()));
    }

    /// <summary>The namespace of a type declared in this compilation's production source, or null for any other type.</summary>
    private string? Target(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (definition.IsAnonymousType || !definition.CanBeReferencedByName)
        {
            return null; // `new { ... }` is the compiler's type, "declared" in the global namespace: no dependency on it
        }

        if (!SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _assembly))
        {
            return null;
        }

        return _targets.GetOrAdd(definition, _computeTarget);
    }

    private string? ComputeTarget(ISymbol definition)
    {
        foreach (var reference in definition.DeclaringSyntaxReferences)
        {
            var kind = _ssot.Classify(reference.SyntaxTree);
            if (!kind.IsTest && !kind.IsExcluded)
            {
                return Namespace(definition.ContainingNamespace);
            }
        }

        return null;
    }

    private string Namespace(INamespaceSymbol? ns)
        => ns is null ? string.Empty : _namespaces.GetOrAdd(ns, _computeNamespace);

    private static string DisplayName(INamedTypeSymbol type)
    {
        string name = SymbolNames.DisplayName(type.OriginalDefinition);
        return type.ContainingType is { } outer ? DisplayName(outer) + "." + name : name;
    }

    private IEnumerable<SyntaxNode> CountedDeclarations(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (IsCounted(reference.SyntaxTree))
            {
                yield return reference.GetSyntax();
            }
        }
    }

    /// <summary>Production source: not a test file, not excluded by ssot.json, not generated.</summary>
    private bool IsCounted(SyntaxTree tree) => _countedTrees.GetOrAdd(tree, _computeCounted);

    private bool ComputeCounted(SyntaxTree tree)
    {
        var kind = _ssot.Classify(tree);
        return !kind.IsTest && !kind.IsExcluded && !GeneratedTrees.IsGenerated(tree);
    }
}
