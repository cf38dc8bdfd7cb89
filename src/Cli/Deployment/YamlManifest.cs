using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// YAML access shared by the docker-compose and Kubernetes readers: loading every document with a syntax error turned
/// into a located <see cref="ManifestError"/>, and mapping look-ups that follow <c>&lt;&lt;</c> merge keys (docker-compose
/// files share settings with <c>&lt;&lt;: *defaults</c>).
/// </summary>
internal static class YamlManifest
{
    private const string MergeKey = "<<";

    /// <summary>The documents of <paramref name="text"/>, empty ones left out.</summary>
    public static IReadOnlyList<YamlDocument> Load(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw ManifestException.At(file, Line(e.Start), Column(e.Start), "invalid YAML: " + Describe(e));
        }

        return stream.Documents.Where(d => !IsEmpty(d.RootNode)).ToList();
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="mapping"/>, looking through merge keys; null when absent.</summary>
    public static YamlNode? Get(YamlMappingNode mapping, string key)
    {
        var visited = new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<YamlMappingNode>([mapping]);
        while (pending.TryDequeue(out var current))
        {
            if (!visited.Add(current))
            {
                continue;
            }

            foreach (var (k, value) in current.Children)
            {
                if (k is YamlScalarNode { Value: { } name } && name == key)
                {
                    return value;
                }
            }

            foreach (var merged in Merged(current))
            {
                pending.Enqueue(merged);
            }
        }

        return null;
    }

    /// <summary>The entries of <paramref name="mapping"/> without its merge keys.</summary>
    public static IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, string file)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode scalar || scalar.Value is null)
            {
                throw ManifestException.At(file, Line(key), Column(key), "expected a plain key");
            }

            if (scalar.Value != MergeKey)
            {
                yield return (scalar, value);
            }
        }
    }

    /// <summary>
    /// The entries of <paramref name="mapping"/>, then those its merge keys bring in that it does not set itself
    /// (<c>environment: {&lt;&lt;: *common, A: 1}</c>). Each merged mapping is visited once, so a merge cycle ends.
    /// </summary>
    public static IEnumerable<(YamlScalarNode Key, YamlNode Value)> EntriesWithMerged(YamlMappingNode mapping, string file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<YamlMappingNode>([mapping]);
        while (pending.TryDequeue(out var current))
        {
            if (!visited.Add(current))
            {
                continue;
            }

            foreach (var (key, value) in Entries(current, file))
            {
                if (seen.Add(key.Value!))
                {
                    yield return (key, value);
                }
            }

            foreach (var merged in Merged(current))
            {
                pending.Enqueue(merged);
            }
        }
    }

    /// <summary>The node as a mapping, or a located error saying what <paramref name="what"/> should have been.</summary>
    public static YamlMappingNode Mapping(YamlNode node, string file, string what) =>
        node as YamlMappingNode ?? throw ManifestException.At(file, Line(node), Column(node), $"{what} must be a mapping, found {Describe(node)}");

    public static YamlSequenceNode Sequence(YamlNode node, string file, string what) =>
        node as YamlSequenceNode ?? throw ManifestException.At(file, Line(node), Column(node), $"{what} must be a list, found {Describe(node)}");

    /// <summary>The text of a scalar, or a located error.</summary>
    public static string Scalar(YamlNode node, string file, string what) =>
        node is YamlScalarNode { Value: { } value } && !IsNull(node)
            ? value
            : throw ManifestException.At(file, Line(node), Column(node), $"{what} must be a string, found {Describe(node)}");

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static int Line(YamlNode node) => checked((int)node.Start.Line);

    public static int Column(YamlNode node) => checked((int)node.Start.Column);

    /// <summary>How a message names a node's type: "a list", "a mapping", "the string 'x'", "null".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "null",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private static IEnumerable<YamlMappingNode> Merged(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: MergeKey })
            {
                if (value is YamlMappingNode single)
                {
                    yield return single;
                }
                else if (value is YamlSequenceNode many)
                {
                    foreach (var item in many.Children.OfType<YamlMappingNode>())
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private static bool IsEmpty(YamlNode root) => IsNull(root);

    private static int Line(Mark mark) => checked((int)mark.Line);

    private static int Column(Mark mark) => checked((int)mark.Column);

    /// <summary>YamlDotNet's message without the "(Line: 3, Col: 1, Idx: 20) - (...): " prefix it repeats.</summary>
    private static string Describe(YamlException e)
    {
        string message = e.Message;
        int prefixEnd = message.StartsWith('(') ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return prefixEnd >= 0 ? message[(prefixEnd + 3)..] : message;
    }
}
