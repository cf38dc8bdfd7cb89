using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.Benchmarks;

/// <summary>
/// Time and allocations per document of each analyzer (by rule ID) and of all of them together ("all"), next to
/// two floors: "syntax", an analyzer with an empty syntax-tree action, and "semantic", one with an empty symbol
/// action, which makes the driver bind each document (what any semantic analyzer pays, and shares with the
/// others in a real build). Each operation analyzes every document of the benchmark project with a fresh
/// <see cref="CompilationWithAnalyzers"/>, as a new compilation after an edit would; the reported time and
/// allocations are per document. A rule's own cost is its row minus the floor it stands on.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    /// <summary>Documents of the benchmark project: 16 generated files and a same-name type.</summary>
    private const int Files = 16;
    private const int Documents = Files + 1;

    private BenchmarkSolution _solution = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<SyntaxTree> _documents;

    private static readonly string[] Modes = { "syntax", "semantic", "all" };

    [ParamsSource(nameof(Rules))]
    public string Rule { get; set; } = "all";

    public static IEnumerable<string> Rules => Modes.Concat(AnalyzerCatalog.CreateAll().Select(IdOf).OrderBy(id => id, StringComparer.Ordinal));

    [GlobalSetup]
    public void Setup()
    {
        _solution = BenchmarkSolution.Create(Files);
        _documents = _solution.Documents;
        if (_documents.Length != Documents)
        {
            throw new InvalidOperationException($"expected {Documents} documents, the generator wrote {_documents.Length}");
        }

        _analyzers = Rule switch
        {
            "syntax" => ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer(semantic: false)),
            "semantic" => ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer(semantic: true)),
            "all" => AnalyzerCatalog.CreateAll(),
            _ => ImmutableArray.Create(AnalyzerCatalog.CreateAll().Single(a => IdOf(a) == Rule)),
        };
    }

    /// <summary>What the IDE does as you type: document by document, ssot.json only, no compilation-end actions.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public async Task<int> Document()
    {
        var analysis = _solution.Feature.WithAnalyzers(_analyzers, _solution.Options(withIndex: false));
        int count = 0;
        foreach (var tree in _documents)
        {
            var model = _solution.Feature.GetSemanticModel(tree);
            var result = await analysis.GetAnalysisResultAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
            count += result.GetAllDiagnostics().Length;
        }

        return count;
    }

    /// <summary>What ssot-check does per project: the whole compilation with the solution index, compilation end included.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public async Task<int> Project()
    {
        var analysis = _solution.Feature.WithAnalyzers(_analyzers, _solution.Options(withIndex: true));
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }

    private static string IdOf(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics[0].Id;

    /// <summary>Registers an action that does nothing: a syntax-tree action, or a symbol action (which binds).</summary>
#pragma warning disable RS1001 // Not for the compiler to discover: the benchmark creates it.
    private sealed class NoOpAnalyzer(bool semantic) : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            if (semantic)
            {
                context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
            }
            else
            {
                context.RegisterSyntaxTreeAction(_ => { });
            }
        }
    }
}
