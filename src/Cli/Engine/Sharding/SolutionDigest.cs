using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>
/// A digest of what the whole-solution index is made of: every compiled variant (name, assembly, the file names of
/// its references), every syntax tree it compiles (path relative to the solution folder and the checksum of its
/// text) and every declared type of the index. Shards of the same code, SDK and restore output agree on it; a merge
/// refuses shards that do not. Paths are relative, so shards run in different checkout folders still agree.
/// </summary>
internal static class SolutionDigest
{
    public static string Of(CompiledSolution compiled, SolutionIndex index, string rootDirectory)
    {
        using var digest = new Digest();
        foreach (var variant in compiled.Variants)
        {
            digest.Add("variant", variant.Variant, variant.Compilation.AssemblyName);
            foreach (string reference in variant.Compilation.References.Select(r => Path.GetFileName(r.Display ?? string.Empty)).Order(StringComparer.Ordinal))
            {
                digest.Add("reference", reference);
            }

            foreach (var tree in variant.Compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
            {
                digest.Add("tree", ReportPaths.Relative(rootDirectory, tree.FilePath), Convert.ToHexStringLower(tree.GetText().GetChecksum().AsSpan()));
            }
        }

        foreach (var type in index.Types)
        {
            digest.Add("type", type.Assembly, type.MetadataName, ReportPaths.Relative(rootDirectory, type.Path), type.Span.Start);
        }

        return digest.Finish();
    }
}
