using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Solution;

/// <summary>One hand-written test double that repeats another of the same type.</summary>
public readonly struct RepeatedDouble
{
    public RepeatedDouble(DeclaredType duplicate, string doubled, DeclaredType first, string behaviour)
    {
        Duplicate = duplicate;
        Doubled = doubled;
        First = first;
        Behaviour = behaviour;
    }

    public DeclaredType Duplicate { get; }

    /// <summary>The metadata name of the interface or base class both doubles stand in for.</summary>
    public string Doubled { get; }

    /// <summary>The double to share instead: top-level before nested, then one in a file of its own name, then by file and position.</summary>
    public DeclaredType First { get; }

    /// <summary>The behaviour both are named for (<see cref="DoubleBehaviour"/>); empty when they are named for none.</summary>
    public string Behaviour { get; }
}

/// <summary>
/// SSOT1004's grouping. A hand-written double is a concrete class in a test file that directly implements an
/// interface, or that derives from a base class and is named like a double (<c>testDoubles.match</c>: test
/// classes derive from shared fixtures, so a base class alone proves nothing). Doubles are grouped by what they
/// stand in for and by the behaviour their name is for (<see cref="DoubleBehaviour"/>: <c>FakeBackend</c> and
/// <c>MockBackend</c> are the same again, <c>NoFreeSpaceBackend</c> is a deliberate variant); every double after the
/// first of a group is a repeat. Framework types (<c>System.IDisposable</c>, test-framework interfaces…), the
/// extension points of test libraries (<see cref="DeclaredType.ExtensionPoints"/>) and <c>testDoubles.ignore</c>
/// never form a group.
/// </summary>
public static class TestDoubleGroups
{
    private static readonly char[] PathSeparators = { '/', '\\' };

