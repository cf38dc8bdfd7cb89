namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// A place a manifest takes variables from that the reader cannot see into: a Kubernetes <c>envFrom</c> ConfigMap or
/// Secret, or a docker-compose <c>env_file:</c> that does not exist. A variable missing from the manifest may still come
/// from here. <see cref="Description"/> names it (<c>envFrom configMap 'app-config'</c>); <see cref="Scope"/> is where
/// it is used, as in <see cref="ManifestVariable.Scope"/>.
/// </summary>
internal sealed record UnknownSource(string Description, string File, int Line, int Column, string? Scope);
