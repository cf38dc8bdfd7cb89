using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Engine.Cycles;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class NamespaceCycleFinderTests
{
    [Fact]
    public void The_result_does_not_depend_on_the_order_edges_were_recorded_in()
    {
        var edges = new[] { ("D", "B"), ("B", "C"), ("C", "D"), ("A", "B"), ("B", "A"), ("C", "A"), ("E", "F"), ("F", "E"), ("G", "A") };

        string forward = Describe(NamespaceCycleFinder.Find(Graph(edges), _ => false));
        string backward = Describe(NamespaceCycleFinder.Find(Graph(edges.Reverse()), _ => false));

        Assert.Equal("A>B | A,B,C,D\nE>F | E,F", forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void The_shortest_cycle_through_the_start_is_chosen_and_ties_go_to_the_ordinally_smaller_path()
    {
        // A → Z → A is two edges; A → B → C → A three; A → Y → A ties with A → Z → A and wins by name.
        var cycles = NamespaceCycleFinder.Find(
            Graph(new[] { ("A", "B"), ("B", "C"), ("C", "A"), ("A", "Z"), ("Z", "A"), ("A", "Y"), ("Y", "A") }),
            _ => false);

        Assert.Equal("A>Y | A,B,C,Y,Z", Describe(cycles));
        var cycle = Assert.Single(cycles);
        Assert.Equal(new[] { "A->Y", "Y->A" }, cycle.Edges.Select(e => e.From + "->" + e.To));
        Assert.Equal("Y->A", cycle.ClosingEdge.From + "->" + cycle.ClosingEdge.To);
    }

    [Fact]
    public void An_accepted_component_is_left_out_and_a_mixed_one_starts_at_its_smallest_unaccepted_namespace()
    {
        var edges = Graph(new[] { ("Legacy.A", "Legacy.B"), ("Legacy.B", "Legacy.A"), ("Legacy.B", "Core"), ("Core", "Legacy.B"), ("X.A", "X.B"), ("X.B", "X.A") });

        var cycles = NamespaceCycleFinder.Find(edges, ns => ns.StartsWith("Legacy.", StringComparison.Ordinal) || ns.StartsWith("X.", StringComparison.Ordinal));

        Assert.Equal("Core>Legacy.B | Core,Legacy.A,Legacy.B", Describe(cycles));
    }

    [Fact]
    public void The_graph_keeps_the_first_reference_of_each_edge_by_path_then_position_and_no_self_edges()
    {
        var graph = new NamespaceGraph();
        graph.Add(Reference("A", "B", "src/b.cs", 40));
        graph.Add(Reference("A", "B", "src/a.cs", 90));
        graph.Add(Reference("A", "B", "src/a.cs", 10));
        graph.Add(Reference("A", "B", "src/c.cs", 0));
        graph.Add(Reference("A", "A", "src/a.cs", 0));

        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("A", "B"), edge.Key);
        Assert.Equal(("/repo/src/a.cs", 10), (edge.Value.Path, edge.Value.Position));
    }

    private static string Describe(IEnumerable<NamespaceCycle> cycles)
        => string.Join("\n", cycles.Select(c => string.Join(">", c.Namespaces) + " | " + string.Join(",", c.Component)));

    private static IReadOnlyDictionary<(string From, string To), NamespaceReference> Graph(IEnumerable<(string From, string To)> edges)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, to) in edges)
        {
            graph.Add(Reference(from, to, $"src/{from}.cs", 0));
        }

        return graph.Edges;
    }

    private static NamespaceReference Reference(string from, string to, string path, int position)
    {
        var tree = SyntaxFactory.ParseSyntaxTree(new string(' ', 100), path: "/repo/" + path);
        return new NamespaceReference(from, to, "T", Location.Create(tree, new TextSpan(position, 1)));
    }
}
