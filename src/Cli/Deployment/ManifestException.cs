namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Raised by the format parsers on the first problem; <see cref="ManifestReader.Read"/> turns it into a
/// <see cref="ManifestReadResult"/> error, so it never leaves the Deployment folder.
/// </summary>
internal sealed class ManifestException(ManifestError error) : Exception(error.Format())
{
    public ManifestError Error { get; } = error;

    public static ManifestException At(string file, int line, int column, string message) =>
        new(new ManifestError(file, line, column, message));
}
