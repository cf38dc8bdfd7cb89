using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class AppSettingsManifestTests
{
    [Fact]
    public void Flattens_nested_objects_and_arrays_into_configuration_keys()
    {
        using var folder = new ManifestFolder();
        folder.Write("src/Api/appsettings.Production.json", """
            {
              // comments and trailing commas are allowed, as in .NET configuration
              "Logging": { "LogLevel": { "Default": "Warning" } },
              "Jwt": {
                "SecretKey": "",
                "Issuer": "netra",
                "Lifetime": 3600,
                "Strict": true,
                "Fallback": null,
              },
              "Cors": { "Origins": [ "https://a.example", "https://b.example" ] },
              "Endpoints": [ { "Url": "http://0.0.0.0:8080" } ],
              "Empty": {},
              "None": [],
              "Ünïcode": { "Clé": "é" }
            }
            """);

        var manifest = folder.Read("src/Api/appsettings.Production.json");

        Assert.Equal(ManifestKind.AppSettings, manifest.Kind);
        Assert.Equal(
            [
                "Logging:LogLevel:Default src/Api/appsettings.Production.json:3:30",
                "Jwt:SecretKey src/Api/appsettings.Production.json:5:5",
                "Jwt:Issuer src/Api/appsettings.Production.json:6:5",
                "Jwt:Lifetime src/Api/appsettings.Production.json:7:5",
                "Jwt:Strict src/Api/appsettings.Production.json:8:5",
                "Jwt:Fallback src/Api/appsettings.Production.json:9:5",
                "Cors:Origins:0 src/Api/appsettings.Production.json:11:26",
                "Cors:Origins:1 src/Api/appsettings.Production.json:11:47",
                "Endpoints:0:Url src/Api/appsettings.Production.json:12:20",
                "Ünïcode:Clé src/Api/appsettings.Production.json:15:16",
            ],
            folder.Variables(manifest));
        Assert.Equal(
            ["Logging__LogLevel__Default", "Jwt__SecretKey", "Jwt__Issuer", "Jwt__Lifetime", "Jwt__Strict", "Jwt__Fallback", "Cors__Origins__0", "Cors__Origins__1", "Endpoints__0__Url", "Ünïcode__Clé"],
            manifest.Variables.Select(v => v.EnvironmentVariableName));
        Assert.True(manifest.Provides("Jwt__SecretKey"));
        Assert.True(manifest.Provides("JWT:SECRETKEY"));
        Assert.True(manifest.Provides("Cors__Origins__1"));
        Assert.False(manifest.Provides("Jwt"));
        Assert.False(manifest.Provides("Empty"));
        Assert.Empty(manifest.UnknownSources);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        using var folder = new ManifestFolder();
        File.WriteAllBytes(Path.Combine(folder.Root, "appsettings.json"), [0xEF, 0xBB, 0xBF, .. "{\n  \"Jwt\": { \"SecretKey\": \"x\" }\n}"u8]);

        Assert.Equal(["Jwt:SecretKey appsettings.json:2:12"], folder.Variables(folder.Read("appsettings.json")));
    }

    [Theory]
    [InlineData("{\n  \"Jwt\": {\n    \"Issuer\": \"a\",\n  }\n  \"Next\": 1\n}\n", "appsettings.json:5:3: invalid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.")]
    [InlineData("{\n  \"Jwt\": \n", "appsettings.json:3:1: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("", "appsettings.json:1:1: invalid JSON: the file holds no JSON value")]
    [InlineData("// only a comment\n", "appsettings.json:2:1: invalid JSON: the file holds no JSON value")]
    [InlineData("\n  hello", "appsettings.json:2:3: invalid JSON: 'h' is an invalid start of a value.")]
    [InlineData("[1, 2]", "appsettings.json:1:1: an appsettings file must be a JSON object, found an array")]
    [InlineData("{ \"a\": 1 } { }", "appsettings.json:1:12: invalid JSON: '{' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("{\n  \"Jwt\": { \"Issuer\": \"a\" },\n  \"JWT\": { \"issuer\": \"b\" }\n}\n", "appsettings.json:3:12: the key 'JWT:issuer' is given twice (first at line 2); .NET configuration rejects the file")]
    public void A_malformed_file_is_a_located_error(string content, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Write("appsettings.json", content);

        Assert.Equal(expected, folder.Error("appsettings.json"));
    }
}
