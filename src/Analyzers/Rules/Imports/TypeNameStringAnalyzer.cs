using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Rules.Imports;

/// <summary>
/// SSOT2003: a constant type name passed to <c>Type.GetType</c>, <c>Assembly.GetType</c>,
/// <c>Activator.CreateInstance(assemblyName, typeName)</c> or <c>AppDomain.CreateInstance[AndUnwrap]</c> that does
/// not resolve in the compilation or its references (assembly-qualified and generic names included). Live: an
/// operation action on invocations, with the reflection types resolved once per compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TypeNameStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Assembly names under which the core library's types may be asked for (type forwarding).</summary>
    private static readonly ImmutableHashSet<string> CoreAssemblies = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "mscorlib", "netstandard", "System.Runtime", "System.Private.CoreLib");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.UnresolvedTypeNameString);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SsotCompilationContext.TryCreate(start) is not { } ssot)
            {
                return;
            }

            var compilation = start.Compilation;
            var reflection = new ReflectionTypes(
                compilation.GetTypeByMetadataName("System.Type"),
                compilation.GetTypeByMetadataName("System.Reflection.Assembly"),
                compilation.GetTypeByMetadataName("System.Activator"),
                compilation.GetTypeByMetadataName("System.AppDomain"));
            if (reflection.Type is null)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, ssot, reflection), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, SsotCompilationContext ssot, ReflectionTypes reflection)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!IsReflectionLookup(method, reflection, out bool byParameterName))
        {
            return;
        }

        IArgumentOperation? typeArgument = null;
        string? assemblyName = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (byParameterName ? parameter.Name == "typeName" : parameter.Ordinal == 0 && parameter.Type.SpecialType == SpecialType.System_String)
            {
                typeArgument = argument;
            }
            else if (byParameterName && parameter.Name == "assemblyName" && argument.Value.ConstantValue is { HasValue: true, Value: string assembly })
            {
                assemblyName = assembly;
            }
        }

        if (typeArgument?.Value.ConstantValue is not { HasValue: true, Value: string text }
            || ReflectionTypeName.Parse(text) is not { } parsed
            || IsProbe(invocation)
            || ssot.Classify(invocation.Syntax.SyntaxTree).IsExcluded)
        {
            return;
        }

        if (!method.IsStatic && method.Name == "GetType")
        {
            // Assembly.GetType: judge only when the assembly is known at compile time; an assembly loaded or
            // compiled at run time (Assembly.LoadFrom, a CodeDom result) holds types no reference shows.
            if (KnownAssembly(invocation.Instance, context.Compilation) is not { } known)
            {
                return;
            }

            assemblyName = known;
        }

        string? expectedAssembly = parsed.Assembly ?? assemblyName;
        foreach (var name in parsed.All())
        {
            string? inAssembly = name == parsed ? expectedAssembly : name.Assembly;
            if (inAssembly is not null && !IsKnownAssembly(context.Compilation, inAssembly))
            {
                return; // late binding to an assembly this project does not reference (a plugin): nothing to judge
            }

            if (!Resolves(context.Compilation, name.Name, inAssembly))
            {
                if (inAssembly is not null && MayBeNonPublic(context.Compilation, name.Name, inAssembly))
                {
                    return; // private reflection into a compiled reference, whose non-public types the compiler does not see
                }

                context.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.UnresolvedTypeNameString,
                    typeArgument.Value.Syntax.GetLocation(),
                    missionCritical: false,
                    entry: null,
                    additionalLocations: null,
                    text,
                    method.ContainingType.Name + "." + method.Name,
                    name == parsed ? (inAssembly is null ? string.Empty : " (assembly '" + inAssembly + "')") : " (generic argument '" + name.Name + "')"));
                return;
            }
        }
    }

    /// <summary>
    /// <c>Type.GetType("Mono.Runtime") != null</c>: a feature or platform probe, where a missing type is an
    /// expected answer, not a mistake.
    /// </summary>
    private static bool IsProbe(IInvocationOperation invocation)
    {
        var parent = invocation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                => IsNull(binary.LeftOperand) || IsNull(binary.RightOperand),
            IIsPatternOperation { Pattern: IConstantPatternOperation constant } => IsNull(constant.Value),
            IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation constant } } => IsNull(constant.Value),
            _ => false,
        };

        static bool IsNull(IOperation operand)
        {
            while (operand is IConversionOperation conversion)
            {
                operand = conversion.Operand;
            }

            return operand.ConstantValue is { HasValue: true, Value: null };
        }
    }

    /// <summary>The assembly of <c>typeof(T).Assembly</c> or <c>Assembly.GetExecutingAssembly()</c>; null when unknown.</summary>
    private static string? KnownAssembly(IOperation? instance, Compilation compilation)
    {
        return instance switch
        {
            // A type that does not resolve (its package was not restored, or it is misspelt: CS0246) names no assembly.
            IPropertyReferenceOperation { Property.Name: "Assembly", Instance: ITypeOfOperation typeOf } => typeOf.TypeOperand.TypeKind == TypeKind.Error ? null : typeOf.TypeOperand.ContainingAssembly?.Name,
            IInvocationOperation { TargetMethod: { Name: "GetExecutingAssembly", IsStatic: true } } => compilation.AssemblyName,
            _ => null,
        };
    }

    private static bool IsReflectionLookup(IMethodSymbol method, ReflectionTypes reflection, out bool byParameterName)
    {
        var type = method.ContainingType;
        byParameterName = false;
        if (method.Name == "GetType")
        {
            return (method.IsStatic && SymbolEqualityComparer.Default.Equals(type, reflection.Type))
                || (!method.IsStatic && reflection.Assembly is not null && InheritsFrom(type, reflection.Assembly));
        }

        byParameterName = true;
        return (method.Name == "CreateInstance" && SymbolEqualityComparer.Default.Equals(type, reflection.Activator))
            || (method.Name is "CreateInstance" or "CreateInstanceAndUnwrap" && reflection.AppDomain is not null && SymbolEqualityComparer.Default.Equals(type, reflection.AppDomain));
    }

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownAssembly(Compilation compilation, string assembly)
    {
        if (CoreAssemblies.Contains(assembly) || string.Equals(compilation.AssemblyName, assembly, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var referenced in compilation.ReferencedAssemblyNames)
        {
            if (string.Equals(referenced.Name, assembly, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name that did not resolve may be a non-public type of a compiled reference (a package or the
    /// framework): the compiler imports only public types from metadata, and reference assemblies hold no others,
    /// so <c>HttpConnectionPool</c> next to the public <c>HttpClient</c> is invisible though it exists. It may be when
    /// the assembly is compiled (not a project of the solution, whose every type is seen) and declares public types
    /// in the name's namespace, or the outer type of a nested name.
    /// </summary>
    private static bool MayBeNonPublic(Compilation compilation, string metadataName, string assembly)
    {
        foreach (var candidate in AssembliesNamed(compilation, assembly))
        {
            if (candidate is ISourceAssemblySymbol)
            {
                continue;
            }

            int plus = metadataName.IndexOf('+');
            if (plus > 0 && candidate.GetTypeByMetadataName(metadataName.Substring(0, plus)) is not null)
            {
                return true;
            }

            string ns = SymbolNames.NamespaceOf(plus > 0 ? metadataName.Substring(0, plus) : metadataName);
            if (ns.Length > 0 && NamespaceIn(candidate.GlobalNamespace, ns) is { } found && found.GetTypeMembers().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The referenced assemblies of that name; for a core library name, the one that defines <c>System.Object</c>.</summary>
    private static System.Collections.Generic.IEnumerable<IAssemblySymbol> AssembliesNamed(Compilation compilation, string assembly)
    {
        if (CoreAssemblies.Contains(assembly))
        {
            yield return compilation.ObjectType.ContainingAssembly;
            yield break;
        }

        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol referenced && string.Equals(referenced.Name, assembly, StringComparison.OrdinalIgnoreCase))
            {
                yield return referenced;
            }
        }
    }

    private static INamespaceSymbol? NamespaceIn(INamespaceSymbol global, string ns)
    {
        var current = global;
        foreach (string segment in ns.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetNamespaceMembers())
            {
                if (member.Name == segment)
                {
                    next = member;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool Resolves(Compilation compilation, string metadataName, string? assembly)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (assembly is null
                || string.Equals(type.ContainingAssembly.Name, assembly, StringComparison.OrdinalIgnoreCase)
                || CoreAssemblies.Contains(assembly))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class ReflectionTypes
    {
        public ReflectionTypes(INamedTypeSymbol? type, INamedTypeSymbol? assembly, INamedTypeSymbol? activator, INamedTypeSymbol? appDomain)
        {
            Type = type;
            Assembly = assembly;
            Activator = activator;
            AppDomain = appDomain;
        }

        public INamedTypeSymbol? Type { get; }

        public INamedTypeSymbol? Assembly { get; }

        public INamedTypeSymbol? Activator { get; }

        public INamedTypeSymbol? AppDomain { get; }
    }
}
