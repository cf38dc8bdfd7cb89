using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class ManifestReaderTests
{
    [Theory]
    [InlineData(".env", "DotEnv")]
    [InlineData("staging.env", "DotEnv")]
    [InlineData(".env.local", "DotEnv")]
    [InlineData("appsettings.json", "AppSettings")]
    [InlineData("AppSettings.Staging.JSON", "AppSettings")]
    [InlineData("launchSettings.json", "LaunchSettings")]
    [InlineData("docker-compose.yml", "DockerCompose")]
    [InlineData("docker-compose.override.yaml", "DockerCompose")]
    [InlineData("compose.yaml", "DockerCompose")]
    [InlineData("compose.prod.yml", "DockerCompose")]
    public void The_file_name_decides_the_kind(string name, string kind)
    {
        Assert.Equal(kind, ManifestKinds.FromName(Path.Combine("deploy", name), out _).ToString());
    }

    [Theory]
    [InlineData("deployment.yaml", true)]
    [InlineData("values.yml", true)]
    [InlineData("settings.json", false)]
    [InlineData("Dockerfile", false)]
    [InlineData("env", false)]
    public void Other_names_have_no_kind_and_yaml_is_decided_by_content(string name, bool isYaml)
    {
        Assert.Null(ManifestKinds.FromName(name, out bool yaml));
        Assert.Equal(isYaml, yaml);
    }

    [Fact]
    public void Yaml_content_decides_between_compose_and_kubernetes()
    {
        using var folder = new ManifestFolder();
        folder.Write("stack.yaml", "services:\n  api:\n    environment: {A: 1}\n");
        folder.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: web, env: [{name: A}]}]\n");

        Assert.Equal(ManifestKind.DockerCompose, folder.Read("stack.yaml").Kind);
        Assert.Equal(ManifestKind.Kubernetes, folder.Read("pod.yaml").Kind);
    }

    [Fact]
    public void An_unrecognised_file_is_an_error_for_the_whole_file()
    {
        using var folder = new ManifestFolder();
        folder.Write("settings.toml", "A = 1\n");

        Assert.Equal(
            "settings.toml: not a recognised deployment manifest: expected a .env file, appsettings*.json, launchSettings.json, "
                + "a docker-compose file or a Kubernetes manifest (.yml/.yaml)",
            folder.Error("settings.toml"));
    }

    [Fact]
    public void A_relative_path_is_read_from_the_current_directory_and_reported_in_full()
    {
        using var folder = new ManifestFolder();
        folder.Write(".env", "A=1\n");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(folder.Root, ".env"));

        var result = ManifestReader.Read(relative);

        Assert.True(result.Succeeded);
        Assert.Equal(Path.Combine(folder.Root, ".env"), result.Manifest.Path);
        Assert.Equal(Path.Combine(folder.Root, ".env"), result.Manifest.Variables.Single().File);
    }

    [Fact]
    public void A_fifo_is_refused_without_being_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new ManifestFolder();
        string fifo = Path.Combine(folder.Root, "blocked.env");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Assert.Equal("blocked.env: the manifest is not a regular file: it is a FIFO (named pipe)", folder.Error("blocked.env"));
    }
}
