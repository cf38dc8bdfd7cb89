using System.Security.Cryptography;
using System.Text;
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        foreach (var variant in compiled.Variants)
        {
            Add($"variant\u001f{variant.Variant}\u001f{variant.Compilation.AssemblyName}");
            foreach (string reference in variant.Compilation.References.Select(r => Path.GetFileName(r.Display ?? string.Empty)).Order(StringComparer.Ordinal))
            {
                Add($"reference\u001f{reference}");
            }

            foreach (var tree in variant.Compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
            {
                Add($"tree\u001f{ReportPaths.Relative(rootDirectory, tree.FilePath)}\u001f{Convert.ToHexStringLower(tree.GetText().GetChecksum().AsSpan())}");
            }
        }

        foreach (var type in index.Types)
        {
            Add($"type\u001f{type.Assembly}\u001f{type.MetadataName}\u001f{ReportPaths.Relative(rootDirectory, type.Path)}\u001f{type.Span.Start}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
