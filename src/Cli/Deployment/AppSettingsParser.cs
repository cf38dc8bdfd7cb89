using System.Collections.Immutable;
using System.Globalization;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads an <c>appsettings*.json</c> file as .NET's JSON configuration provider does: every leaf value becomes a key
/// flattened with <c>:</c> (<c>{"Jwt":{"SecretKey":"…"}}</c> → <c>Jwt:SecretKey</c>; array items are numbered,
/// <c>AllowedOrigins:0</c>). Each key is recorded at its property name. Empty objects and arrays set no value and are
/// not recorded. A key given twice (case-insensitively, as the provider compares them) is an error, as it is for the
/// provider.
/// </summary>
internal static class AppSettingsParser
{
    public static DeploymentManifest Parse(string text, string file)
    {
        var root = LocatedJson.Parse(text, file);
        if (root is not JsonObjectAt rootObject)
        {
            throw ManifestException.At(file, root.Line, root.Column, $"an appsettings file must be a JSON object, found {LocatedJson.Describe(root)}");
        }

        var variables = ImmutableArray.CreateBuilder<ManifestVariable>();
        var seen = new Dictionary<string, ManifestVariable>(StringComparer.OrdinalIgnoreCase);
        Flatten(rootObject, prefix: null, file, variables, seen);
        return new DeploymentManifest(file, ManifestKind.AppSettings, variables.ToImmutable(), []);
    }

    private static void Flatten(
        JsonAt value,
        string? prefix,
        string file,
        ImmutableArray<ManifestVariable>.Builder variables,
        Dictionary<string, ManifestVariable> seen)
    {
        switch (value)
        {
            case JsonObjectAt obj:
                foreach (var property in obj.Properties)
                {
                    string key = Join(prefix, property.Name);
                    if (property.Value is JsonScalarAt)
                    {
                        Add(new ManifestVariable(key, file, property.Line, property.Column, null), variables, seen);
                    }
                    else
                    {
                        Flatten(property.Value, key, file, variables, seen);
                    }
                }

                break;
            case JsonArrayAt array:
                for (int i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    string key = Join(prefix, i.ToString(CultureInfo.InvariantCulture));
                    if (item is JsonScalarAt)
                    {
                        Add(new ManifestVariable(key, file, item.Line, item.Column, null), variables, seen);
                    }
                    else
                    {
                        Flatten(item, key, file, variables, seen);
                    }
                }

                break;
        }
    }

    private static void Add(ManifestVariable variable, ImmutableArray<ManifestVariable>.Builder variables, Dictionary<string, ManifestVariable> seen)
    {
        if (seen.TryGetValue(variable.Name, out var first))
        {
            throw ManifestException.At(
                variable.File, variable.Line, variable.Column, $"the key '{variable.Name}' is given twice (first at line {first.Line}); .NET configuration rejects the file");
        }

        seen.Add(variable.Name, variable);
        variables.Add(variable);
    }

    private static string Join(string? prefix, string name) => prefix is null ? name : prefix + ConfigurationKeys.KeyDelimiter + name;
}
