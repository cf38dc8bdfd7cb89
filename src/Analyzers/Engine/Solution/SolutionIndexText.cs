using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// How ssot-check hands the <see cref="SolutionIndex"/> to every project's analyzers: an additional file that
/// carries the built index object, found by its type (<see cref="SolutionIndex.Load"/>), never parsed. One
/// instance is built per run and shared by all projects. Its text is empty; nothing reads it.
/// </summary>
public sealed class SolutionIndexText : AdditionalText
{
    /// <summary>The name of its (never written) path, in the <c>obj</c> folder of the solution.</summary>
    public const string FileName = "ssot.solution-index";

    private static readonly SourceText Empty = SourceText.From(string.Empty);

    public SolutionIndexText(string path, SolutionIndex index)
    {
        Path = path;
        Index = index;
    }

    public SolutionIndex Index { get; }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => Empty;
}
