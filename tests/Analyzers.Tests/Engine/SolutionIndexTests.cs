using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class SolutionIndexTests
{
    [Fact]
    public void A_declaration_from_another_compilation_keeps_its_place_as_a_file_location()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace Ns;\n\npublic sealed class Thing { }\n", path: "/repo/odd\tfolder;x/File.cs");
        var compilation = CSharpCompilation.Create("My;Assembly", new[] { tree });
        var symbol = compilation.GetTypeByMetadataName("Ns.Thing")!;
        var declared = new DeclaredType("My;Assembly", "Ns.Thing", DeclaredTypeFlags.Class, symbol.Locations[0], ImmutableArray.Create("Ns.IThing"));

        var index = new SolutionIndex(new[] { declared }, new[] { "Ext.Type" }, new[] { "/repo/odd\tfolder;x/File.cs" });

        var read = Assert.Single(index.Types);
        Assert.False(read.Location.IsInSource); // reportable as an additional location from any compilation
        Assert.Equal(LocationKind.ExternalFile, read.Location.Kind);
        Assert.Equal(declared.Location.GetLineSpan(), read.Location.GetLineSpan());
        Assert.Equal(("/repo/odd\tfolder;x/File.cs", new TextSpan(35, 5), 2, 20), (read.Path, read.Span, read.Location.GetLineSpan().StartLinePosition.Line, read.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(("My;Assembly", "Ns.Thing", "Thing", 0, "Ns", DeclaredTypeFlags.Class), (read.Assembly, read.MetadataName, read.Name, read.Arity, read.Namespace, read.Flags));
        Assert.Equal(new[] { "Ns.IThing" }, read.Bases.ToArray());
        Assert.Equal(new[] { "/repo/odd\tfolder;x/File.cs" }, index.Files.ToArray());
        Assert.True(index.Resolves("Ext.Type"));
        Assert.True(index.Resolves("Ns.Thing"));
        Assert.False(index.Resolves("Ns.IThing"));
        Assert.Empty(index.OtherThan("My;Assembly"));
        Assert.Same(read, Assert.Single(index.OtherThan("Other")));
    }

    [Fact]
    public async Task Analyzers_find_the_index_by_its_type_and_ignore_a_file_that_only_has_its_name()
    {
        var index = new SolutionIndex(Array.Empty<DeclaredType>(), new[] { "N.Ok" });
        var found = await LoadAsync(new SolutionIndexText("/repo/obj/" + SolutionIndexText.FileName, index));
        var impostor = await LoadAsync(new Netra.Ssot.TestKit.InMemoryAdditionalText("/repo/obj/" + SolutionIndexText.FileName, "R\tN.Ok\n"));

        Assert.Same(index, found);
        Assert.Null(impostor);
    }

    private static async Task<SolutionIndex?> LoadAsync(AdditionalText file)
    {
        var probe = new IndexProbe();
        var compilation = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText("class C { }") });
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(probe), new AnalyzerOptions(ImmutableArray.Create(file)))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return probe.Index;
    }

#pragma warning disable RS1036, RS1001, RS2008 // A probe for this test, not a shipped analyzer.
    private sealed class IndexProbe : DiagnosticAnalyzer
    {
        public SolutionIndex? Index { get; private set; }

        // The driver skips an analyzer that supports no diagnostic, so the probe declares one (never reported).
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            new DiagnosticDescriptor("PROBE1", "Probe", "Probe", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Index = SolutionIndex.Load(start));
        }
    }
#pragma warning restore RS1036, RS1001, RS2008
}
