using BenchmarkDotNet.Running;

// Micro-benchmarks of the analyzers (BenchmarkDotNet). How to run them and read them: docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Netra.Ssot.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
