using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Where the compilation facts of a run come from: a run with <c>--cache</c> takes those of the variants whose
/// compilation inputs are unchanged from the cache and does not compile them (<see cref="ProjectReuse"/>).
/// </summary>
internal interface ICompilationFactsStore
{
    /// <summary>
    /// The digest of what the variant's compilation is made of (<see cref="VariantInputs.Compilation"/>) and the cached
    /// facts of its compilation when that digest is the one they were made from, else null (compile it).
    /// </summary>
    /// <param name="variant">The variant's display name (with its target framework).</param>
    /// <param name="facts">What MSBuild evaluation found about the project, or null.</param>
    (string Inputs, CompilationFacts? Cached) Lookup(Project project, string variant, ProjectFacts? facts);
}

/// <summary>
/// What compiling a variant told the run, kept by the cache so that a later run whose variant is made of the same
/// inputs (<see cref="Inputs"/>: <see cref="VariantInputs.Compilation"/>) need not compile it: which of its files do
/// not parse or are too deep to analyze, whether it is a test project, a digest of every syntax tree it compiled
/// (generated ones included) and its assembly references, which the cache's other digests are made of. Such a variant
/// is compiled only if the run needs its compilation after all: to compute its index contribution or to analyze it.
/// A compilation is a function of its inputs (source generators are deterministic, as the compiler requires).
/// </summary>
/// <param name="Inputs">The digest of everything the variant's compilation is made of (<see cref="VariantInputs.Compilation"/>).</param>
/// <param name="DeclaredTestProject">Whether MSBuild evaluation made it a test project for the analyzers (the test-project property was added to its options).</param>
/// <param name="IsTestProject">Whether it is a test project (<see cref="Netra.Ssot.Engine.TestProjectDetector.IsTestProject"/>).</param>
/// <param name="Unanalyzable">Its files that do not parse or nest too deep, relative to the solution folder, with the located reason.</param>
/// <param name="Trees">A digest of every syntax tree it compiled (path and checksum), generated ones included.</param>
/// <param name="AssemblyName">Its assembly name.</param>
/// <param name="ReferencedAssemblies">The identities of the assemblies it references, as the compilation names them.</param>
/// <param name="References">The files of its metadata references.</param>
internal sealed record CompilationFacts(
    string Inputs,
    bool DeclaredTestProject,
    bool IsTestProject,
    IReadOnlyDictionary<string, string> Unanalyzable,
    string Trees,
    string AssemblyName,
    IReadOnlyList<string> ReferencedAssemblies,
    IReadOnlyList<string> References)
{
    /// <summary>The facts of a variant compiled in this run.</summary>
    /// <param name="unanalyzable">Its files that do not parse or nest too deep, by full path.</param>
    public static CompilationFacts Of(
        string inputs,
        Compilation compilation,
        bool declaredTestProject,
        bool isTestProject,
        IReadOnlyDictionary<string, string> unanalyzable,
        string rootDirectory,
        CancellationToken cancellationToken)
        => new(
            inputs,
            declaredTestProject,
            isTestProject,
            unanalyzable.ToDictionary(e => ReportPaths.Relative(rootDirectory, e.Key), e => e.Value, StringComparer.Ordinal),
            TreesOf(compilation, rootDirectory, cancellationToken),
            compilation.AssemblyName ?? string.Empty,
            compilation.ReferencedAssemblyNames.Select(a => a.ToString()).ToList(),
            compilation.References.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>().ToList());

    /// <summary>Whether every part is there (an entry of an older layout or a damaged one has some missing: the variant is compiled).</summary>
    public bool IsComplete
        => Inputs is not null && Unanalyzable is not null && Trees is not null && AssemblyName is not null && ReferencedAssemblies is not null && References is not null
            && !Unanalyzable.Any(e => e.Key is null || e.Value is null) && !ReferencedAssemblies.Any(a => a is null) && !References.Any(r => r is null);

    /// <summary><see cref="Unanalyzable"/> by full path, as <see cref="ProjectCompiler"/> scores them.</summary>
    public Dictionary<string, string> UnanalyzableByFullPath(string rootDirectory)
        => Unanalyzable.ToDictionary(e => Path.GetFullPath(e.Key, rootDirectory), e => e.Value, StringComparer.Ordinal);

    /// <summary>A digest of every syntax tree of the compilation: its path (relative to the solution folder) and the checksum and length of its text.</summary>
    public static string TreesOf(Compilation compilation, string rootDirectory, CancellationToken cancellationToken)
    {
        using var digest = new Digest();
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            digest.Add("tree", PathOf(rootDirectory, tree.FilePath), Checksum(tree.GetText(cancellationToken)));
        }

        return digest.Finish();
    }

    /// <summary>A path as the digests name it: relative to the solution folder, or empty for a tree or document without a file.</summary>
    internal static string PathOf(string rootDirectory, string path) => path.Length == 0 ? path : ReportPaths.Relative(rootDirectory, path);

    /// <summary>The SHA-256 checksum and length of a text, as the digests name it.</summary>
    internal static string Checksum(SourceText text) => Convert.ToHexStringLower(text.GetChecksum().AsSpan()) + ":" + text.Length;
}
