using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// SSOT1003's default test of whether two same-name types look like copies of one thing rather than two things that
/// share a word (docs/rules/SSOT1003.md, "Evidence of copying"). Built once per <see cref="SameNameGroups.Find"/>
/// from the pairs that are left after <see cref="LegitimateFamilies"/>; each pair is then judged from the
/// declarations alone (no binding, no bodies), so the cost stays linear in the compared types.
/// </summary>
internal sealed class CopyEvidence
{
    /// <summary>
    /// The share of member names (Jaccard: shared / all distinct) from which two types of different projects look
    /// like copies: half. A copy that was then tuned (the sample's <c>RetryPolicy</c>: <c>MaxAttempts</c> and
    /// <c>DelayBefore</c> kept, one member each added) keeps about half; two different things that share a word
    /// (an ffprobe <c>CodecType</c> and a DLNA one, a sync-play <c>Group</c> and a database <c>Group</c>) share few.
    /// </summary>
    public const double SharedMembers = 0.5;

    /// <summary>
    /// How many same-name families a namespace must share with one other project to be a parallel model of it (a
    /// second schema of the same entities, a copied set of view models): then every family between that namespace and
    /// that project is a copy whatever its members, since the second model was written from the first, even when it has
    /// since grown apart. Only with that project and the projects it references that the model's own project does not (see
    /// <see cref="IsParallelModelOf"/>): Duplicati's <c>Server.Database</c> repeats three types of
    /// <c>Server.Serialization</c>, but its <c>Connection</c> and <c>TempFile</c> share only a word with the command-line
    /// client's <c>Connection</c> and the utility library's <c>TempFile</c>.
    /// </summary>
    public const int FamiliesOfParallelModel = 3;

    /// <summary>
    /// How many members with the same code (<see cref="DeclaredType.MemberCode"/>) make two types copies even where a
    /// default pattern would call them per-provider variants or alternatives: two, and at least half of the code of the
    /// type with less code. Per-provider entries that are legitimately parallel share member names but not bodies.
    /// </summary>
    public const int SameCodeMembers = 2;

    private readonly HashSet<(string Namespace, string Project)> _parallelModels = new();
    private readonly Dictionary<string, List<string>> _paralleledProjects = new(StringComparer.Ordinal);
    private readonly SolutionIndex? _index;
    private Dictionary<string, HashSet<string>>? _adaptedFrameworks;
    private (HashSet<string> Names, HashSet<string> SimpleNames)? _entities;

