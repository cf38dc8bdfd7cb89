namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Which format a file name announces: <c>.env</c>, <c>*.env</c> and <c>.env.*</c> are dotenv files;
/// <c>appsettings*.json</c> appsettings; <c>launchSettings.json</c> launch settings; <c>docker-compose*.yml</c>,
/// <c>compose*.yaml</c> (either extension) docker-compose. Names compare case-insensitively. Any other
/// <c>.yml</c>/<c>.yaml</c> file is recognised by its content (<see cref="ManifestReader"/>).
/// </summary>
internal static class ManifestKinds
{
    /// <summary>The kind the name announces, or null (then <paramref name="isYaml"/> says whether content can decide).</summary>
    public static ManifestKind? FromName(string path, out bool isYaml)
    {
        string name = Path.GetFileName(path);
        string extension = Path.GetExtension(name);
        isYaml = Is(extension, ".yml") || Is(extension, ".yaml");
        if (Is(name, ".env") || Is(extension, ".env") || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
        {
            return ManifestKind.DotEnv;
        }

        if (Is(name, "launchSettings.json"))
        {
            return ManifestKind.LaunchSettings;
        }

        if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && Is(extension, ".json"))
        {
            return ManifestKind.AppSettings;
        }

        if (isYaml && (name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase) || name.StartsWith("compose", StringComparison.OrdinalIgnoreCase)))
        {
            return ManifestKind.DockerCompose;
        }

        return null;
    }

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
