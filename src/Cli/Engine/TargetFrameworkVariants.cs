using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Which target frameworks of a multi-targeted project ssot-check compiles and analyzes. Each target framework is a
/// full compilation of mostly the same files, so analyzing every one multiplies the cost for findings that are
/// nearly always the same. The first variant is always analyzed (of those whose framework references resolved, the
/// one with the most hand-written files, ties in name order); another only when it can find something the analyzed ones cannot: it compiles a file they do not, or
/// one of its files has an <c>#if</c>/<c>#elif</c> on a preprocessor symbol that one of them defines and it does not (or
/// the reverse), so different code is active. <c>--all-target-frameworks</c> analyzes every variant.
/// </summary>
internal static class TargetFrameworkVariants
{
    /// <param name="variants">The projects MSBuild loaded for one project file, one per target framework, in name order.</param>
    /// <returns>The variants to analyze, in the given order.</returns>
    public static async Task<IReadOnlyList<Project>> ToAnalyzeAsync(IReadOnlyList<Project> variants, CancellationToken cancellationToken)
    {
        if (variants.Count < 2)
        {
            return variants;
        }

        // Each variant's hand-written files, read once: the choice below asks for them several times.
        var sources = variants.ToDictionary(v => v, v => ProjectCompiler.HandWrittenDocuments(v).ToList());
        // A variant whose framework did not restore (net452 without its reference assemblies) cannot be analyzed: the
        // first one is taken among those that have their framework, if any has. OrderBy is stable: ties keep name order.
        var primary = variants.OrderByDescending(HasFrameworkReference).ThenByDescending(v => sources[v].Count).First();
        var chosen = new List<Project> { primary };
        var covered = new HashSet<string>(sources[primary].Select(d => d.FilePath!), StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            if (variant == primary)
            {
                continue;
            }

            if (sources[variant].Any(d => !covered.Contains(d.FilePath!))
                || await HasDifferentActiveCodeAsync(variant, sources[variant], chosen, cancellationToken))
            {
                chosen.Add(variant);
                covered.UnionWith(sources[variant].Select(d => d.FilePath!));
            }
        }

        return variants.Where(chosen.Contains).ToList();
    }

    /// <summary>
    /// Whether a conditional directive of <paramref name="variant"/>'s files names a preprocessor symbol whose
    /// definedness differs from at least one of the <paramref name="analyzed"/> variants.
    /// </summary>
    /// <param name="sources">The variant's hand-written documents.</param>
    private static async Task<bool> HasDifferentActiveCodeAsync(Project variant, IReadOnlyList<Document> sources, IReadOnlyList<Project> analyzed, CancellationToken cancellationToken)
    {
        var own = SymbolsOf(variant);
        var differing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in analyzed)
        {
            var symbols = SymbolsOf(other);
            differing.UnionWith(own.Where(s => !symbols.Contains(s)));
            differing.UnionWith(symbols.Where(s => !own.Contains(s)));
        }

        if (differing.Count == 0)
        {
            return false;
        }

        foreach (var document in sources)
        {
            if (await document.GetSyntaxTreeAsync(cancellationToken) is not { } tree)
            {
                continue;
            }

            if (await tree.GetRootAsync(cancellationToken) is not CSharpSyntaxNode root || !root.ContainsDirectives)
            {
                continue;
            }

            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                var condition = directive switch
                {
                    IfDirectiveTriviaSyntax ifDirective => ifDirective.Condition,
                    ElifDirectiveTriviaSyntax elif => elif.Condition,
                    _ => null,
                };
                if (condition is not null && condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => differing.Contains(name.Identifier.ValueText)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the variant references its framework's core assembly (what defines <c>System.Object</c>), as a restored
    /// project does; the workspace drops a reference whose file is missing, so an unrestored framework has none.
    /// </summary>
    private static bool HasFrameworkReference(Project project)
        => project.MetadataReferences.OfType<PortableExecutableReference>()
            .Any(r => Path.GetFileNameWithoutExtension(r.FilePath) is "System.Runtime" or "mscorlib" or "netstandard" or "System.Private.CoreLib");

    private static HashSet<string> SymbolsOf(Project project)
        => new(project.ParseOptions is CSharpParseOptions options ? options.PreprocessorSymbolNames : [], StringComparer.Ordinal);
}
