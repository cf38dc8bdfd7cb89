using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class SolutionIndexTests
{
    [Fact]
    public void Declarations_and_resolvable_names_survive_a_round_trip_including_hostile_paths_and_names()
    {
        var location = Location.Create(
            "/repo/odd\tfolder;x\\y\nz/File.cs",
            new TextSpan(10, 7),
            new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 11)));
        var type = new DeclaredType(
            "My;Assembly",
            "Ns.Outer`1+Inner",
            DeclaredTypeFlags.Class | DeclaredTypeFlags.Nested | DeclaredTypeFlags.Test | DeclaredTypeFlags.HasBaseClass,
            location,
            ImmutableArray.Create("Ns.Base`1", "Ns.IThing;Odd"));

        var index = SolutionIndex.Parse(SourceText.From(SolutionIndex.Write(new[] { type }, new[] { "Ext.Type" })));

        var read = Assert.Single(index.Types);
        Assert.Equal(("My;Assembly", "Ns.Outer`1+Inner", "Inner", 0, "Ns"), (read.Assembly, read.MetadataName, read.Name, read.Arity, read.Namespace));
        Assert.Equal(type.Flags, read.Flags);
        Assert.Equal(type.Bases.ToArray(), read.Bases.ToArray());
        Assert.Equal("Ns.Base`1", read.BaseClass);
        Assert.Equal(location.GetLineSpan(), read.Location.GetLineSpan());
        Assert.Equal(location.SourceSpan, read.Span);
        Assert.True(index.Resolves("Ext.Type"));
        Assert.True(index.Resolves("Ns.Outer`1+Inner"));
        Assert.False(index.Resolves("Ns.Outer"));
        Assert.Empty(index.OtherThan("My;Assembly"));
    }

    [Fact]
    public void Malformed_lines_are_skipped()
    {
        var index = SolutionIndex.Parse(SourceText.From("#ssot-solution-index 1\nT\tonly\tthree\nT\ta\tN.T\tx\tp\t1\t2\t3\t4\t5\t6\t\ngarbage\nR\tN.Ok\n"));

        Assert.Empty(index.Types);
        Assert.True(index.Resolves("N.Ok"));
    }
}
