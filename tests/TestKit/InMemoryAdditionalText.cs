using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.TestKit;

/// <summary>An additional file (ssot.json) that lives in memory.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
