using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// The namespace dependency graph of a compilation's production source, filled concurrently by the analyzer
/// callbacks: an edge A → B (A ≠ B) for each pair of namespaces with a type reference, keeping the reference that comes
/// first in the source, so the result does not depend on the order the callbacks run in.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly ConcurrentDictionary<(string From, string To), NamespaceReference> _edges = new();

    public void Add(NamespaceReference reference)
    {
        if (reference.From == reference.To)
        {
            return;
        }

        _edges.AddOrUpdate(
            (reference.From, reference.To),
            reference,
            (_, existing) => reference.Precedes(existing) ? reference : existing);
    }

    /// <summary>
    /// Whether a reference at <paramref name="path"/> and <paramref name="position"/> would be the edge's first one
    /// (checked before the reference is built, so the common case, a later reference, allocates nothing).
    /// </summary>
    public bool WouldBeFirst(string from, string to, string path, int position)
        => from != to && (!_edges.TryGetValue((from, to), out var existing) || NamespaceReference.Precedes(path, position, existing));

    /// <summary>The edges recorded so far, each with its first reference.</summary>
    public IReadOnlyDictionary<(string From, string To), NamespaceReference> Edges
        => _edges.ToDictionary(e => e.Key, e => e.Value);
}
