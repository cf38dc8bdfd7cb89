using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// The analysis pass does not hold every compilation for the whole run (docs/performance.md, "Memory"): once the
/// plan is made and the workspace is gone, each variant's compilation can be collected as soon as its analysis is
/// done, while those still to analyze are kept.
/// </summary>
public sealed class CompilationLifetimeTests
{
    [Fact]
    public async Task Each_compilation_is_collectable_once_its_analysis_is_done_and_the_findings_are_unchanged()
    {
        using var solution = new TempSolution();
        foreach (string name in new[] { "Alpha", "Bravo", "Charlie" })
        {
            solution.Project(name);
            solution.Write($"{name}/RetryPolicy.cs", $"namespace {name};\npublic sealed class RetryPolicy {{ public int MaxAttempts {{ get; }} = 3; }}\n");
        }

        solution.Write("All.slnx", """
            <Solution>
              <Project Path="Alpha/Alpha.csproj" />
              <Project Path="Bravo/Bravo.csproj" />
              <Project Path="Charlie/Charlie.csproj" />
            </Solution>
            """);
        var checker = new SolutionChecker(Catalog.AnalyzerCatalog.CreateAll(), null, null, solution.Root) { MaxDegreeOfParallelism = 1 };
        var (plan, compilations) = await PlanAndLetTheWorkspaceGo(checker, solution.Root);
        var seen = new List<string>();
        var progress = new Inline(line =>
        {
            Collect();
            seen.Add($"{line}: {string.Join(", ", compilations.Select(c => $"{c.Name} {(c.Compilation.IsAlive ? "held" : "collected")}"))}");
        });

        var analysis = await checker.AnalyzeAsync("All.slnx", plan, progress, CancellationToken.None);
        await Task.Yield(); // off the stack the last analysis completed on
        Collect();

        Assert.Equal(
            new[]
            {
                "Analyzing Alpha (1/3): Alpha held, Bravo held, Charlie held",
                "Analyzing Bravo (2/3): Alpha collected, Bravo held, Charlie held",
                "Analyzing Charlie (3/3): Alpha collected, Bravo collected, Charlie held",
            },
            seen);
        Assert.DoesNotContain(compilations, c => c.Compilation.IsAlive);
        Assert.Equal(
            new[]
            {
                "Alpha/RetryPolicy.cs:2:21 SSOT1003 [Alpha]",
                "Bravo/RetryPolicy.cs:2:21 SSOT1003 [Bravo]",
                "Charlie/RetryPolicy.cs:2:21 SSOT1003 [Charlie]",
            },
            SolutionChecker.Assemble(analysis).Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id} [{f.Project}]"));
    }

    /// <summary>Loads, compiles and plans, then disposes the workspace; returns the plan and a weak reference to each variant's compilation.</summary>
    private static async Task<(AnalysisPlan Plan, (string Name, WeakReference Compilation)[] Compilations)> PlanAndLetTheWorkspaceGo(SolutionChecker checker, string root)
    {
        var input = InputResolver.Resolve(root, root);
        var (loaded, issues) = await SsotCheck.OpenAsync(input, restore: true, new Dictionary<string, string>(), root, null, CancellationToken.None);
        using var _ = loaded;
        var compilations = Array.Empty<(string Name, WeakReference Compilation)>();
        var plan = await checker.PlanAsync(
            loaded.Solution,
            input.Projects.ToList(),
            issues,
            null,
            loaded.Facts,
            allTargetFrameworks: false,
            (compiled, _, _) =>
            {
                compilations = compiled.Variants.Select(v => (v.Name, new WeakReference(v.Compilation))).ToArray();
                return Enumerable.Range(0, compiled.Variants.Count).ToHashSet();
            },
            CancellationToken.None);
        return (plan, compilations);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Progress reported on the reporting thread, at once (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Inline(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
