using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.TestKit.Internal;
using Xunit.Sdk;

namespace Netra.Ssot.TestKit;

/// <summary>
/// One analyzer test: sources and ssot.json written with <c>{|ID:span|}</c> markup, compiled in memory and
/// analyzed with <see cref="CompilationWithAnalyzers"/>. It fails when the input does not compile, when an
/// analyzer throws (AD0001), when the diagnostics differ from the markup in ID or span — printing the
/// source with the expected and actual markers under the lines — and when their severities and messages differ
/// from the <see cref="Expect"/> list given to <see cref="RunAsync"/>, one per marker.
/// </summary>
public sealed class AnalyzerTest
{
    public const string Root = "/repo";

    /// <summary>The analyzed compilation's assembly name.</summary>
    public const string AssemblyName = "TestProject";

    public AnalyzerTest(params DiagnosticAnalyzer[] analyzers) => Analyzers = analyzers.ToImmutableArray();

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Sources of the analyzed project: path relative to <see cref="Root"/>, and markup.</summary>
    public List<(string Path, string Markup)> Sources { get; } = new();

    /// <summary>ssot.json markup; null means the project has no ssot.json.</summary>
    public string? Config { get; set; }

    public string ConfigPath { get; set; } = "ssot.json";

    /// <summary>Sources of a project the analyzed one references (not analyzed itself).</summary>
    public List<(string Path, string Source)> ReferencedProjectSources { get; } = new();

    /// <summary>More additional files (path relative to <see cref="Root"/>, text).</summary>
    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    /// <summary>Additional files passed as they are, e.g. ssot-check's in-memory solution index (<c>SolutionIndexText</c>).</summary>
    public List<AdditionalText> AdditionalTexts { get; } = new();

    /// <summary>Global analyzer options, e.g. <c>build_property.IsTestProject</c>.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new();

    public ImmutableArray<string> PreprocessorSymbols { get; set; } = ImmutableArray<string>.Empty;

    /// <summary>What the analyzed project builds: a library, or an application (for top-level statements).</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>More assemblies the analyzed project references (packages), besides .NET itself.</summary>
    public List<MetadataReference> MetadataReferences { get; } = new();

    /// <summary>Allows compiler errors in the input, for rules that report on unresolved names.</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>When false, only compilation and analyzer crashes are checked, not the markup.</summary>
    public bool CheckDiagnostics { get; set; } = true;

    public string Source
    {
        set => Sources.Add(($"src/Test{Sources.Count}.cs", value));
    }

    /// <summary>
    /// Runs the analyzers and asserts the markup and, for each marker in marker order (file, then position), the
    /// severity and message in <paramref name="expected"/>; returns the diagnostics for further assertions. When diagnostics
    /// are expected in the C# sources, it runs once more with <c>#pragma warning disable</c> of their IDs at the top of
    /// every source and requires that none of them is reported there (as Microsoft.CodeAnalysis.Testing does), so
    /// every rule can be suppressed the way users suppress any Roslyn rule.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync(params Expect[] expected)
    {
        var (diagnostics, markers) = await AnalyzeAsync(pragmaPrefix: null);
        if (CheckDiagnostics)
        {
            MessageComparer.AssertSame(diagnostics, expected);
        }

        var suppressible = markers.Where(e => e.Path.EndsWith(".cs", StringComparison.Ordinal)).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        if (CheckDiagnostics && suppressible.Count > 0)
        {
            string pragma = $"#pragma warning disable {string.Join(", ", suppressible)}\n";
            var (suppressed, _) = await AnalyzeAsync(pragma);
            var left = suppressed.Where(d => suppressible.Contains(d.Id) && d.Location.IsInSource).ToList();
            if (left.Count > 0)
            {
                throw new XunitException(
                    $"'{pragma.Trim()}' at the top of every source should suppress these diagnostics, but they were reported:" + Environment.NewLine
                    + string.Join(Environment.NewLine, left.Select(d => "  " + d)));
            }
        }

        return diagnostics;
    }

    private async Task<(ImmutableArray<Diagnostic> Diagnostics, List<ExpectedDiagnostic> Expected)> AnalyzeAsync(string? pragmaPrefix)
    {
        var expected = new List<ExpectedDiagnostic>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: PreprocessorSymbols);
        foreach (var (relative, markup) in Sources)
        {
            string path = FullPath(relative);
            var (text, markers) = Markup.Parse(path, markup);
            expected.AddRange(markers);
            texts[path] = text;
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(pragmaPrefix + text, Encoding.UTF8), parseOptions, path));
        }

        var additionalFiles = ImmutableArray<AdditionalText>.Empty;
        if (Config is not null)
        {
            string path = FullPath(ConfigPath);
            var (text, markers) = Markup.Parse(path, Config);
            expected.AddRange(markers);
            texts[path] = text;
            additionalFiles = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text));
        }

        additionalFiles = additionalFiles.AddRange(AdditionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(FullPath(f.Path), f.Text))).AddRange(AdditionalTexts);
        var compilation = CreateCompilation(AssemblyName, trees, ReferencedProjectReferences(parseOptions).Concat(MetadataReferences), OutputKind);
        if (!AllowCompilerErrors)
        {
            AssertCompiles(compilation, texts);
        }

        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, new TestOptionsProvider(GlobalOptions)),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        if (exceptions.Count > 0)
        {
            throw new XunitException("An analyzer threw (AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        }

        var actual = diagnostics
            .Select(d => new ExpectedDiagnostic(d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan))
            .ToList();
        if (CheckDiagnostics && pragmaPrefix is null)
        {
            DiagnosticComparer.AssertSame(expected, actual, texts, diagnostics);
        }

        return (diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray(), expected);
    }

    public static string FullPath(string relative) => Root + "/" + relative;

    /// <summary>Compiles sources (paths relative to <see cref="Root"/>) as another project; fails when they do not compile.</summary>
    public static CSharpCompilation CompileProject(string assemblyName, params (string Path, string Source)[] sources)
        => CompileProject(assemblyName, Array.Empty<MetadataReference>(), sources);

    /// <summary>Compiles sources as another project that also references <paramref name="references"/> (other projects).</summary>
    public static CSharpCompilation CompileProject(string assemblyName, IEnumerable<MetadataReference> references, params (string Path, string Source)[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CreateCompilation(assemblyName, sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, FullPath(s.Path))), references);
        AssertCompiles(compilation, sources.ToDictionary(s => FullPath(s.Path), s => s.Source));
        return compilation;
    }

    private IEnumerable<MetadataReference> ReferencedProjectReferences(CSharpParseOptions parseOptions)
    {
        if (ReferencedProjectSources.Count == 0)
        {
            return Array.Empty<MetadataReference>();
        }

        var trees = ReferencedProjectSources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, FullPath(s.Path)));
        var referenced = CreateCompilation("ReferencedProject", trees, Array.Empty<MetadataReference>());
        AssertCompiles(referenced, ReferencedProjectSources.ToDictionary(s => FullPath(s.Path), s => s.Source));
        return new[] { referenced.ToMetadataReference() };
    }

    private static CSharpCompilation CreateCompilation(string name, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            name,
            trees,
            ReferenceAssemblies.Net.Concat(references),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    private static void AssertCompiles(Compilation compilation, IReadOnlyDictionary<string, string> texts)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException(
                "The test input does not compile; fix the test source (or set AllowCompilerErrors):" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => e.ToString())) + Environment.NewLine
                + SourceRenderer.Render(texts, errors.Select(e => (e.Location.GetLineSpan().Path, e.Location.SourceSpan, "error " + e.Id))));
        }
    }
}
