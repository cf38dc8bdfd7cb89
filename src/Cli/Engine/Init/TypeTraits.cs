using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>The facts about a type that decide whether it is retired, and whether "never named" means "unused".</summary>
/// <param name="Obsolete">It carries <c>[System.Obsolete]</c>.</param>
/// <param name="FoundWithoutName">
/// A framework or the solution itself can find it without naming it: it has attributes, a base class or interfaces
/// (controllers, handlers, plugins found by scanning), or extension methods (called through their first parameter),
/// or it is an entry point (<c>Program</c>, <c>Startup</c>). Zero name references then prove nothing.
/// </param>
internal readonly record struct TypeTraits(bool Obsolete, bool FoundWithoutName)
{
    public static TypeTraits Of(INamedTypeSymbol type)
    {
        var attributes = type.GetAttributes();
        bool obsolete = attributes.Any(a => a.AttributeClass is { Name: "ObsoleteAttribute" } c && c.ContainingNamespace?.ToDisplayString() == "System");
        bool foundWithoutName = !attributes.IsEmpty
            || type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum or SpecialType.System_MulticastDelegate) }
            || !type.Interfaces.IsEmpty
            || type.MightContainExtensionMethods
            || type.Name is "Program" or "Startup";
        return new TypeTraits(obsolete, foundWithoutName);
    }
}
