using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class LaunchSettingsManifestTests
{
    [Fact]
    public void Reads_the_environment_variables_of_every_profile()
    {
        using var folder = new ManifestFolder();
        folder.Write("Properties/launchSettings.json", """
            {
              "$schema": "https://json.schemastore.org/launchsettings.json",
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:5080",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "AUTH_SERVICE_URL": "http://localhost:5090"
                  }
                },
                "Docker": { "commandName": "Docker" },
                "https": {
                  "commandName": "Project",
                  "environmentVariables": { "Jwt__SecretKey": "dev-only" }
                }
              }
            }
            """);

        var manifest = folder.Read("Properties/launchSettings.json");

        Assert.Equal(ManifestKind.LaunchSettings, manifest.Kind);
        Assert.Equal(
            [
                "ASPNETCORE_ENVIRONMENT Properties/launchSettings.json:8:9 [profile http]",
                "AUTH_SERVICE_URL Properties/launchSettings.json:9:9 [profile http]",
                "Jwt__SecretKey Properties/launchSettings.json:15:33 [profile https]",
            ],
            folder.Variables(manifest));
        Assert.True(manifest.Provides("Jwt:SecretKey"));
        Assert.Empty(manifest.UnknownSources);
    }

    [Theory]
    [InlineData("{ \"iisSettings\": {} }", "launchSettings.json:1:1: a launchSettings.json file needs a 'profiles' object")]
    [InlineData("{ \"profiles\": [] }", "launchSettings.json:1:15: 'profiles' must be an object, found an array")]
    [InlineData("{ \"profiles\": { \"http\": true } }", "launchSettings.json:1:25: the profile 'http' must be an object, found true")]
    [InlineData("{ \"profiles\": { \"http\": { \"environmentVariables\": [\"A=1\"] } } }", "launchSettings.json:1:51: 'environmentVariables' of the profile 'http' must be an object, found an array")]
    [InlineData("{\n  \"profiles\": { \"http\": { \"environmentVariables\": { \"PORT\": 8080 } } }\n}", "launchSettings.json:2:61: the value of 'PORT' must be a string, found a number")]
    [InlineData("{ \"profiles\": { \"http\": { } ", "launchSettings.json:1:29: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    public void A_malformed_file_is_a_located_error(string content, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Write("launchSettings.json", content);

        Assert.Equal(expected, folder.Error("launchSettings.json"));
    }
}
