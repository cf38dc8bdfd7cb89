using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Config;

/// <summary>A place in ssot.json: the character span and its line/column span.</summary>
public readonly record struct ConfigSpan(TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A Roslyn location in the file at <paramref name="path"/>.</summary>
    public Location ToLocation(string path) => Location.Create(path, Span, LineSpan);
}

/// <summary>A string of ssot.json with its place in the file.</summary>
public readonly record struct ConfigValue(string Value, ConfigSpan Span)
{
    public override string ToString() => Value;
}
