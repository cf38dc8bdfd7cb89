using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// Finds the cycles of a namespace graph: the strongly connected components (Tarjan), each described by one shortest
/// cycle through the ordinally smallest namespace that counts. A component in which every namespace is accepted
/// (<c>cycles.ignore</c>) is left out; in a mixed one the cycle starts at the smallest namespace that is not accepted,
/// so the reported cycle always has one. Everything is ordinal, so the result does not depend on input order.
/// </summary>
public static class NamespaceCycleFinder
{
    public static ImmutableArray<NamespaceCycle> Find(
        IReadOnlyDictionary<(string From, string To), NamespaceReference> edges,
        Func<string, bool> isAccepted)
    {
        var successors = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in edges.Keys)
        {
            Successors(successors, edge.From).Add(edge.To);
            Successors(successors, edge.To);
        }

        foreach (var list in successors.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        var cycles = ImmutableArray.CreateBuilder<NamespaceCycle>();
        foreach (var component in StronglyConnectedComponents(successors))
        {
            if (component.Count < 2)
            {
                continue;
            }

            string? start = component.FirstOrDefault(n => !isAccepted(n));
            if (start is null)
            {
                continue;
            }

            var members = new HashSet<string>(component, StringComparer.Ordinal);
            var path = ShortestCycle(start, successors, members);
            if (path.Count < 2)
            {
                continue;
            }

            var references = ImmutableArray.CreateBuilder<NamespaceReference>(path.Count);
            for (int i = 0; i < path.Count; i++)
            {
                references.Add(edges[(path[i], path[(i + 1) % path.Count])]);
            }

            cycles.Add(new NamespaceCycle(path.ToImmutableArray(), references.MoveToImmutable(), component.ToImmutableArray()));
        }

        return cycles.OrderBy(c => c.Namespaces[0], StringComparer.Ordinal).ToImmutableArray();
    }

    private static List<string> Successors(SortedDictionary<string, List<string>> graph, string node)
    {
        if (!graph.TryGetValue(node, out var list))
        {
            list = new List<string>();
            graph.Add(node, list);
        }

        return list;
    }

    /// <summary>Tarjan's algorithm without recursion; each component comes back ordinally sorted.</summary>
    private static List<List<string>> StronglyConnectedComponents(SortedDictionary<string, List<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        int next = 0;

        foreach (string root in graph.Keys)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, int Child)>();
            work.Push((root, 0));
            index[root] = lowLink[root] = next++;
            stack.Push(root);
            onStack.Add(root);

            while (work.Count > 0)
            {
                var (node, child) = work.Pop();
                var children = graph[node];
                if (child < children.Count)
                {
                    work.Push((node, child + 1));
                    string target = children[child];
                    if (!index.TryGetValue(target, out int targetIndex))
                    {
                        index[target] = lowLink[target] = next++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push((target, 0));
                    }
                    else if (onStack.Contains(target))
                    {
                        lowLink[node] = Math.Min(lowLink[node], targetIndex);
                    }

                    continue;
                }

                if (lowLink[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);

                    component.Sort(StringComparer.Ordinal);
                    components.Add(component);
                }

                if (work.Count > 0)
                {
                    string parent = work.Peek().Node;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[node]);
                }
            }
        }

        return components;
    }

    /// <summary>
    /// A shortest cycle through <paramref name="start"/> inside the component (breadth-first over ordinally sorted
    /// successors, so ties resolve the same way every time): the namespaces from the start, not repeating it.
    /// </summary>
    private static List<string> ShortestCycle(string start, SortedDictionary<string, List<string>> graph, HashSet<string> members)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        while (queue.Count > 0)
        {
            string node = queue.Dequeue();
            foreach (string target in graph[node])
            {
                if (target == start)
                {
                    var path = new List<string>();
                    for (string at = node; at != start; at = parent[at])
                    {
                        path.Add(at);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (members.Contains(target) && visited.Add(target))
                {
                    parent[target] = node;
                    queue.Enqueue(target);
                }
            }
        }

        // Unreachable for a strongly connected component of two or more namespaces.
        return new List<string> { start };
    }
}
