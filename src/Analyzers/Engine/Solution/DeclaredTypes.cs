using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine.Solution;

/// <summary>Turns a type symbol into a <see cref="DeclaredType"/>; the one place that decides what is recorded.</summary>
public static class DeclaredTypes
{
    /// <summary>
    /// The declaration of <paramref name="type"/>, or null when it is not a type the duplicate rules look at:
    /// implicitly declared, file-local, without a source location, or in generated or excluded code.
    /// </summary>
    public static DeclaredType? From(INamedTypeSymbol type, SsotCompilationContext context)
    {
        if (type.IsImplicitlyDeclared || type.IsFileLocal || type.Locations.IsEmpty)
        {
            return null;
        }

        Location? location = null;
        foreach (var candidate in type.Locations)
        {
            if (candidate.IsInSource)
            {
                location = candidate;
                break;
            }
        }

        if (location is null)
        {
            return null;
        }

        var file = context.Classify(location.SourceTree!);
        if (file.IsExcluded)
        {
            return null;
        }

        var bases = BasesOf(type, out bool hasBaseClass, out var extensionPoints);
        var flags = KindOf(type);
        if (hasBaseClass)
        {
            flags |= DeclaredTypeFlags.HasBaseClass;
        }

        if (file.IsTest)
        {
            flags |= DeclaredTypeFlags.Test;
        }

        var baseChain = BaseChainOf(type, out bool derivesFromMigration);
        if (derivesFromMigration || (type.TypeKind == TypeKind.Class && HasMigrationAttribute(type)))
        {
            flags |= DeclaredTypeFlags.Migration;
        }

        return new DeclaredType(type.ContainingAssembly.Name, SymbolNames.MetadataName(type), flags, location, bases, baseChain, extensionPoints, SymbolNames.DisplayName(type), MemberNamesOf(type), declarations: type.DeclaringSyntaxReferences, mappedEntities: MappedEntitiesOf(type, baseChain));
    }

    /// <summary>
    /// Every source type of the compilation, nested ones included, declared in a tree <paramref name="include"/>
    /// accepts (ssot-check passes its scored files, which leaves out generated code); for the solution index.
    /// </summary>
    public static IEnumerable<DeclaredType> All(
        Compilation compilation,
        SsotCompilationContext context,
        System.Func<SyntaxTree, bool> include,
        System.Threading.CancellationToken cancellationToken)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = stack.Pop();
            foreach (var member in MembersOf(container))
            {
                if (member is INamespaceSymbol ns)
                {
                    stack.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    stack.Push(type);
                    if (From(type, context) is { } declared && include(declared.Location.SourceTree!))
                    {
                        yield return declared;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A namespace's namespaces and types, or a type's nested types (in the lexical order its
    /// <see cref="INamespaceOrTypeSymbol.GetMembers()"/> gives them too). A type's nested types alone: its
    /// <c>GetMembers()</c> would create a symbol for every method, field and property and bind their signatures,
    /// which the index does not need.
    /// </summary>
    private static IEnumerable<INamespaceOrTypeSymbol> MembersOf(INamespaceOrTypeSymbol container)
        => container is INamespaceSymbol ns ? ns.GetMembers() : container.GetTypeMembers();

    /// <summary>
    /// The names the type declares (<see cref="INamedTypeSymbol.MemberNames"/>, read from the declaration without
    /// binding), without constructors (<c>.ctor</c>, <c>.cctor</c>) and compiler-generated names, sorted.
    /// </summary>
    private static ImmutableArray<string> MemberNamesOf(INamedTypeSymbol type)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (string name in type.MemberNames)
        {
            if (name.Length > 0 && name[0] != '.' && name[0] != '<')
            {
                builder.Add(name);
            }
        }

        builder.Sort(System.StringComparer.Ordinal);
        return builder.ToImmutable();
    }

    /// <summary>The Entity Framework Core context base class: its <c>DbSet&lt;T&gt;</c> properties map entities.</summary>
    private const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    /// <summary>The Entity Framework Core interface whose implementations map their type argument.</summary>
    private const string EntityTypeConfiguration = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1";

    /// <summary>
    /// The entities an Entity Framework Core type maps (metadata names): the <c>T</c> of each <c>DbSet&lt;T&gt;</c>
    /// property of a <c>DbContext</c>, or of an <c>IEntityTypeConfiguration&lt;T&gt;</c> it implements. Empty for
    /// every other type, whose members are not bound for this.
    /// </summary>
    private static ImmutableArray<string> MappedEntitiesOf(INamedTypeSymbol type, ImmutableArray<string> baseChain)
    {
        ImmutableArray<string>.Builder? mapped = null;
        foreach (var implemented in type.Interfaces)
        {
            if (implemented.TypeArguments.Length == 1 && implemented.TypeArguments[0] is INamedTypeSymbol entity
                && string.Equals(SymbolNames.MetadataName(implemented.OriginalDefinition), EntityTypeConfiguration, System.StringComparison.Ordinal))
            {
                (mapped ??= ImmutableArray.CreateBuilder<string>()).Add(SymbolNames.MetadataName(entity.OriginalDefinition));
            }
        }

        if (baseChain.Contains(DbContext))
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set } && set.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    (mapped ??= ImmutableArray.CreateBuilder<string>()).Add(SymbolNames.MetadataName(entity.OriginalDefinition));
                }
            }
        }

