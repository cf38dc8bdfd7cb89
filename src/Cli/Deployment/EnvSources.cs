using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// The ConfigMaps and Secrets a Kubernetes manifest file defines itself, so an <c>envFrom</c> that names one of them
/// can be resolved to its keys: a ConfigMap's <c>data</c> and <c>binaryData</c>, a Secret's <c>data</c> and
/// <c>stringData</c>, each recorded at its key. Objects match by name and namespace (no namespace matches only no
/// namespace, since either may be applied with <c>kubectl -n</c>).
/// </summary>
internal sealed class EnvSources
{
    private readonly Dictionary<(string What, string Namespace, string Name), List<ManifestVariable>> byName = [];

    public static EnvSources Of(IEnumerable<(YamlMappingNode Root, string Kind)> objects, string file)
    {
        var sources = new EnvSources();
        foreach (var (root, kind) in objects)
        {
            string[]? sections = kind switch
            {
                "ConfigMap" => ["data", "binaryData"],
                "Secret" => ["data", "stringData"],
                _ => null,
            };
            if (sections is null || Metadata(root, "name") is not { } name)
            {
                continue;
            }

            var keys = new List<ManifestVariable>();
            foreach (string section in sections)
            {
                if (YamlManifest.Get(root, section) is { } data && !YamlManifest.IsNull(data))
                {
                    foreach (var (key, _) in YamlManifest.Entries(YamlManifest.Mapping(data, file, $"'{section}' of {kind} '{name}'"), file))
                    {
                        keys.Add(new ManifestVariable(key.Value!, file, YamlManifest.Line(key), YamlManifest.Column(key), null));
                    }
                }
            }

            sources.byName[(kind == "Secret" ? "secret" : "configMap", Metadata(root, "namespace") ?? "", name)] = keys;
        }

        return sources;
    }

    /// <summary>The keys of the <paramref name="what"/> (<c>configMap</c> or <c>secret</c>) the file defines, or null.</summary>
    public IReadOnlyList<ManifestVariable>? Keys(string what, string? objectNamespace, string name) =>
        byName.TryGetValue((what, objectNamespace ?? "", name), out var keys) ? keys : null;

    /// <summary>A string field of an object's <c>metadata</c>, or null.</summary>
    public static string? Metadata(YamlMappingNode root, string field) =>
        YamlManifest.Get(root, "metadata") is YamlMappingNode metadata && YamlManifest.Get(metadata, field) is YamlScalarNode { Value: { } value } node
            && !YamlManifest.IsNull(node)
            ? value
            : null;
}
