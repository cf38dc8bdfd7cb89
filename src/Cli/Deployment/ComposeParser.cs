using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads a docker-compose file: for each service under <c>services:</c>, the names of <c>environment:</c> (a mapping,
/// or a list of <c>KEY=value</c> / <c>KEY</c>) and of every <c>env_file:</c> (a path, or a list of paths or of
/// <c>{path, required}</c>), read relative to the compose file and included with their own file and lines. An
/// <c>env_file</c> that does not exist is an <see cref="UnknownSource"/>, not an error: it may be created at deploy
/// time. Merge keys (<c>&lt;&lt;: *defaults</c>) and <c>extends:</c> of a service of the same file are followed (the
/// base service's variables are recorded at their own lines, in the extending service's scope); <c>extends:</c> with
/// a <c>file:</c> and top-level <c>include:</c> entries are unknown sources.
/// </summary>
internal static class ComposeParser
{
    public static DeploymentManifest Parse(YamlMappingNode root, string file)
    {
        var variables = ImmutableArray.CreateBuilder<ManifestVariable>();
        var unknown = ImmutableArray.CreateBuilder<UnknownSource>();
        var servicesNode = YamlManifest.Get(root, "services")
            ?? throw ManifestException.At(file, YamlManifest.Line(root), YamlManifest.Column(root), "a docker-compose file needs a top-level 'services:' mapping");
        var services = YamlManifest.Mapping(servicesNode, file, "'services'");
        foreach (var (nameNode, _) in YamlManifest.Entries(services, file))
        {
            ReadService(services, nameNode.Value!, $"service {nameNode.Value}", file, [], variables, unknown);
        }

        if (YamlManifest.Get(root, "include") is { } include && !YamlManifest.IsNull(include))
        {
            foreach (var entry in YamlManifest.Sequence(include, file, "'include'").Children)
            {
                var paths = entry is YamlMappingNode longForm
                    ? YamlManifest.Get(longForm, "path") ?? throw ManifestException.At(file, YamlManifest.Line(entry), YamlManifest.Column(entry), "an 'include' entry needs a 'path'")
                    : entry;
                foreach (var pathNode in paths is YamlSequenceNode many ? many.Children : (IEnumerable<YamlNode>)[paths])
                {
                    string included = YamlManifest.Scalar(pathNode, file, "an 'include' path");
                    unknown.Add(new UnknownSource($"include '{included}' (not followed)", file, YamlManifest.Line(pathNode), YamlManifest.Column(pathNode), null));
                }
            }
        }

        return new DeploymentManifest(file, ManifestKind.DockerCompose, variables.ToImmutable(), unknown.ToImmutable());
    }

    /// <summary>
    /// The variables of service <paramref name="name"/>, recorded under <paramref name="scope"/> (the service that
    /// extends it, when followed through <c>extends:</c>). <paramref name="visiting"/> stops an <c>extends</c> cycle.
    /// </summary>
    private static void ReadService(
        YamlMappingNode services,
        string name,
        string scope,
        string file,
        HashSet<string> visiting,
        ImmutableArray<ManifestVariable>.Builder variables,
        ImmutableArray<UnknownSource>.Builder unknown)
    {
        var service = YamlManifest.Mapping(YamlManifest.Get(services, name)!, file, $"service '{name}'");
        visiting.Add(name);
        if (YamlManifest.Get(service, "extends") is { } extends && !YamlManifest.IsNull(extends))
        {
            ReadExtends(extends, services, scope, file, visiting, variables, unknown);
        }

        if (YamlManifest.Get(service, "env_file") is { } envFiles && !YamlManifest.IsNull(envFiles))
        {
            ReadEnvFiles(envFiles, file, scope, variables, unknown);
        }

        if (YamlManifest.Get(service, "environment") is { } environment && !YamlManifest.IsNull(environment))
        {
            ReadEnvironment(environment, file, scope, variables);
        }
    }

    /// <summary><c>extends: base</c> or <c>{service: base}</c> is followed in this file; <c>{file: other.yml, ...}</c> is an unknown source.</summary>
    private static void ReadExtends(
        YamlNode extends,
        YamlMappingNode services,
        string scope,
        string file,
        HashSet<string> visiting,
        ImmutableArray<ManifestVariable>.Builder variables,
        ImmutableArray<UnknownSource>.Builder unknown)
    {
        var serviceNode = extends is YamlMappingNode longForm
            ? YamlManifest.Get(longForm, "service") ?? throw ManifestException.At(file, YamlManifest.Line(extends), YamlManifest.Column(extends), "'extends' needs a 'service'")
            : extends;
        string baseName = YamlManifest.Scalar(serviceNode, file, "the 'extends' service");
        int line = YamlManifest.Line(serviceNode);
        int column = YamlManifest.Column(serviceNode);
        if (extends is YamlMappingNode withFile && YamlManifest.Get(withFile, "file") is { } fileNode)
        {
            string other = YamlManifest.Scalar(fileNode, file, "the 'extends' file");
            unknown.Add(new UnknownSource($"extends service '{baseName}' of '{other}' (not followed)", file, line, column, scope));
            return;
        }

        if (YamlManifest.Get(services, baseName) is null)
        {
            throw ManifestException.At(file, line, column, $"'extends' names the service '{baseName}', which this file does not define");
        }

        if (visiting.Contains(baseName))
        {
            throw ManifestException.At(file, line, column, $"'extends' of '{baseName}' makes a cycle");
        }

        ReadService(services, baseName, scope, file, visiting, variables, unknown);
    }

    private static void ReadEnvironment(YamlNode environment, string file, string scope, ImmutableArray<ManifestVariable>.Builder variables)
    {
        if (environment is YamlMappingNode map)
        {
            foreach (var (key, value) in YamlManifest.EntriesWithMerged(map, file))
            {
                if (value is not YamlScalarNode)
                {
                    throw ManifestException.At(
                        file, YamlManifest.Line(value), YamlManifest.Column(value), $"the value of '{key.Value}' must be a string, number, boolean or null, found {YamlManifest.Describe(value)}");
                }

                variables.Add(new ManifestVariable(key.Value!, file, YamlManifest.Line(key), YamlManifest.Column(key), scope));
            }

            return;
        }

        var list = environment as YamlSequenceNode
            ?? throw ManifestException.At(
                file, YamlManifest.Line(environment), YamlManifest.Column(environment), $"'environment' must be a mapping or a list of KEY=value, found {YamlManifest.Describe(environment)}");
        foreach (var item in list.Children)
        {
            string entry = YamlManifest.Scalar(item, file, "an 'environment' list item");
            int equals = entry.IndexOf('=');
            string name = (equals < 0 ? entry : entry[..equals]).Trim();
            if (name.Length == 0)
            {
                throw ManifestException.At(file, YamlManifest.Line(item), YamlManifest.Column(item), $"the 'environment' item '{entry}' has no variable name");
            }

            variables.Add(new ManifestVariable(name, file, YamlManifest.Line(item), YamlManifest.Column(item), scope));
        }
    }

    private static void ReadEnvFiles(
        YamlNode envFiles,
        string file,
        string scope,
        ImmutableArray<ManifestVariable>.Builder variables,
        ImmutableArray<UnknownSource>.Builder unknown)
    {
        var entries = envFiles is YamlSequenceNode list ? list.Children : (IEnumerable<YamlNode>)[envFiles];
        foreach (var entry in entries)
        {
            var pathNode = entry is YamlMappingNode longForm
                ? YamlManifest.Get(longForm, "path")
                    ?? throw ManifestException.At(file, YamlManifest.Line(entry), YamlManifest.Column(entry), "an 'env_file' entry needs a 'path'")
                : entry;
            string relative = YamlManifest.Scalar(pathNode, file, "an 'env_file' path");
            int line = YamlManifest.Line(pathNode);
            int column = YamlManifest.Column(pathNode);
            string full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, relative));
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                unknown.Add(new UnknownSource($"env_file '{relative}' (not found)", file, line, column, scope));
                continue;
            }

            string text = ManifestFiles.ReadText(full, $"env_file '{relative}'", new ManifestError(file, line, column, ""));
            variables.AddRange(DotEnvParser.Parse(text, full, scope));
        }
    }
}
