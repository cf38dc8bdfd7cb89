namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Why a manifest cannot be read, and where: the file, the 1-based line and column, and the message. Line and column
/// are 0 when the problem is the file as a whole (missing, a directory, an unrecognised kind).
/// </summary>
internal sealed record ManifestError(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:col: message</c>, or <c>file: message</c> for the file as a whole.</summary>
    public string Format() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";

    public override string ToString() => Format();
}
