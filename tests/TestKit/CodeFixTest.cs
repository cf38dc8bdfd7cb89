using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.TestKit.Internal;
using Xunit.Sdk;

namespace Netra.Ssot.TestKit;

/// <summary>
/// One code-fix test in an <see cref="AdhocWorkspace"/>: the sources (with <c>{|ID:span|}</c> marking the diagnostics
/// to fix, from the analyzers or the compiler), ssot.json as an additional document, the fixer applied to each
/// marked diagnostic in turn (or Fix All), then the documents compared with the expected text and the fixed project
/// required to compile without errors.
/// </summary>
public sealed class CodeFixTest
{
    public CodeFixTest(CodeFixProvider fixer, params DiagnosticAnalyzer[] analyzers)
    {
        Fixer = fixer;
        Analyzers = analyzers.ToImmutableArray();
    }

    public CodeFixProvider Fixer { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Sources: path relative to <see cref="AnalyzerTest.Root"/>, and markup of the diagnostics to fix.</summary>
    public List<(string Path, string Markup)> Sources { get; } = new();

    /// <summary>Expected text per path after the fix; paths not listed must be unchanged.</summary>
    public Dictionary<string, string> FixedSources { get; } = new(StringComparer.Ordinal);

    public string? Config { get; set; }

    /// <summary>The title of the code action to apply; null requires exactly one action per diagnostic.</summary>
    public string? ActionTitle { get; set; }

    /// <summary>The fixer must offer nothing for the marked diagnostics (the sources must stay as they are).</summary>
    public bool ExpectNoFix { get; set; }

    /// <summary>Apply Fix All in this scope to the first marked diagnostic instead of fixing each one.</summary>
    public FixAllScope? FixAll { get; set; }

    /// <summary>
    /// Runs the test: the marked diagnostics must have the severities and messages in <paramref name="expected"/>, one
    /// per marker in marker order (file, then position); returns the titles of the actions offered for the first one.
    /// </summary>
    public async Task<ImmutableArray<string>> RunAsync(params Expect[] expected)
    {
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, out var markers, out var originals);
        var initial = await DiagnosticsAsync(project);
        MessageComparer.AssertSame(markers.Select(m => initial.FirstOrDefault(d => Matches(m, d))).OfType<Diagnostic>().ToList(), expected);
        ImmutableArray<string> firstTitles = default;
        int remaining = markers.Count;
        while (remaining-- > 0)
        {
            var diagnostic = (await DiagnosticsAsync(project)).FirstOrDefault(d => markers.Any(m => Matches(m, d)))
                ?? throw new XunitException("No diagnostic left at a marked span; remaining markers: " + string.Join(", ", markers));
            var marker = markers.First(m => Matches(m, diagnostic));
            markers.Remove(marker);
            var document = project.Documents.Single(d => d.FilePath == marker.Path);
            var actions = await ActionsAsync(document, diagnostic);
            if (firstTitles.IsDefault)
            {
                firstTitles = actions.Select(a => a.Title).ToImmutableArray();
            }

            if (ExpectNoFix)
            {
                if (actions.Count > 0)
                {
                    throw new XunitException($"Expected no code action for {diagnostic}; got: {string.Join(" | ", actions.Select(a => a.Title))}");
                }

                continue;
            }

            var action = ActionTitle is null
                ? (actions.Count == 1 ? actions[0] : throw new XunitException($"Expected one code action for {diagnostic}; got: {string.Join(" | ", actions.Select(a => a.Title))}"))
                : actions.FirstOrDefault(a => a.Title == ActionTitle) ?? throw new XunitException($"No action titled '{ActionTitle}'; got: {string.Join(" | ", actions.Select(a => a.Title))}");

            if (FixAll is { } scope)
            {
                action = await FixAllActionAsync(document, diagnostic, action, scope, project) ?? throw new XunitException("The fixer offers no Fix All for " + scope);
                markers.Clear();
                remaining = 0;
            }

            var before = project;
            project = await ApplyAsync(action, project);
            markers = await ShiftAsync(markers, before, project);
        }

        foreach (var document in project.Documents)
        {
            string relative = document.FilePath![(AnalyzerTest.Root.Length + 1)..];
            string actual = (await document.GetTextAsync()).ToString();
            string expectedText = FixedSources.TryGetValue(relative, out var fixedText) ? fixedText : originals[document.FilePath];
            if (actual != expectedText)
            {
                throw new XunitException($"{relative} after the fix:{Environment.NewLine}{actual}{Environment.NewLine}expected:{Environment.NewLine}{expectedText}");
            }
        }

        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException("The fixed code does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return firstTitles.IsDefault ? ImmutableArray<string>.Empty : firstTitles;
    }

    private Project CreateProject(AdhocWorkspace workspace, out List<ExpectedDiagnostic> markers, out Dictionary<string, string> originals)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            AnalyzerTest.AssemblyName,
            AnalyzerTest.AssemblyName,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
            metadataReferences: ReferenceAssemblies.Net));
        markers = new List<ExpectedDiagnostic>();
        originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, markup) in Sources)
        {
            string path = AnalyzerTest.FullPath(relative);
            var (text, expected) = Markup.Parse(path, markup);
            markers.AddRange(expected);
            originals[path] = text;
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), relative, SourceText.From(text), filePath: path);
        }

        if (Config is not null)
        {
            string path = AnalyzerTest.FullPath("ssot.json");
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "ssot.json", SourceText.From(Config), filePath: path);
        }

        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("Could not create the test workspace.");
        }

        return workspace.CurrentSolution.GetProject(projectId)!;
    }

    private async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var compilerDiagnostics = compilation.GetDiagnostics();
        if (Analyzers.IsEmpty)
        {
            return compilerDiagnostics;
        }

        var analyzerDiagnostics = await compilation.WithAnalyzers(Analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        var crash = analyzerDiagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (crash is not null)
        {
            throw new XunitException("An analyzer threw (AD0001): " + crash);
        }

        return compilerDiagnostics.AddRange(analyzerDiagnostics);
    }

    private async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await Fixer.RegisterCodeFixesAsync(context);
        return actions;
    }

    private async Task<CodeAction?> FixAllActionAsync(Document document, Diagnostic diagnostic, CodeAction action, FixAllScope scope, Project project)
    {
        var provider = Fixer.GetFixAllProvider();
        if (provider is null)
        {
            return null;
        }

        var all = await DiagnosticsAsync(project);
        var diagnosticProvider = new FixAllDiagnosticProvider(all.Where(d => d.Id == diagnostic.Id).ToImmutableArray());
        var context = new FixAllContext(document, Fixer, scope, action.EquivalenceKey, new[] { diagnostic.Id }, diagnosticProvider, CancellationToken.None);
        return await provider.GetFixAsync(context);
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    /// <summary>Moves the remaining markers by the text the fix inserted or removed before them.</summary>
    private static async Task<List<ExpectedDiagnostic>> ShiftAsync(List<ExpectedDiagnostic> markers, Project before, Project after)
    {
        var shifted = new List<ExpectedDiagnostic>(markers.Count);
        foreach (var marker in markers)
        {
            var oldDocument = before.Documents.Single(d => d.FilePath == marker.Path);
            var newDocument = after.GetDocument(oldDocument.Id)!;
            int delta = 0;
            foreach (var change in await newDocument.GetTextChangesAsync(oldDocument))
            {
                if (change.Span.End <= marker.Span.Start)
                {
                    delta += change.NewText!.Length - change.Span.Length;
                }
            }

            shifted.Add(marker with { Span = new TextSpan(marker.Span.Start + delta, marker.Span.Length) });
        }

        return shifted;
    }

    private static bool Matches(ExpectedDiagnostic marker, Diagnostic diagnostic)
        => diagnostic.Id == marker.Id && diagnostic.Location.SourceSpan == marker.Span && diagnostic.Location.GetLineSpan().Path == marker.Path;

    private sealed class FixAllDiagnosticProvider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));
    }
}
