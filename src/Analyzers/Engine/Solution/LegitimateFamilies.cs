using System;
using System.Collections.Generic;
using System.Linq;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// SSOT1003's default judgement of same-name types that are not copies of each other (docs/rules/SSOT1003.md, "Left
/// alone by default"): which types are never compared (migrations, localization classes) and which two members of a
/// same-name group belong to one family (per-provider copies, a specialisation by subclass, alternative
/// implementations of one interface). Built once per <see cref="SameNameGroups.Find"/> over the compared types.
/// </summary>
internal sealed class LegitimateFamilies
{
    /// <summary>
    /// How many type names two parallel places must share to be per-provider copies of each other: the reported name
    /// and at least one more. A single shared name is exactly what a copied class looks like; a repeated set of names
    /// in places that differ in one segment is a structure repeated per provider, plugin or service.
    /// </summary>
    public const int SharedNamesOfParallelPlaces = 2;

    /// <summary>Names every project has once, which say nothing about two places having the same structure.</summary>
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal) { "Program", "Startup", "AssemblyInfo", "GlobalUsings", "ThisAssembly" };

    /// <summary>Last namespace segments of generated localization and resource classes (resx designer classes).</summary>
    private static readonly HashSet<string> LocalizationSegments = new(StringComparer.Ordinal) { "Strings", "Resources", "Properties" };

    private readonly IReadOnlyList<DeclaredType> _types;
    private readonly SolutionIndex? _index;
    private readonly Dictionary<string, HashSet<string>> _namesByPlace = new(StringComparer.Ordinal);

    /// <param name="types">The types compared (top-level, in scope): the evidence of which names places share.</param>
    /// <param name="index">ssot-check's solution index (which project references which), or null in a build.</param>
    public LegitimateFamilies(IReadOnlyList<DeclaredType> types, SolutionIndex? index)
    {
        _types = types;
        _index = index;
    }

    /// <summary>
    /// Types SSOT1003 never compares by default: migrations (generated in spirit: a migration base, a
    /// <c>[Migration]</c>/<c>[DbContext]</c> attribute, or a <c>Migrations</c> namespace segment) and the classes of
    /// a localization namespace (last segment <c>Strings</c>, <c>Resources</c> or <c>Properties</c>).
    /// </summary>
    public static bool IsLeftAlone(DeclaredType type)
    {
        if (type.Is(DeclaredTypeFlags.Migration))
        {
            return true;
        }

        string[] segments = Segments(type.Namespace, '.');
        return Array.IndexOf(segments, "Migrations") >= 0
            || (segments.Length > 0 && LocalizationSegments.Contains(segments[segments.Length - 1]));
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> (same name, different namespaces) are one family. In
    /// two projects one of which references the other, only a specialisation is: the copy could use the original.
    /// An abstract class is a shared abstraction, so a copy of it is never an alternative or per-provider copy; nor
    /// are two types that carry the same code (<see cref="CopyEvidence.SharesCode"/>): a copied helper, not a variant.
    /// </summary>
    public bool AreOneFamily(DeclaredType a, DeclaredType b)
    {
        if (Specialises(a, b) || Specialises(b, a))
        {
            return true;
        }

        if (a.Is(DeclaredTypeFlags.Abstract) || b.Is(DeclaredTypeFlags.Abstract) || InProjectsThatSeeEachOther(a, b) || CopyEvidence.SharesCode(a, b))
        {
            return false;
        }

        return AreAlternatives(a, b) || AreParallelCopies(a, b);
    }

    private bool InProjectsThatSeeEachOther(DeclaredType a, DeclaredType b)
        => !string.Equals(a.Assembly, b.Assembly, StringComparison.Ordinal)
            && _index is { KnowsProjectReferences: true }
            && _index.AreRelated(a.Assembly, b.Assembly);

    /// <summary>One derives from the other (directly or through other classes): a specialisation, not a copy.</summary>
    private static bool Specialises(DeclaredType derived, DeclaredType baseType)
        => derived.BaseChain.Contains(baseType.MetadataName, StringComparer.Ordinal);

    /// <summary>
    /// Implementations of one interface or base class in sibling namespaces or folders
    /// (<c>Data.Dapper.UserRepository</c> and <c>Data.EntityFramework.UserRepository</c>, both <c>IUserRepository</c>;
    /// each plugin's <c>PluginConfiguration : BasePluginConfiguration</c>): alternatives, not copies. Types of the
    /// <c>System</c> namespaces (<c>IDisposable</c>, <c>IEquatable&lt;T&gt;</c>, <c>Exception</c>) are traits, not a strategy.
    /// </summary>
    private static bool AreAlternatives(DeclaredType a, DeclaredType b)
    {
        if (!a.IsConcrete || !b.IsConcrete
            || (SiblingSegment(Segments(a.Namespace, '.'), Segments(b.Namespace, '.')) < 0
                && SiblingSegment(Folders(a.Path), Folders(b.Path)) < 0))
        {
            return false;
        }

        foreach (string implemented in a.Bases)
        {
            if (!IsSystem(implemented) && b.Bases.Contains(implemented, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per-provider copies: namespaces, folders or projects that differ in exactly one segment
    /// (<c>Plugins.Tmdb</c> and <c>Plugins.Omdb</c>; <c>Catalog.API</c> and <c>Ordering.API</c>) whose subtrees
    /// share at least <see cref="SharedNamesOfParallelPlaces"/> type names; sibling projects must also put the two
    /// types in namespaces with the same last segment (<c>...IntegrationEvents.Events</c> in each service). And
    /// per-service copies: two projects neither of which references the other (directly or not) that share as many
    /// names, such as the services of a microservice solution, each with its copy of a message contract.
    /// </summary>
    private bool AreParallelCopies(DeclaredType a, DeclaredType b)
    {
        string[] aNamespace = Segments(a.Namespace, '.');
        string[] bNamespace = Segments(b.Namespace, '.');
        int differs = SiblingSegment(aNamespace, bNamespace);
        if (differs >= 0 && ShareNames("ns:", aNamespace, bNamespace, differs, t => t.Namespace, '.'))
        {
            return true;
        }

        string[] aFolders = Folders(a.Path);
        string[] bFolders = Folders(b.Path);
        differs = SiblingSegment(aFolders, bFolders);
        if (differs >= 0 && ShareNames("dir:", aFolders, bFolders, differs, t => Directory(t.Path), '/'))
        {
            return true;
        }

        if (string.Equals(a.Assembly, b.Assembly, StringComparison.Ordinal))
        {
            return false;
        }

        if (_index is { KnowsProjectReferences: true } && !_index.AreRelated(a.Assembly, b.Assembly) && SharedByProjects(a, b))
        {
            return true;
        }

        return aNamespace.Length > 0
            && bNamespace.Length > 0
            && string.Equals(aNamespace[aNamespace.Length - 1], bNamespace[bNamespace.Length - 1], StringComparison.Ordinal)
            && SiblingSegment(Segments(a.Assembly, '.'), Segments(b.Assembly, '.')) >= 0
            && SharedByProjects(a, b);
    }

    private bool SharedByProjects(DeclaredType a, DeclaredType b)
        => Shared(
            NamesOf("asm:" + a.Assembly, t => string.Equals(t.Assembly, a.Assembly, StringComparison.Ordinal)),
            NamesOf("asm:" + b.Assembly, t => string.Equals(t.Assembly, b.Assembly, StringComparison.Ordinal)));

    /// <summary>Whether the subtrees rooted at the differing segment (<c>Plugins.Tmdb.*</c>, <c>Plugins.Omdb.*</c>) share enough names.</summary>
    private bool ShareNames(string kind, string[] a, string[] b, int differs, Func<DeclaredType, string> placeOf, char separator)
    {
        string aRoot = string.Join(separator.ToString(), a, 0, differs + 1);
        string bRoot = string.Join(separator.ToString(), b, 0, differs + 1);
        return Shared(
            NamesOf(kind + aRoot, t => IsWithin(placeOf(t), aRoot, separator)),
            NamesOf(kind + bRoot, t => IsWithin(placeOf(t), bRoot, separator)));
    }

    private static bool Shared(HashSet<string> a, HashSet<string> b)
    {
        int shared = 0;
        foreach (string name in a)
        {
            if (b.Contains(name) && ++shared >= SharedNamesOfParallelPlaces)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> NamesOf(string key, Func<DeclaredType, bool> isIn)
    {
        if (!_namesByPlace.TryGetValue(key, out var names))
        {
            names = new HashSet<string>(_types.Where(isIn).Select(t => t.Name).Where(n => !Boilerplate.Contains(n)), StringComparer.Ordinal);
            _namesByPlace[key] = names;
        }

        return names;
    }

    /// <summary>
    /// The index of the one segment in which two paths of the same length (at least two segments) differ, or -1
    /// when they differ in none or in more than one.
    /// </summary>
    internal static int SiblingSegment(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length < 2)
        {
            return -1;
        }

        int differs = -1;
        for (int i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                if (differs >= 0)
                {
                    return -1;
                }

                differs = i;
            }
        }

        return differs;
    }

    private static bool IsWithin(string place, string root, char separator)
        => place.Length == root.Length
            ? string.Equals(place, root, StringComparison.Ordinal)
            : place.Length > root.Length && place[root.Length] == separator && place.StartsWith(root, StringComparison.Ordinal);

    private static bool IsSystem(string metadataName) => metadataName.StartsWith("System.", StringComparison.Ordinal);

    internal static string[] Segments(string name, char separator) => name.Length == 0 ? Array.Empty<string>() : name.Split(separator);

    private static string Directory(string path)
    {
        string normalized = path.Replace('\\', '/');
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    internal static string[] Folders(string path) => Segments(Directory(path), '/');
}
