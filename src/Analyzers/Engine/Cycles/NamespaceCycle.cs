using System.Collections.Immutable;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// One strongly connected component of the namespace graph, described by one shortest cycle through it.
/// </summary>
public sealed class NamespaceCycle
{
    public NamespaceCycle(ImmutableArray<string> namespaces, ImmutableArray<NamespaceReference> edges, ImmutableArray<string> component)
    {
        Namespaces = namespaces;
        Edges = edges;
        Component = component;
    }

    /// <summary>The namespaces of the cycle in order, starting at the one it is reported from (not repeated at the end).</summary>
    public ImmutableArray<string> Namespaces { get; }

    /// <summary>The first reference of each edge of the cycle, in cycle order; the last one closes the cycle.</summary>
    public ImmutableArray<NamespaceReference> Edges { get; }

    /// <summary>Every namespace of the strongly connected component, ordinally sorted; more than the cycle's in a tangle.</summary>
    public ImmutableArray<string> Component { get; }

    public NamespaceReference ClosingEdge => Edges[Edges.Length - 1];
}
