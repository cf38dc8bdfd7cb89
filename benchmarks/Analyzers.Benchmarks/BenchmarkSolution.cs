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
using Netra.Ssot.TestKit.Internal;

namespace Netra.Ssot.Benchmarks;

/// <summary>
/// The code the micro-benchmarks analyze: one feature project of the benchmark generator's solution (the same
/// C# and planted violations as the whole-process benchmarks), compiled in memory against its core project,
/// with ssot.json, and the solution index ssot-check would pass.
/// </summary>
public sealed class BenchmarkSolution
{
    public const string Root = "/bench";

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

    /// <summary>The analyzer options of a build or the IDE (ssot.json only) or of ssot-check (with the solution index).</summary>
    public AnalyzerOptions Options(bool withIndex)
        => new(
            withIndex ? ImmutableArray.Create(Config, Index) : ImmutableArray.Create(Config),
            new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.IsTestProject"] = "false",
                ["build_property.projectdir"] = Root + "/src/Gen.Feature000/",
            }));

    /// <param name="files">Files of the feature project (about 125 lines each).</param>
    public static BenchmarkSolution Create(int files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "ssot-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            SolutionGenerator.Write(folder, projects: 1, files);
            var core = Compile(folder, "src/Gen.Core", ReferenceAssemblies.Net);
            var withCore = ReferenceAssemblies.Net.Add(core.ToMetadataReference());
            var feature = Compile(folder, "src/Gen.Feature000", withCore);
            var tests = Compile(folder, "tests/Gen.Tests", withCore);

            string configText = File.ReadAllText(Path.Combine(folder, SsotConfigParser.FileName));
            var config = new InMemoryAdditionalText(Root + "/" + SsotConfigParser.FileName, configText);
            var configFile = new SsotConfigFile(config.Path, SsotConfigParser.Parse(SourceText.From(configText)));
            var compilations = new[] { (core, false), (feature, false), (tests, true) };
            var types = compilations.SelectMany(c => DeclaredTypes.All(c.Item1, SsotCompilationContext.Create(configFile, c.Item2), _ => true, CancellationToken.None));
            var resolvable = configFile.Config.SymbolNames().Distinct(StringComparer.Ordinal)
                .Where(name => compilations.Any(c => SymbolResolver.Resolve(c.Item1, name) is not null));
            var index = new InMemoryAdditionalText(Root + "/obj/" + SolutionIndex.FileName, SolutionIndex.Write(types, resolvable));
            return new BenchmarkSolution(feature, config, index);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CSharpCompilation Compile(string folder, string project, IEnumerable<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.EnumerateFiles(Path.Combine(folder, project), "*.cs", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, Root + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, Root + "/" + project + "/obj/GlobalUsings.g.cs"));
        var compilation = CSharpCompilation.Create(
            Path.GetFileName(project),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{project} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return compilation;
    }
}