    /// <param name="candidates">For each same-name group, the member pairs that no default pattern relates.</param>
    /// <param name="index">ssot-check's solution index (which project references which), or null in a build.</param>
    public CopyEvidence(IEnumerable<IReadOnlyList<(DeclaredType A, DeclaredType B)>> candidates, SolutionIndex? index = null)
    {
        _index = index;
        var familiesByPlace = new Dictionary<(string Namespace, string Project), int>();
        var placesOfGroup = new HashSet<(string, string)>();
        foreach (var pairs in candidates)
        {
            placesOfGroup.Clear();
            foreach (var (a, b) in pairs)
            {
                if (!string.Equals(a.Assembly, b.Assembly, StringComparison.Ordinal))
                {
                    placesOfGroup.Add((a.Namespace, b.Assembly));
                    placesOfGroup.Add((b.Namespace, a.Assembly));
                }
            }

            foreach (var place in placesOfGroup)
            {
                familiesByPlace.TryGetValue(place, out int count);
                familiesByPlace[place] = count + 1;
                if (count + 1 >= FamiliesOfParallelModel && _parallelModels.Add(place))
                {
                    if (!_paralleledProjects.TryGetValue(place.Item1, out var projects))
                    {
                        _paralleledProjects[place.Item1] = projects = new List<string>();
                    }

                    projects.Add(place.Item2);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> look like copies. Two marker types never do (<see cref="IsMarker"/>):
    /// they carry no code to copy; nor do two types generated from different attributes
    /// (<see cref="AreGeneratedFromDifferentAttributes"/>), nor adapters of different frameworks. Otherwise: one is in a
    /// parallel model of the other's project (<see cref="FamiliesOfParallelModel"/>), whatever their kinds; or they are the
    /// same kind of type (class or record, struct, interface, enum; static or not), are not a persistence entity and the
    /// value it stores (<see cref="IsEntityStoringValue"/>, unless they carry the same code), and either in one project
    /// (where the two names collide in every file that sees both), or carry the same code (<see cref="SharesCode"/>), or
    /// share at least half of their member names, except between sibling plug-ins (<see cref="AreSiblingPlugins"/>),
    /// where only the same code counts.
    /// </summary>
    public bool LookLikeCopies(DeclaredType a, DeclaredType b)
    {
        if ((IsMarker(a) && IsMarker(b)) || AreGeneratedFromDifferentAttributes(a, b) || AreAdaptersOfDifferentFrameworks(a, b))
        {
            return false;
        }

        bool sameProject = string.Equals(a.Assembly, b.Assembly, StringComparison.Ordinal);
        if (!sameProject && (IsParallelModelOf(a, b) || IsParallelModelOf(b, a)))
        {
            return true;
        }

        if (!AreSameKind(a, b) || (!sameProject && (IsEntityStoringValue(a, b) || IsEntityStoringValue(b, a)) && !SharesCode(a, b)))
        {
            return false;
        }

        return sameProject || SharesCode(a, b) || (ShareMembers(a.MemberNames, b.MemberNames) && !AreSiblingPlugins(a, b));
    }

    /// <summary>
    /// Whether <paramref name="model"/>'s namespace is a parallel model (<see cref="FamiliesOfParallelModel"/>) of
    /// <paramref name="other"/>'s project, or of a project that references <paramref name="other"/>'s project while the
    /// model's own project does not. A project's model includes the types it takes from its references (jellyfin's unused
    /// <c>Entities.Libraries</c> schema parallels <c>MediaBrowser.Controller</c>'s entities, and re-declares the
    /// <c>MetadataProvider</c> that Controller takes from <c>MediaBrowser.Model</c>, which the schema's project cannot
    /// see). A type the model's project can see and still declares again is its own thing (Duplicati's
    /// <c>Server.Database.TempFile</c>, a database row, beside the <c>Utility.TempFile</c> its project references).
    /// </summary>
    private bool IsParallelModelOf(DeclaredType model, DeclaredType other)
    {
        if (_parallelModels.Contains((model.Namespace, other.Assembly)))
        {
            return true;
        }

        if (_index is not { KnowsProjectReferences: true }
            || !_paralleledProjects.TryGetValue(model.Namespace, out var projects)
            || _index.DependsOn(model.Assembly, other.Assembly))
        {
            return false;
        }

        foreach (string project in projects)
        {
            if (_index.DependsOn(project, other.Assembly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A persistence entity and the value object it stores, in projects neither of which references the other: jellyfin's
    /// <c>Jellyfin.Database.Implementations.Entities.KeyframeData</c> { <c>ItemId</c>, <c>TotalDuration</c>,
    /// <c>KeyframeTicks</c>, <c>Item</c> } and the keyframe extractor's <c>Jellyfin.MediaEncoding.Keyframes.KeyframeData</c>
    /// { <c>TotalDuration</c>, <c>KeyframeTicks</c> }. <paramref name="entity"/> is mapped by Entity Framework Core
    /// (<see cref="DeclaredType.MappedEntities"/> of a <c>DbContext</c> or an <c>IEntityTypeConfiguration&lt;T&gt;</c>) and
    /// navigates to another mapped entity (a property whose type names one); <paramref name="value"/> is not mapped and
    /// every member name of it is one of the entity's. The entity is the value's row: its key and navigation tie it to the
    /// database, which the value's project cannot see. The same code still makes them copies (checked by the caller).
    /// Unknown without ssot-check's solution index.
    /// </summary>
    private bool IsEntityStoringValue(DeclaredType entity, DeclaredType value)
    {
        if (_index is not { KnowsProjectReferences: true } || value.MemberNames.IsEmpty || _index.AreRelated(entity.Assembly, value.Assembly))
        {
            return false;
        }

        var (names, simpleNames) = Entities();
        if (!names.Contains(entity.MetadataName) || names.Contains(value.MetadataName) || !IsSubset(value.MemberNames, entity.MemberNames))
        {
            return false;
        }

        foreach (string typeName in entity.PropertyTypeNames)
        {
            if (!string.Equals(typeName, entity.Name, StringComparison.Ordinal) && simpleNames.Contains(typeName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entities some type of the solution maps (<see cref="DeclaredType.MappedEntities"/>): metadata and simple names, built once.</summary>
    private (HashSet<string> Names, HashSet<string> SimpleNames) Entities()
    {
        if (_entities is { } known)
        {
            return known;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _index!.Types)
        {
            names.UnionWith(type.MappedEntities);
        }

        var entities = (names, new HashSet<string>(names.Select(SymbolNames.SimpleName), StringComparer.Ordinal));
        _entities = entities;
        return entities;
    }

    /// <summary>Whether every name of the sorted list <paramref name="part"/> is in the sorted list <paramref name="whole"/> (a merge).</summary>
    private static bool IsSubset(ImmutableArray<string> part, ImmutableArray<string> whole)
    {
        int j = 0;
        foreach (string name in part)
        {
            while (j < whole.Length && string.CompareOrdinal(whole[j], name) < 0)
            {
                j++;
            }

            if (j == whole.Length || !string.Equals(whole[j], name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two types that declare no member of their own, whose content a source generator writes from their attributes, with
    /// different attributes: eShop's <c>[JsonSerializable(typeof(OrderStartedIntegrationEvent))] partial class
    /// IntegrationEventContext : JsonSerializerContext { }</c> in Basket.API and the one for
    /// <c>GracePeriodConfirmedIntegrationEvent</c> in OrderProcessor share every generated member name and most of the
    /// generated code, yet each serializes its own service's events. The same empty type with the same attributes
    /// generates the same content: still judged by the evidence below (<see cref="DeclaredType.MemberlessAttributes"/>).
    /// </summary>
    private static bool AreGeneratedFromDifferentAttributes(DeclaredType a, DeclaredType b)
        => a.MemberlessAttributes is { } ofA && b.MemberlessAttributes is { } ofB && !string.Equals(ofA, ofB, StringComparison.Ordinal);

    /// <summary>
    /// Two types of sibling adapter projects, each named for the external framework it extends: <c>AutoFixture.NUnit3</c>
    /// derives from or implements NUnit's types, <c>AutoFixture.xUnit2</c> xunit's, and neither references the other. Each
    /// package is that framework's copy of the same surface (a <c>FrozenAttribute</c>, a <c>CustomizeAttribute</c>) by design:
    /// it cannot be shared without making one package depend on the other's framework. The projects' names must differ in
    /// one segment, not the first, and that segment must name a framework (the first namespace segment of a base type
    /// declared outside the solution's sources, <c>System</c> and <c>Microsoft</c> aside) that the
    /// project's own types extend and the other project's do not. Unknown without ssot-check's solution index.
    /// </summary>
    private bool AreAdaptersOfDifferentFrameworks(DeclaredType a, DeclaredType b)
    {
        if (_index is not { KnowsProjectReferences: true } || _index.AreRelated(a.Assembly, b.Assembly))
        {
            return false;
        }

        string[] aName = LegitimateFamilies.Segments(a.Assembly, '.');
        string[] bName = LegitimateFamilies.Segments(b.Assembly, '.');
        int differs = LegitimateFamilies.SiblingSegment(aName, bName);
        if (differs <= 0)
        {
            return false;
        }

        string? aFramework = FrameworkNamedBy(aName[differs], a.Assembly);
        string? bFramework = FrameworkNamedBy(bName[differs], b.Assembly);
        var frameworks = AdaptedFrameworks();
        return aFramework is not null
            && bFramework is not null
            && !string.Equals(aFramework, bFramework, StringComparison.OrdinalIgnoreCase)
            && !(frameworks.TryGetValue(b.Assembly, out var ofB) && ofB.Contains(aFramework))
            && !(frameworks.TryGetValue(a.Assembly, out var ofA) && ofA.Contains(bFramework));
    }

    /// <summary>The external framework <paramref name="assembly"/> extends whose name the project-name segment contains (<c>NUnit3</c>: NUnit).</summary>
    private string? FrameworkNamedBy(string segment, string assembly)
    {
        if (!AdaptedFrameworks().TryGetValue(assembly, out var frameworks))
        {
            return null;
        }

        foreach (string framework in frameworks)
        {
            if (segment.IndexOf(framework, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return framework;
            }
        }

        return null;
    }

    /// <summary>Per assembly, the external frameworks its types derive from or implement (case-insensitive names), built once.</summary>
    private Dictionary<string, HashSet<string>> AdaptedFrameworks()
    {
        if (_adaptedFrameworks is not null)
        {
            return _adaptedFrameworks;
        }

        var declared = new HashSet<string>(_index!.Types.Select(t => t.MetadataName), StringComparer.Ordinal);
        var byAssembly = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in _index.Types)
        {
            foreach (string baseName in type.Bases)
            {
                string definition = SymbolNames.DefinitionName(baseName);
                if (declared.Contains(definition) || FrameworkOf(definition) is not { } framework)
                {
                    continue;
                }

                if (!byAssembly.TryGetValue(type.Assembly, out var frameworks))
                {
                    byAssembly[type.Assembly] = frameworks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                frameworks.Add(framework);
            }
        }

        return _adaptedFrameworks = byAssembly;
    }

    /// <summary>The framework a type name belongs to: its first namespace segment; null for the global namespace and for <c>System</c> and <c>Microsoft</c>, which every project extends.</summary>
    private static string? FrameworkOf(string metadataName)
    {
        string[] segments = LegitimateFamilies.Segments(SymbolNames.NamespaceOf(metadataName), '.');
        return segments.Length == 0 || segments[0] is "System" or "Microsoft" ? null : segments[0];
    }

    /// <summary>
    /// A static class or an interface without members: it holds no state and no code, and exists only to be named
    /// (Duplicati's <c>DatabaseSchemaMarker</c>, one per schema, found with <c>typeof(...).Assembly</c>; an assembly-scanning
    /// marker interface per project). An empty class that can be instantiated is still compared.
    /// </summary>
    private static bool IsMarker(DeclaredType type)
        => type.MemberNames.IsEmpty && (type.Is(DeclaredTypeFlags.Static) || type.Is(DeclaredTypeFlags.Interface));

    /// <summary>
    /// Two types of sibling plug-ins: projects neither of which references the other, named as siblings under a common
    /// prefix (<c>Duplicati.Library.Backend.Backblaze</c> and <c>Duplicati.Library.Backend.DrimeCloud</c>), with the two
    /// types at the same place inside each plug-in (<c>Backend/Backblaze/Model</c> and <c>Backend/DrimeCloud/Model</c>,
    /// <see cref="AtSamePlaceInSiblings"/>). Each plug-in maps its own service, so their API models share member names
    /// (<c>Code</c>, <c>Message</c>, <c>Status</c>) without one being written from the other. Projects in top-level
    /// folders of their own (<c>src/Backend</c>, <c>src/Infra</c>) or named without a common prefix (<c>Shop</c>,
    /// <c>Worker</c>) are not plug-ins of one host: a type copied between them is a copy. Unknown without ssot-check's
    /// solution index.
    /// </summary>
    private bool AreSiblingPlugins(DeclaredType a, DeclaredType b)
        => _index is { KnowsProjectReferences: true }
            && !string.Equals(a.Assembly, b.Assembly, StringComparison.Ordinal)
            && !_index.AreRelated(a.Assembly, b.Assembly)
            && LegitimateFamilies.SiblingSegment(LegitimateFamilies.Segments(a.Assembly, '.'), LegitimateFamilies.Segments(b.Assembly, '.')) > 0
            && (AtSamePlaceInSiblings(LegitimateFamilies.Segments(a.Namespace, '.'), LegitimateFamilies.Segments(b.Namespace, '.'))
                || AtSamePlaceInSiblings(LegitimateFamilies.Folders(a.Path), LegitimateFamilies.Folders(b.Path)));

    /// <summary>
    /// Two places that differ in one segment, with a common parent before it and the same sub-place after it
    /// (<c>Backend/Backblaze/Model</c> and <c>Backend/DrimeCloud/Model</c>). Places that differ in their last segment
    /// (<c>src/Backend</c>, <c>src/Infra</c>) are two projects' own folders, not the same place inside two plug-ins.
    /// </summary>
    private static bool AtSamePlaceInSiblings(string[] a, string[] b)
    {
        int differs = LegitimateFamilies.SiblingSegment(a, b);
        return differs > 0 && differs < a.Length - 1;
    }

    /// <summary>
    /// Whether two types carry the same code: at least <see cref="SameCodeMembers"/> members with identical bodies,
    /// and at least half of the members with code of each (Duplicati's <c>StreamResourceEntryFunction</c>, copied from
    /// one provider to the other with four of six members unchanged). Half of each, not of the smaller: two helpers
    /// copied out of a large utility class into a module that must not depend on it (Duplicati's
    /// <c>WindowsModules.Util</c>, "copied here to reduce dependencies") are an excerpt, not a second copy of the type.
    /// </summary>
    public static bool SharesCode(DeclaredType a, DeclaredType b)
    {
        var x = a.MemberCode;
        var y = b.MemberCode;
        if (x.Length < SameCodeMembers || y.Length < SameCodeMembers)
        {
            return false;
        }

        int same = SameCode(x, y);
        return same >= SameCodeMembers && 2 * same >= Math.Max(x.Length, y.Length);
    }

    /// <summary>How many fingerprints two sorted <see cref="DeclaredType.MemberCode"/> lists share (a merge, no allocation).</summary>
    public static int SameCode(ImmutableArray<int> x, ImmutableArray<int> y)
    {
        int same = 0, i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                same++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return same;
    }

    /// <summary>Class (records included), struct, interface or enum, and static or not: a static helper and an entity are different things.</summary>
    public static bool AreSameKind(DeclaredType a, DeclaredType b)
    {
        const DeclaredTypeFlags Kind = DeclaredTypeFlags.Class | DeclaredTypeFlags.Struct | DeclaredTypeFlags.Interface
            | DeclaredTypeFlags.Enum | DeclaredTypeFlags.Delegate | DeclaredTypeFlags.Static;
        return (a.Flags & Kind) == (b.Flags & Kind);
    }

    /// <summary>
    /// Whether two sorted member-name lists share at least <see cref="SharedMembers"/> of their distinct names
    /// (a merge, no allocation). Two types without members share nothing: empty marker types carry no evidence.
    /// </summary>
    public static bool ShareMembers(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return false;
        }

        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        int all = a.Length + b.Length - shared;
        return shared >= SharedMembers * all;
    }
}
