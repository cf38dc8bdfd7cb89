using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine.Cycles;

/// <summary>
/// One reference from code declared in namespace <see cref="From"/> to a type declared in namespace <see cref="To"/>:
/// an edge of the namespace graph, and where it is first made.
/// </summary>
public sealed class NamespaceReference
{
    public NamespaceReference(string from, string to, string typeName, Location location)
    {
        From = from;
        To = to;
        TypeName = typeName;
        Location = location;
        Path = location.SourceTree?.FilePath ?? string.Empty;
        Position = location.SourceSpan.Start;
    }

    /// <summary>The namespace of the referencing code; empty for the global namespace.</summary>
    public string From { get; }

    /// <summary>The namespace of the referenced type; empty for the global namespace.</summary>
    public string To { get; }

    /// <summary>The referenced type as written without its namespace (<c>Outer.Inner</c> for a nested type).</summary>
    public string TypeName { get; }

    public Location Location { get; }

    public string Path { get; }

    public int Position { get; }

    /// <summary>The 1-based line of the reference.</summary>
    public int Line => Location.GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>Whether this reference comes first in the source: by file path (ordinal), then by position.</summary>
    public bool Precedes(NamespaceReference other) => Precedes(Path, Position, other);

    /// <summary>Whether a reference at <paramref name="path"/> and <paramref name="position"/> comes before <paramref name="other"/>.</summary>
    public static bool Precedes(string path, int position, NamespaceReference other)
    {
        int byPath = string.CompareOrdinal(path, other.Path);
        return byPath < 0 || (byPath == 0 && position < other.Position);
    }
}
