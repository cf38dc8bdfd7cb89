using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads Kubernetes manifests (one or more YAML documents, or a <c>kind: List</c>): for each Pod, Deployment,
/// StatefulSet, DaemonSet, ReplicaSet, Job and CronJob, the <c>env: - name:</c> of every container and init
/// container. <c>envFrom</c> (a whole ConfigMap or Secret) contributes the keys of that ConfigMap or Secret when the
/// same file defines it (same name and namespace; <c>data</c>, <c>binaryData</c>, <c>stringData</c>, with the
/// <c>prefix</c>), recorded at each key; otherwise it is an <see cref="UnknownSource"/> naming it, since its keys live
/// in the cluster. Other kinds (Service, Ingress, ...) provide nothing and are skipped.
/// </summary>
internal static class KubernetesParser
{
    public static DeploymentManifest Parse(IReadOnlyList<YamlDocument> documents, string file)
    {
        var objects = new List<(YamlMappingNode Root, string Kind)>();
        var visited = new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
        {
            Collect(YamlManifest.Mapping(document.RootNode, file, "a Kubernetes document"), file, objects, visited);
        }

        var sources = EnvSources.Of(objects, file);
        var variables = ImmutableArray.CreateBuilder<ManifestVariable>();
        var unknown = ImmutableArray.CreateBuilder<UnknownSource>();
        foreach (var (root, kind) in objects)
        {
            ReadObject(root, kind, file, sources, variables, unknown);
        }

        return new DeploymentManifest(file, ManifestKind.Kubernetes, variables.ToImmutable(), unknown.ToImmutable());
    }

    /// <summary>
    /// Every object of the file with its kind, the items of a <c>kind: List</c> in its place. An object reached twice
    /// (a YAML alias, possibly to a List that contains it) is taken once.
    /// </summary>
    private static void Collect(
        YamlMappingNode root,
        string file,
        List<(YamlMappingNode Root, string Kind)> objects,
        HashSet<YamlMappingNode> visited)
    {
        if (!visited.Add(root))
        {
            return;
        }

        var kindNode = YamlManifest.Get(root, "kind")
            ?? throw ManifestException.At(file, YamlManifest.Line(root), YamlManifest.Column(root), "a Kubernetes object needs a 'kind'");
        string kind = YamlManifest.Scalar(kindNode, file, "'kind'");
        if (kind != "List")
        {
            objects.Add((root, kind));
        }
        else if (YamlManifest.Get(root, "items") is { } items && !YamlManifest.IsNull(items))
        {
            foreach (var item in YamlManifest.Sequence(items, file, "'items'").Children)
            {
                Collect(YamlManifest.Mapping(item, file, "a List item"), file, objects, visited);
            }
        }
    }

    private static void ReadObject(
        YamlMappingNode root,
        string kind,
        string file,
        EnvSources sources,
        ImmutableArray<ManifestVariable>.Builder variables,
        ImmutableArray<UnknownSource>.Builder unknown)
    {
        string[]? podSpecPath = kind switch
        {
            "Pod" => ["spec"],
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => ["spec", "template", "spec"],
            "CronJob" => ["spec", "jobTemplate", "spec", "template", "spec"],
            _ => null,
        };
        if (podSpecPath is null)
        {
            return;
        }

        string name = EnvSources.Metadata(root, "name") ?? "(unnamed)";
        string? objectNamespace = EnvSources.Metadata(root, "namespace");
        YamlNode node = root;
        string where = $"{kind} '{name}'";
        foreach (string step in podSpecPath)
        {
            var mapping = YamlManifest.Mapping(node, file, where);
            node = YamlManifest.Get(mapping, step)
                ?? throw ManifestException.At(file, YamlManifest.Line(node), YamlManifest.Column(node), $"{where} has no '{step}'");
            where = $"'{step}' of {kind} '{name}'";
        }

        var podSpec = YamlManifest.Mapping(node, file, $"the pod spec of {kind} '{name}'");
        foreach (string list in (string[])["initContainers", "containers"])
        {
            if (YamlManifest.Get(podSpec, list) is not { } containers || YamlManifest.IsNull(containers))
            {
                continue;
            }

            foreach (var containerNode in YamlManifest.Sequence(containers, file, $"'{list}'").Children)
            {
                var container = YamlManifest.Mapping(containerNode, file, $"an entry of '{list}'");
                string containerName = YamlManifest.Get(container, "name") is { } cn ? YamlManifest.Scalar(cn, file, "a container 'name'") : "(unnamed)";
                string scope = $"{kind}/{name} {(list == "initContainers" ? "init container" : "container")} {containerName}";
                ReadEnv(container, file, scope, variables);
                ReadEnvFrom(container, file, scope, objectNamespace, sources, variables, unknown);
            }
        }
    }

    private static void ReadEnv(YamlMappingNode container, string file, string scope, ImmutableArray<ManifestVariable>.Builder variables)
    {
        if (YamlManifest.Get(container, "env") is not { } env || YamlManifest.IsNull(env))
        {
            return;
        }

        foreach (var item in YamlManifest.Sequence(env, file, "'env'").Children)
        {
            var entry = YamlManifest.Mapping(item, file, "an 'env' entry");
            var nameNode = YamlManifest.Get(entry, "name")
                ?? throw ManifestException.At(file, YamlManifest.Line(item), YamlManifest.Column(item), "an 'env' entry needs a 'name'");
            string name = YamlManifest.Scalar(nameNode, file, "an 'env' name");
            variables.Add(new ManifestVariable(name, file, YamlManifest.Line(nameNode), YamlManifest.Column(nameNode), scope));
        }
    }

    private static void ReadEnvFrom(
        YamlMappingNode container,
        string file,
        string scope,
        string? objectNamespace,
        EnvSources sources,
        ImmutableArray<ManifestVariable>.Builder variables,
        ImmutableArray<UnknownSource>.Builder unknown)
    {
        if (YamlManifest.Get(container, "envFrom") is not { } envFrom || YamlManifest.IsNull(envFrom))
        {
            return;
        }

        foreach (var item in YamlManifest.Sequence(envFrom, file, "'envFrom'").Children)
        {
            var entry = YamlManifest.Mapping(item, file, "an 'envFrom' entry");
            var (what, reference) = YamlManifest.Get(entry, "configMapRef") is { } configMap ? ("configMap", configMap)
                : YamlManifest.Get(entry, "secretRef") is { } secret ? ("secret", secret)
                : throw ManifestException.At(file, YamlManifest.Line(item), YamlManifest.Column(item), "an 'envFrom' entry needs a 'configMapRef' or a 'secretRef'");
            var referenceMap = YamlManifest.Mapping(reference, file, $"'{what}Ref'");
            string referenced = YamlManifest.Get(referenceMap, "name") is { } nameNode
                ? YamlManifest.Scalar(nameNode, file, $"the '{what}Ref' name")
                : throw ManifestException.At(file, YamlManifest.Line(reference), YamlManifest.Column(reference), $"'{what}Ref' needs a 'name'");
            string? prefix = YamlManifest.Get(entry, "prefix") is { } prefixNode ? YamlManifest.Scalar(prefixNode, file, "'prefix'") : null;
            if (sources.Keys(what, objectNamespace, referenced) is { } keys)
            {
                variables.AddRange(keys.Select(k => k with { Name = prefix + k.Name, Scope = scope }));
                continue;
            }

            string withPrefix = prefix is null ? "" : $" with prefix '{prefix}'";
            unknown.Add(new UnknownSource($"envFrom {what} '{referenced}'{withPrefix}", file, YamlManifest.Line(item), YamlManifest.Column(item), scope));
        }
    }
}