        return mapped?.ToImmutable() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>Base classes whose subclasses are database migrations (EF Core, FluentMigrator), by simple name: restore may have failed.</summary>
    private static readonly string[] MigrationBases = { "Migration", "ModelSnapshot", "ForwardOnlyMigration", "AutoReversingMigration" };

    /// <summary>Attributes only migrations carry: EF Core's and FluentMigrator's <c>[Migration]</c>, EF Core's <c>[DbContext]</c>.</summary>
    private static readonly string[] MigrationAttributes = { "MigrationAttribute", "Migration", "DbContextAttribute", "DbContext" };

    /// <summary>The base classes up to object (definitions); an unresolved base ends it but still counts for migrations.</summary>
    private static ImmutableArray<string> BaseChainOf(INamedTypeSymbol type, out bool derivesFromMigration)
    {
        derivesFromMigration = false;
        if (type.TypeKind != TypeKind.Class)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            derivesFromMigration |= System.Array.IndexOf(MigrationBases, current.Name) >= 0;
            if (current.TypeKind == TypeKind.Error)
            {
                break;
            }

            builder.Add(SymbolNames.MetadataName(current.OriginalDefinition));
        }

        return builder.ToImmutable();
    }

    private static bool HasMigrationAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && System.Array.IndexOf(MigrationAttributes, attributeClass.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static DeclaredTypeFlags KindOf(INamedTypeSymbol type)
    {
        var flags = type.TypeKind switch
        {
            TypeKind.Class => DeclaredTypeFlags.Class,
            TypeKind.Struct => DeclaredTypeFlags.Struct,
            TypeKind.Interface => DeclaredTypeFlags.Interface,
            TypeKind.Enum => DeclaredTypeFlags.Enum,
            TypeKind.Delegate => DeclaredTypeFlags.Delegate,
            _ => DeclaredTypeFlags.None,
        };
        if (type.IsAbstract && type.TypeKind == TypeKind.Class)
        {
            flags |= DeclaredTypeFlags.Abstract;
        }

        if (type.IsStatic)
        {
            flags |= DeclaredTypeFlags.Static;
        }

        if (type.ContainingType is not null)
        {
            flags |= DeclaredTypeFlags.Nested;
        }

        return flags;
    }

    /// <param name="extensionPoints">The bases a test library declares (<see cref="TestLibraries"/>).</param>
    private static ImmutableArray<string> BasesOf(INamedTypeSymbol type, out bool hasBaseClass, out ImmutableArray<string> extensionPoints)
    {
        hasBaseClass = false;
        extensionPoints = ImmutableArray<string>.Empty;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string>.Builder? fromTestLibraries = null;
        void Add(INamedTypeSymbol baseType)
        {
            string name = SymbolNames.ConstructedName(baseType);
            builder.Add(name);
            if (TestLibraries.Declares(baseType, type.ContainingAssembly))
            {
                (fromTestLibraries ??= ImmutableArray.CreateBuilder<string>()).Add(name);
            }
        }

        if (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) } baseType
            && baseType.TypeKind != TypeKind.Error)
        {
            Add(baseType);
            hasBaseClass = true;
        }

        foreach (var implemented in type.Interfaces)
        {
            if (implemented.TypeKind != TypeKind.Error)
            {
                Add(implemented);
            }
        }

        extensionPoints = fromTestLibraries?.ToImmutable() ?? ImmutableArray<string>.Empty;
        return builder.ToImmutable();
    }
}
