using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads one deployment manifest: finds its kind from the file name (<see cref="ManifestKinds"/>) or, for other YAML,
/// from the content (a top-level <c>services:</c> is docker-compose; <c>apiVersion</c> or <c>kind</c> is Kubernetes),
/// then parses it. Never throws for bad input: a missing, unreadable, unrecognised or malformed file is a
/// <see cref="ManifestError"/> with its place. Paths in the result are full paths.
/// </summary>
internal static class ManifestReader
{
    public static ManifestReadResult Read(string path)
    {
        string file = Path.GetFullPath(path);
        try
        {
            return ManifestReadResult.Success(Parse(file));
        }
        catch (ManifestException e)
        {
            return ManifestReadResult.Failure(e.Error);
        }
    }

    private static DeploymentManifest Parse(string file)
    {
        var kind = ManifestKinds.FromName(file, out bool isYaml);
        if (kind is null && !isYaml)
        {
            throw ManifestException.At(
                file,
                0,
                0,
                "not a recognised deployment manifest: expected a .env file, appsettings*.json, launchSettings.json, "
                    + "a docker-compose file or a Kubernetes manifest (.yml/.yaml)");
        }

        string text = ManifestFiles.ReadText(file, "the manifest", new ManifestError(file, 0, 0, ""));
        switch (kind)
        {
            case ManifestKind.DotEnv:
                return new DeploymentManifest(file, ManifestKind.DotEnv, DotEnvParser.Parse(text, file, scope: null), []);
            case ManifestKind.AppSettings:
                return AppSettingsParser.Parse(text, file);
            case ManifestKind.LaunchSettings:
                return LaunchSettingsParser.Parse(text, file);
        }

        var documents = YamlManifest.Load(text, file);
        if (documents.Count == 0)
        {
            throw ManifestException.At(file, 0, 0, "the YAML file has no content");
        }

        var first = documents[0].RootNode;
        if (kind == ManifestKind.DockerCompose)
        {
            return ComposeParser.Parse(YamlManifest.Mapping(first, file, "a docker-compose file"), file);
        }

        if (first is YamlMappingNode mapping)
        {
            if (YamlManifest.Get(mapping, "services") is not null)
            {
                return ComposeParser.Parse(mapping, file);
            }

            if (YamlManifest.Get(mapping, "apiVersion") is not null || YamlManifest.Get(mapping, "kind") is not null)
            {
                return KubernetesParser.Parse(documents, file);
            }
        }

        throw ManifestException.At(
            file,
            YamlManifest.Line(first),
            YamlManifest.Column(first),
            "not a docker-compose file (no top-level 'services:') nor a Kubernetes manifest (no 'apiVersion' or 'kind')");
    }
}
