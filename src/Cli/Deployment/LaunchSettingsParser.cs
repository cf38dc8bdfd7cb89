using System.Collections.Immutable;
using System.Text.Json;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads a <c>launchSettings.json</c>: the names under <c>profiles.*.environmentVariables</c>, each scoped to its
/// profile (<c>profile https</c>). Values must be strings, as Visual Studio and <c>dotnet run</c> require.
/// </summary>
internal static class LaunchSettingsParser
{
    public static DeploymentManifest Parse(string text, string file)
    {
        var root = LocatedJson.Parse(text, file);
        var rootObject = Object(root, file, "a launchSettings.json file");
        var profiles = rootObject.Properties.FirstOrDefault(p => p.Name == "profiles")
            ?? throw ManifestException.At(file, root.Line, root.Column, "a launchSettings.json file needs a 'profiles' object");
        var variables = ImmutableArray.CreateBuilder<ManifestVariable>();
        foreach (var profile in Object(profiles.Value, file, "'profiles'").Properties)
        {
            var profileObject = Object(profile.Value, file, $"the profile '{profile.Name}'");
            if (profileObject.Properties.FirstOrDefault(p => p.Name == "environmentVariables") is not { } environment
                || environment.Value is JsonScalarAt { Type: JsonTokenType.Null })
            {
                continue;
            }

            foreach (var variable in Object(environment.Value, file, $"'environmentVariables' of the profile '{profile.Name}'").Properties)
            {
                if (variable.Value is not JsonScalarAt { Type: JsonTokenType.String })
                {
                    throw ManifestException.At(
                        file, variable.Value.Line, variable.Value.Column, $"the value of '{variable.Name}' must be a string, found {LocatedJson.Describe(variable.Value)}");
                }

                variables.Add(new ManifestVariable(variable.Name, file, variable.Line, variable.Column, $"profile {profile.Name}"));
            }
        }

        return new DeploymentManifest(file, ManifestKind.LaunchSettings, variables.ToImmutable(), []);
    }

    private static JsonObjectAt Object(JsonAt value, string file, string what) =>
        value as JsonObjectAt ?? throw ManifestException.At(file, value.Line, value.Column, $"{what} must be an object, found {LocatedJson.Describe(value)}");
}
