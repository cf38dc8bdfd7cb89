using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Which target frameworks of a multi-targeted project ssot-check compiles and analyzes. Each target framework is a
/// full compilation of mostly the same files, so analyzing every one multiplies the cost for findings that are
/// nearly always the same. The first variant is always analyzed (the one with the most source files, generated ones not counted; ties in name
/// order); another only when it can find something the analyzed ones cannot: it compiles a file they do not, or one
/// of its files has an <c>#if</c>/<c>#elif</c> on a preprocessor symbol that one of them defines and it does not (or
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

        var primary = variants.OrderByDescending(v => SourcesOf(v).Count()).First(); // OrderBy is stable: ties keep name order
        var chosen = new List<Project> { primary };
        var covered = new HashSet<string>(FilesOf(primary), StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            if (variant == primary)
            {
                continue;
            }

            if (FilesOf(variant).Any(file => !covered.Contains(file))
                || await HasDifferentActiveCodeAsync(variant, chosen, cancellationToken))
            {
                chosen.Add(variant);
                covered.UnionWith(FilesOf(variant));
            }
        }

        return variants.Where(chosen.Contains).ToList();
    }

    private static IEnumerable<string> FilesOf(Project project) => SourcesOf(project).Select(d => d.FilePath!);

    /// <summary>The documents that are scored (<see cref="ProjectCompiler"/>): generated files (each framework has its own under obj/) do not count.</summary>
    private static IEnumerable<Document> SourcesOf(Project project)
        => project.Documents.Where(d => d.FilePath is not null && d.SourceCodeKind == SourceCodeKind.Regular && !GeneratedFiles.IsGenerated(d));

    /// <summary>
    /// Whether a conditional directive of <paramref name="variant"/>'s files names a preprocessor symbol whose
    /// definedness differs from at least one of the <paramref name="analyzed"/> variants.
    /// </summary>
    private static async Task<bool> HasDifferentActiveCodeAsync(Project variant, IReadOnlyList<Project> analyzed, CancellationToken cancellationToken)
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

        foreach (var document in SourcesOf(variant))
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

    private static HashSet<string> SymbolsOf(Project project)
        => new(project.ParseOptions is CSharpParseOptions options ? options.PreprocessorSymbolNames : [], StringComparer.Ordinal);
}