    /// <summary>Base classes every kind of class derives from; deriving from them doubles nothing.</summary>
    private static readonly ImmutableHashSet<string> FrameworkBaseClasses = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Attribute",
        "System.Exception",
        "System.EventArgs",
        "System.MarshalByRefObject");

    /// <summary>Test frameworks: fixtures and lifetimes, not seams of the code under test.</summary>
    /// <summary>Test frameworks: fixtures and lifetimes, not seams of the code under test.</summary>
    private static readonly string[] TestFrameworkNamespaces = { "Xunit.", "NUnit.", "Microsoft.VisualStudio.TestTools.", "TUnit." };

    /// <summary>
    /// Namespaces of value protocols (<c>IDisposable</c>, <c>IConvertible</c>, <c>IEquatable&lt;T&gt;</c>,
    /// collections, serialization): a test class implementing one is test data, not a stand-in for a dependency.
    /// </summary>
    private static readonly string[] ProtocolNamespaces = { "System.Collections", "System.Runtime", "System.ComponentModel" };

    /// <param name="index">
    /// ssot-check's solution index: with the project references, a double repeats an earlier one only where it could
    /// use it (<see cref="CouldUse"/>); null in a build.
    /// </param>
    public static ImmutableArray<RepeatedDouble> Find(IEnumerable<DeclaredType> types, TestDoublesSection settings, SolutionIndex? index = null)
    {
        var ignored = new HashSet<string>(settings.Ignore.Select(i => i.Value), StringComparer.Ordinal);
        var all = types as IReadOnlyList<DeclaredType> ?? types.ToList();
        var markers = MarkerInterfaces(all);
        var byDoubled = new Dictionary<(string Doubled, string Behaviour), List<DeclaredType>>();
        foreach (var type in all)
        {
            if (!type.Is(DeclaredTypeFlags.Test) || !type.IsConcrete)
            {
                continue;
            }

            for (int i = 0; i < type.Bases.Length; i++)
            {
                string doubled = type.Bases[i];
                bool isBaseClass = i == 0 && type.Is(DeclaredTypeFlags.HasBaseClass);
                string definition = SymbolNames.DefinitionName(doubled);
                if ((isBaseClass && !NameGlob.MatchesAny(settings.Match, type.Name))
                    || ignored.Contains(definition)
                    || (markers.Contains(definition) && type.MemberNames.IsEmpty)
                    || type.ExtensionPoints.Contains(doubled)
                    || IsFrameworkType(definition, isBaseClass))
                {
                    continue;
                }

                var key = (doubled, DoubleBehaviour.Of(type.Name, doubled));
                if (!byDoubled.TryGetValue(key, out var members))
                {
                    byDoubled[key] = members = new List<DeclaredType>();
                }

                members.Add(type);
            }
        }

        // A double of two interfaces is reported once: for the first (by name) group it repeats.
        var repeats = new Dictionary<DeclaredType, RepeatedDouble>();
        foreach (var pair in byDoubled.OrderBy(p => p.Key.Doubled, StringComparer.Ordinal).ThenBy(p => p.Key.Behaviour, StringComparer.Ordinal))
        {
            var members = pair.Value.Distinct().ToList();
            if (members.Count < 2)
            {
                continue;
            }

            members.Sort(CompareForSharing);
            for (int k = 1; k < members.Count; k++)
            {
                var duplicate = members[k];
                if (repeats.ContainsKey(duplicate))
                {
                    continue;
                }

                var existing = members.Take(k).FirstOrDefault(earlier => CouldUse(duplicate, earlier, index));
                if (existing is not null)
                {
                    repeats.Add(duplicate, new RepeatedDouble(duplicate, pair.Key.Doubled, existing, pair.Key.Behaviour));
                }
            }
        }

        return repeats.Values.OrderBy(r => r.Duplicate, Comparer<DeclaredType>.Create(DeclaredType.CompareByPlace)).ToImmutableArray();
    }

    /// <summary>
    /// Whether <paramref name="duplicate"/> repeats <paramref name="existing"/>: in the same project, or in a project that
    /// references the existing double's project (directly or not), so it could use it; otherwise (a test project that
    /// cannot see the other) when it has the same name (a copy), or when the two are interchangeable: one of them carries
    /// no code (its members answer with constants or fields: <c>Now =&gt; default</c>, <see cref="Solution.MemberCode"/>) or
    /// they share some. Two doubles with names and code of their own that share none, in test projects that cannot see each
    /// other, were written for each project's scenario: bitwarden's private <c>TestDataProtector</c> of <c>Core.Test</c>
    /// (returns the token it is given, throws elsewhere) beside <c>Commercial.Core.Test</c>'s <c>MockDataProtector</c>
    /// (builds a business-unit invite token). Without the project references, every double of a group repeats the first.
    /// </summary>
    private static bool CouldUse(DeclaredType duplicate, DeclaredType existing, SolutionIndex? index)
        => index is not { KnowsProjectReferences: true }
            || string.Equals(duplicate.Assembly, existing.Assembly, StringComparison.Ordinal)
            || index.DependsOn(duplicate.Assembly, existing.Assembly)
            || string.Equals(duplicate.Name, existing.Name, StringComparison.Ordinal)
            || duplicate.MemberCode.IsEmpty
            || existing.MemberCode.IsEmpty
            || CopyEvidence.SameCode(duplicate.MemberCode, existing.MemberCode) > 0;

    /// <summary>
    /// The solution's interfaces that declare no member (markers, such as AutoFixture's documentation <c>IFoo</c>). An
    /// implementation that declares no member either (its <c>DefaultFoo</c> and <c>DummyFoo</c>) stands in for no
    /// behaviour: it is a tag a test tells apart by type, not a double. (An interface's own base interfaces are not
    /// known here, so an implementation with members still counts: it implements what the marker inherits.)
    /// </summary>
    private static HashSet<string> MarkerInterfaces(IReadOnlyList<DeclaredType> types)
        => new(
            types.Where(t => t.Is(DeclaredTypeFlags.Interface) && t.MemberNames.IsEmpty).Select(t => t.MetadataName),
            StringComparer.Ordinal);

    /// <summary>The double to share first: top-level before nested, then one in a file of its own name, then by place.</summary>
    private static int CompareForSharing(DeclaredType a, DeclaredType b)
    {
        int nested = a.Is(DeclaredTypeFlags.Nested).CompareTo(b.Is(DeclaredTypeFlags.Nested));
        if (nested != 0)
        {
            return nested;
        }

        int ownFile = InOwnFile(b).CompareTo(InOwnFile(a));
        return ownFile != 0 ? ownFile : DeclaredType.CompareByPlace(a, b);
    }

    /// <summary>Declared in a file named after it (<c>FakeClock.cs</c>): a double meant to be shared.</summary>
    private static bool InOwnFile(DeclaredType type)
    {
        int start = type.Path.LastIndexOfAny(PathSeparators) + 1;
        int dot = type.Path.IndexOf('.', start);
        string file = dot < 0 ? type.Path.Substring(start) : type.Path.Substring(start, dot - start);
        return string.Equals(file, type.Name, StringComparison.Ordinal);
    }

    private static bool IsFrameworkType(string metadataName, bool isBaseClass)
    {
        foreach (string prefix in TestFrameworkNamespaces)
        {
            if (metadataName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (isBaseClass)
        {
            return FrameworkBaseClasses.Contains(metadataName);
        }

        string ns = SymbolNames.NamespaceOf(metadataName);
        if (ns == "System")
        {
            return true;
        }

        foreach (string protocol in ProtocolNamespaces)
        {
            if (ns == protocol || ns.StartsWith(protocol + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
