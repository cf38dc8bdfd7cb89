using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class DotEnvManifestTests
{
    [Fact]
    public void Reads_names_with_their_lines_through_comments_exports_quotes_and_blank_lines()
    {
        using var folder = new ManifestFolder();
        folder.Write(".env", """
            # backend settings
            SERVICE_SECRET=s3cr3t

            export JWT_SECRET_KEY="abc#def"   # the hash inside quotes is not a comment
              AUTH_SERVICE_URL = http://auth:8080 # trailing comment
            EMPTY=
            SINGLE='literal $HOME # not a comment'
            PRIVATE_KEY="-----BEGIN KEY-----
            MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
            -----END KEY-----"
            Jwt__Issuer=netra
            """);

        var manifest = folder.Read(".env");

        Assert.Equal(ManifestKind.DotEnv, manifest.Kind);
        Assert.Equal(Path.Combine(folder.Root, ".env"), manifest.Path);
        Assert.Equal(
            [
                "SERVICE_SECRET .env:2:1",
                "JWT_SECRET_KEY .env:4:8",
                "AUTH_SERVICE_URL .env:5:3",
                "EMPTY .env:6:1",
                "SINGLE .env:7:1",
                "PRIVATE_KEY .env:8:1",
                "Jwt__Issuer .env:11:1",
            ],
            folder.Variables(manifest));
        Assert.Empty(manifest.UnknownSources);
        Assert.True(manifest.Provides("Jwt:Issuer"));
        Assert.False(manifest.Provides("MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu"));
    }

    [Theory]
    [InlineData("production.env")]
    [InlineData(".env.production")]
    [InlineData("PROD.ENV")]
    public void Is_recognised_by_file_name(string name)
    {
        using var folder = new ManifestFolder();
        folder.Write(name, "A=1\r\nB=2\r\n");

        var manifest = folder.Read(name);

        Assert.Equal(ManifestKind.DotEnv, manifest.Kind);
        Assert.Equal([$"A {name}:1:1", $"B {name}:2:1"], folder.Variables(manifest));
    }

    [Theory]
    [InlineData("A=1\nJUST_A_NAME\n", ".env:2:1: expected KEY=value, found a line without '='")]
    [InlineData("A=1\n   =value\n", ".env:2:4: the variable name before '=' is empty")]
    [InlineData("MY KEY=1\n", ".env:1:3: 'MY KEY' is not a valid variable name (letters, digits, '_', '.' and '-' only, not starting with a digit)")]
    [InlineData("1ST=1\n", ".env:1:1: '1ST' is not a valid variable name (letters, digits, '_', '.' and '-' only, not starting with a digit)")]
    [InlineData("A=1\nB=\"never closed\nC=3\n", ".env:2:3: the double-quoted value is never closed")]
    [InlineData("B='open\n", ".env:1:3: the single-quoted value is never closed")]
    [InlineData("B=\"x\"y\n", ".env:1:6: unexpected text after the closing double quote")]
    [InlineData("B=\"line one\nline \\\" two\" tail\n", ".env:2:14: unexpected text after the closing double quote")]
    public void A_malformed_line_is_a_located_error(string content, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Write(".env", content);

        Assert.Equal(expected, folder.Error(".env"));
    }

    [Fact]
    public void A_missing_file_is_an_error_for_the_whole_file()
    {
        using var folder = new ManifestFolder();

        Assert.Equal(".env: the manifest does not exist", folder.Error(".env"));
    }

    [Fact]
    public void A_directory_is_an_error_for_the_whole_file()
    {
        using var folder = new ManifestFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "prod.env"));

        Assert.Equal("prod.env: the manifest is not a regular file: it is a directory", folder.Error("prod.env"));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_for_the_whole_file()
    {
        using var folder = new ManifestFolder();
        File.WriteAllBytes(Path.Combine(folder.Root, ".env"), [(byte)'A', (byte)'=', 0xC3, 0x28, (byte)'\n']);

        Assert.Equal(".env: the manifest is not valid UTF-8 text", folder.Error(".env"));
    }
}
