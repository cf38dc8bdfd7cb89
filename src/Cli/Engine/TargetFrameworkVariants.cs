using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Which target frameworks of a multi-targeted project ssot-check compiles and analyzes. Each target framework is a
/// full compilation of mostly the same files, so analyzing every one multiplies the cost for findings that are
/// nearly always the same. The first variant, which the code the frameworks share is analyzed in, is the most
/// completely restored one (<see cref="VariantCompleteness"/>: its framework references, then the fewest referenced
/// projects without theirs, then the fewest packages the restore could not provide), then the one with the most
/// hand-written files, ties in name order. Another is analyzed only when it can find something the analyzed ones
/// cannot: it compiles a file they do not, or one of its files has an <c>#if</c>/<c>#elif</c> on a preprocessor symbol
/// that one of them defines and it does not (or the reverse), so different code is active.
/// <c>--all-target-frameworks</c> analyzes every variant.
/// </summary>
internal static class TargetFrameworkVariants
{
    /// <param name="variants">The projects MSBuild loaded for one project file, one per target framework, in name order.</param>
    /// <param name="projectName">The project's display name, for the note.</param>
    /// <param name="assetsFile">The project's restore output (<c>project.assets.json</c>), or null.</param>
    /// <returns>The variants to analyze, in the given order, and a note when the variants restored unevenly.</returns>
    public static async Task<VariantChoice> ChooseAsync(IReadOnlyList<Project> variants, string projectName, string? assetsFile, CancellationToken cancellationToken)
    {
        if (variants.Count < 2)
        {
            return new VariantChoice(variants, null);
        }

        // Each variant's hand-written files, read once: the choice below asks for them several times.
        var sources = variants.ToDictionary(v => v, v => ProjectCompiler.HandWrittenDocuments(v).ToList());
        // A variant whose framework did not restore (net452 without its reference assemblies) cannot be analyzed, and one
        // whose referenced projects or packages did not restore binds less of the same code: the first one is the most
        // complete. OrderBy is stable: ties keep name order.
        var missingPackages = RestoreGraphErrors.MissingPackages(assetsFile);
        var completeness = variants.ToDictionary(v => v, v => VariantCompleteness.Of(v, missingPackages));
        var primary = variants.OrderByDescending(v => completeness[v]).ThenByDescending(v => sources[v].Count).First();
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

        return new VariantChoice(variants.Where(chosen.Contains).ToList(), UnevenRestoreNote(projectName, completeness[primary], variants.Select(v => completeness[v])));
    }

    /// <summary>
    /// When some variants are less complete than the first: which one the shared code was analyzed in and what the
    /// others miss. It is a note about the environment, never a finding about the code.
    /// </summary>
    private static string? UnevenRestoreNote(string projectName, VariantCompleteness primary, IEnumerable<VariantCompleteness> variants)
    {
        var lessComplete = variants.Where(v => v.CompareTo(primary) < 0).ToList();
        if (lessComplete.Count == 0)
        {
            return null;
        }

        return $"{projectName}'s target frameworks restored unevenly: the code they share was analyzed in {primary.TargetFramework} ({primary.Description}); "
            + $"less complete: {string.Join(", ", lessComplete.Select(v => $"{v.TargetFramework} ({v.Description})"))}; --all-target-frameworks analyzes every one";
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

    private static HashSet<string> SymbolsOf(Project project)
        => new(project.ParseOptions is CSharpParseOptions options ? options.PreprocessorSymbolNames : [], StringComparer.Ordinal);
}
