namespace Netra.Ssot.Cli.Deployment;

/// <summary>The deployment manifest formats <see cref="ManifestReader"/> understands.</summary>
internal enum ManifestKind
{
    DotEnv,
    DockerCompose,
    Kubernetes,
    AppSettings,
    LaunchSettings,
}
