using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class ComposeManifestTests
{
    private const string Compose = """
        x-common: &common
          environment:
            LOG_LEVEL: info
        services:
          api:
            image: netra/api:1.4
            env_file:
              - ./config/api.env
              - path: ./secrets.env
                required: false
            environment:
              SERVICE_SECRET: ${SERVICE_SECRET}
              AUTH_SERVICE_URL: http://auth:8080
              Jwt__Issuer:
              RETRIES: 3
          worker:
            <<: *common
            image: netra/worker:1.4
            env_file: worker.env
          auth:
            image: netra/auth:1.4
            environment:
              - JWT_SECRET_KEY=${JWT_SECRET_KEY}
              - "ConnectionStrings__Db=Host=db;Port=5432"
              - PASS_THROUGH
          db:
            image: postgres:17
        """;

    [Fact]
    public void Reads_environment_maps_lists_env_files_and_merge_keys()
    {
        using var folder = new ManifestFolder();
        folder.Write("deploy/docker-compose.yml", Compose);
        folder.Write("deploy/config/api.env", "# api\nDATABASE_URL=postgres://db/netra\n");
        folder.Write("deploy/worker.env", "QUEUE_NAME=jobs\n");

        var manifest = folder.Read("deploy/docker-compose.yml");

        Assert.Equal(ManifestKind.DockerCompose, manifest.Kind);
        Assert.Equal(
            [
                "DATABASE_URL deploy/config/api.env:2:1 [service api]",
                "SERVICE_SECRET deploy/docker-compose.yml:12:7 [service api]",
                "AUTH_SERVICE_URL deploy/docker-compose.yml:13:7 [service api]",
                "Jwt__Issuer deploy/docker-compose.yml:14:7 [service api]",
                "RETRIES deploy/docker-compose.yml:15:7 [service api]",
                "QUEUE_NAME deploy/worker.env:1:1 [service worker]",
                "LOG_LEVEL deploy/docker-compose.yml:3:5 [service worker]",
                "JWT_SECRET_KEY deploy/docker-compose.yml:23:9 [service auth]",
                "ConnectionStrings__Db deploy/docker-compose.yml:24:9 [service auth]",
                "PASS_THROUGH deploy/docker-compose.yml:25:9 [service auth]",
            ],
            folder.Variables(manifest));
        Assert.Equal(["env_file './secrets.env' (not found) deploy/docker-compose.yml:9:15 [service api]"], folder.UnknownSources(manifest));
        Assert.True(manifest.Provides("Jwt:Issuer"));
        Assert.True(manifest.Provides("connectionstrings:db"));
        Assert.False(manifest.Provides("JWT_SECRET"));
        Assert.Equal(["SERVICE_SECRET deploy/docker-compose.yml:12:7 [service api]"], folder.Variables(manifest with { Variables = manifest.Find("service_secret") }));
    }

    [Fact]
    public void Follows_extends_in_the_same_file_and_notes_other_files_as_unknown()
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", """
            include:
              - ./infra/compose.db.yml
              - path: [./a.yml, ./b.yml]
            services:
              base:
                environment: {SERVICE_SECRET: x}
              api:
                extends: base
                environment: [AUTH_SERVICE_URL=http://auth]
              worker:
                extends:
                  service: api
              legacy:
                extends: {file: ../legacy/compose.yml, service: web}
            """);

        var manifest = folder.Read("compose.yml");

        Assert.Equal(
            [
                "SERVICE_SECRET compose.yml:6:19 [service base]",
                "SERVICE_SECRET compose.yml:6:19 [service api]",
                "AUTH_SERVICE_URL compose.yml:9:19 [service api]",
                "SERVICE_SECRET compose.yml:6:19 [service worker]",
                "AUTH_SERVICE_URL compose.yml:9:19 [service worker]",
            ],
            folder.Variables(manifest));
        Assert.Equal(
            [
                "extends service 'web' of '../legacy/compose.yml' (not followed) compose.yml:14:53 [service legacy]",
                "include './infra/compose.db.yml' (not followed) compose.yml:2:5",
                "include './a.yml' (not followed) compose.yml:3:12",
                "include './b.yml' (not followed) compose.yml:3:21",
            ],
            folder.UnknownSources(manifest));
    }

    [Fact]
    public void An_environment_map_includes_merged_entries_it_does_not_override()
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", """
            x-env: &env
              LOG_LEVEL: info
              AUTH_SERVICE_URL: http://auth
            services:
              api:
                environment:
                  <<: *env
                  AUTH_SERVICE_URL: http://auth-internal
                  SERVICE_SECRET: x
            """);

        Assert.Equal(
            [
                "AUTH_SERVICE_URL compose.yml:8:7 [service api]",
                "SERVICE_SECRET compose.yml:9:7 [service api]",
                "LOG_LEVEL compose.yml:2:3 [service api]",
            ],
            folder.Variables(folder.Read("compose.yml")));
    }

    [Fact]
    public void A_merge_key_that_refers_to_itself_ends()
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", """
            services:
              api: &api
                <<: *api
                environment: {A: 1}
            """);

        // YamlDotNet resolves the alias to the mapping that contains it: a cycle the look-ups must not follow forever.
        Assert.Equal(["A compose.yml:4:19 [service api]"], folder.Variables(folder.Read("compose.yml")));
    }

    [Theory]
    [InlineData("compose.yaml")]
    [InlineData("docker-compose.prod.yml")]
    [InlineData("stack.yml")]
    public void Is_recognised_by_name_or_by_a_top_level_services_key(string name)
    {
        using var folder = new ManifestFolder();
        folder.Write(name, "services:\n  web:\n    environment: [A=1]\n");

        var manifest = folder.Read(name);

        Assert.Equal(ManifestKind.DockerCompose, manifest.Kind);
        Assert.Equal([$"A {name}:3:19 [service web]"], folder.Variables(manifest));
    }

    [Theory]
    [InlineData("services:\n  api:\n    environment:\n      A: 1\n     B: 2\n", "compose.yml:5:6: invalid YAML: While parsing a block mapping, did not find expected key.")]
    [InlineData("services:\n  api:\n    environment:\n      A: 1\n      A: 2\n", "compose.yml:5:7: invalid YAML: Duplicate key A")]
    [InlineData("services:\n  api:\n    image: [\n", "compose.yml:4:1: invalid YAML: While parsing a node, did not find expected node content.")]
    [InlineData("services:\n  api:\n    extends: web\n", "compose.yml:3:14: 'extends' names the service 'web', which this file does not define")]
    [InlineData("services:\n  a:\n    extends: b\n  b:\n    extends: {service: a}\n", "compose.yml:5:24: 'extends' of 'a' makes a cycle")]
    [InlineData("version: '3'\n", "compose.yml:1:1: a docker-compose file needs a top-level 'services:' mapping")]
    [InlineData("- a\n- b\n", "compose.yml:1:1: a docker-compose file must be a mapping, found a list")]
    [InlineData("services:\n  api: nginx\n", "compose.yml:2:8: service 'api' must be a mapping, found 'nginx'")]
    [InlineData("services:\n  api:\n    environment: A=1\n", "compose.yml:3:18: 'environment' must be a mapping or a list of KEY=value, found 'A=1'")]
    [InlineData("services:\n  api:\n    environment:\n      - =1\n", "compose.yml:4:9: the 'environment' item '=1' has no variable name")]
    [InlineData("services:\n  api:\n    environment:\n      - {A: 1}\n", "compose.yml:4:9: an 'environment' list item must be a string, found a mapping")]
    [InlineData("services:\n  api:\n    environment:\n      A: [1, 2]\n", "compose.yml:4:10: the value of 'A' must be a string, number, boolean or null, found a list")]
    [InlineData("services:\n  api:\n    env_file:\n      - required: true\n", "compose.yml:4:9: an 'env_file' entry needs a 'path'")]
    public void A_malformed_compose_file_is_a_located_error(string content, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", content);

        Assert.Equal(expected, folder.Error("compose.yml"));
    }

    [Fact]
    public void A_malformed_env_file_is_located_in_the_env_file()
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", "services:\n  api:\n    env_file: api.env\n");
        folder.Write("api.env", "A=1\nnot a pair\n");

        Assert.Equal("api.env:2:1: expected KEY=value, found a line without '='", folder.Error("compose.yml"));
    }

    [Fact]
    public void An_env_file_that_is_a_directory_is_located_at_the_reference()
    {
        using var folder = new ManifestFolder();
        folder.Write("compose.yml", "services:\n  api:\n    env_file: conf\n");
        Directory.CreateDirectory(Path.Combine(folder.Root, "conf"));

        Assert.Equal("compose.yml:3:15: env_file 'conf' is not a regular file: it is a directory", folder.Error("compose.yml"));
    }
}
