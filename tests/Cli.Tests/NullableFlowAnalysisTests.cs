using Microsoft.CodeAnalysis;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// ssot-check's compilations skip the compiler's nullable flow analysis (it reports no compiler warnings and no rule
/// reads flow state): the flow warnings a build shows are gone, the declared annotations stay.
/// </summary>
public sealed class NullableFlowAnalysisTests
{
    [Fact]
    public async Task The_compiled_projects_skip_nullable_flow_analysis_and_keep_declared_annotations()
    {
        MsBuildRegistration.EnsureRegistered();
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Lookup.cs", """
            namespace App;

            public static class Lookup
            {
                public static string? Find() => null;

                public static int Length()
                {
                    string s = Find();
                    return s.Length;
                }
            }
            """);
        var input = InputResolver.Resolve(solution.Root, solution.Root);
        using var loaded = await SolutionLoader.LoadAsync(input, null, null, CancellationToken.None);

        var asLoaded = (await Assert.Single(loaded.Solution.Projects).GetCompilationAsync())!;
        Assert.Equal(new[] { "CS8600 (9,20)", "CS8602 (10,16)" }, NullableWarnings(asLoaded));

        var compiled = await ProjectCompiler.CompileAsync(loaded.Solution, input.Projects.ToList(), null, solution.Root, [], null, CancellationToken.None);
        var variant = Assert.Single(compiled.Variants);
        Assert.Empty(NullableWarnings(variant.Compilation));
        Assert.Equal("never", variant.Project.ParseOptions!.Features[NullableFlowAnalysis.Feature]);
        var find = variant.Compilation.GetTypeByMetadataName("App.Lookup")!.GetMembers("Find").OfType<IMethodSymbol>().Single();
        Assert.Equal(NullableAnnotation.Annotated, find.ReturnNullableAnnotation);
    }

    private static IEnumerable<string> NullableWarnings(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(d => d.Id.StartsWith("CS86", StringComparison.Ordinal))
            .Select(d => $"{d.Id} ({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
            .Order(StringComparer.Ordinal);
}
