using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.Generator;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Benchmarks;

/// <summary>
/// The code the micro-benchmarks analyze: one feature project of the benchmark generator's solution (the same
/// C# and planted violations as the whole-process benchmarks), compiled in memory against its core project,
/// with ssot.json, and the solution index ssot-check would pass.
/// </summary>
public sealed class BenchmarkSolution
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private BenchmarkSolution(CSharpCompilation feature, AdditionalText config, AdditionalText index)
    {
        Feature = feature;
        Config = config;
        Index = index;
    }

    /// <summary>The analyzed project (Gen.Feature000); its documents are the ones measured.</summary>
    public CSharpCompilation Feature { get; }

    public AdditionalText Config { get; }

    public AdditionalText Index { get; }

    /// <summary>Source documents of <see cref="Feature"/>, the generated global usings left out.</summary>
    public ImmutableArray<SyntaxTree> Documents => Feature.SyntaxTrees.Where(t => !t.FilePath.EndsWith("GlobalUsings.g.cs", StringComparison.Ordinal)).ToImmutableArray();

    /// <summary>The analyzer options of a build or the IDE (ssot.json only) or of ssot-check (the solution index and the host option).</summary>
    public AnalyzerOptions Options(bool withIndex)
    {
        var globals = new Dictionary<string, string>
        {
            ["build_property.IsTestProject"] = "false",
            ["build_property.projectdir"] = AnalyzerTest.Root + "/src/Gen.Feature000/",
        };
        if (withIndex)
        {
            globals[SsotCompilationContext.HostProperty] = SsotCompilationContext.SsotCheckHost;
        }

        return new(withIndex ? ImmutableArray.Create(Config, Index) : ImmutableArray.Create(Config), new TestOptionsProvider(globals));
    }

    /// <param name="files">Files of the feature project (about 125 lines each).</param>
    public static BenchmarkSolution Create(int files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "ssot-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            SolutionGenerator.Write(folder, projects: 1, files);
            var core = Compile(folder, "src/Gen.Core");
            var feature = Compile(folder, "src/Gen.Feature000", core.ToMetadataReference());
            var tests = Compile(folder, "tests/Gen.Tests", core.ToMetadataReference());

            string configText = File.ReadAllText(Path.Combine(folder, SsotConfigParser.FileName));
            var config = new InMemoryAdditionalText(AnalyzerTest.Root + "/" + SsotConfigParser.FileName, configText);
            var configFile = new SsotConfigFile(config.Path, SsotConfigParser.Parse(SourceText.From(configText)));
            var projects = new[] { (Compilation: core, IsTest: false), (Compilation: feature, IsTest: false), (Compilation: tests, IsTest: true) };
            var types = projects.SelectMany(p => DeclaredTypes.All(p.Compilation, SsotCompilationContext.Create(configFile, p.IsTest), _ => true, CancellationToken.None));
            var resolvable = SolutionIndex.ResolvableNames(configFile.Config, projects.Select(p => (Compilation)p.Compilation).ToList());
            var index = new SolutionIndexText(AnalyzerTest.Root + "/obj/" + SolutionIndexText.FileName, new SolutionIndex(types, resolvable));
            return new BenchmarkSolution(feature, config, index);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The project's files as they are on disk, plus the global usings of <c>ImplicitUsings</c>.</summary>
    private static CSharpCompilation Compile(string folder, string project, params MetadataReference[] references)
        => AnalyzerTest.CompileProject(
            Path.GetFileName(project),
            references,
            Directory.EnumerateFiles(Path.Combine(folder, project), "*.cs", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
                .Append((project + "/obj/GlobalUsings.g.cs", ImplicitUsings))
                .ToArray());
}
