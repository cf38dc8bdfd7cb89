using System.Diagnostics.CodeAnalysis;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>What <see cref="ManifestReader.Read"/> returns: the manifest, or the located reason it could not be read.</summary>
internal sealed record ManifestReadResult
{
    private ManifestReadResult(DeploymentManifest? manifest, ManifestError? error)
    {
        Manifest = manifest;
        Error = error;
    }

    public DeploymentManifest? Manifest { get; }

    public ManifestError? Error { get; }

    [MemberNotNullWhen(true, nameof(Manifest))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Manifest is not null;

    public static ManifestReadResult Success(DeploymentManifest manifest) => new(manifest, null);

    public static ManifestReadResult Failure(ManifestError error) => new(null, error);
}
