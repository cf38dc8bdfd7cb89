using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// What one deployment file provides: every variable it sets, in file order (a name set in several places appears
/// once per place), and the sources it takes variables from without the reader seeing them. <see cref="Path"/> is the
/// full path of the file read.
/// </summary>
internal sealed record DeploymentManifest(
    string Path,
    ManifestKind Kind,
    ImmutableArray<ManifestVariable> Variables,
    ImmutableArray<UnknownSource> UnknownSources)
{
    /// <summary>
    /// Every place that sets <paramref name="name"/>, matched as .NET configuration matches keys: case-insensitive,
    /// with <c>__</c> and <c>:</c> equivalent (<c>Jwt__SecretKey</c> finds <c>Jwt:SecretKey</c> and back).
    /// </summary>
    public ImmutableArray<ManifestVariable> Find(string name) =>
        Variables.Where(v => ConfigurationKeys.Equal(v.Name, name)).ToImmutableArray();

    /// <summary>Whether the manifest sets <paramref name="name"/> somewhere (see <see cref="Find"/>).</summary>
    public bool Provides(string name) => Variables.Any(v => ConfigurationKeys.Equal(v.Name, name));
}
