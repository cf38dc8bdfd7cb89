using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class KubernetesManifestTests
{
    private const string Manifests = """
        apiVersion: v1
        kind: ConfigMap
        # settings shared by the api pods
        metadata: {name: api-config, namespace: netra}
        data:
          LOG_LEVEL: info
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: netra
        spec:
          replicas: 2
          template:
            spec:
              initContainers:
                - name: migrate
                  image: netra/migrate:1.4
                  env:
                    - name: ConnectionStrings__Db
                      valueFrom:
                        secretKeyRef: {name: db, key: url}
              containers:
                - name: web
                  image: netra/api:1.4
                  env:
                    - name: SERVICE_SECRET
                      valueFrom:
                        secretKeyRef:
                          name: api-secrets
                          key: service-secret
                    - name: AUTH_SERVICE_URL
                      value: http://auth.netra.svc:8080
                  envFrom:
                    - configMapRef:
                        name: api-config
                    - secretRef:
                        name: jwt
                      prefix: JWT_
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: cleanup
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                    - name: cleanup
                      image: netra/cleanup:1.4
                      env:
                        - {name: RETENTION_DAYS, value: "30"}
                  restartPolicy: OnFailure
        ---
        """;

    [Fact]
    public void Reads_env_names_of_containers_and_init_containers_resolves_envFrom_of_the_file_and_notes_the_rest_as_unknown()
    {
        using var folder = new ManifestFolder();
        folder.Write("k8s/api.yaml", Manifests);

        var manifest = folder.Read("k8s/api.yaml");

        Assert.Equal(ManifestKind.Kubernetes, manifest.Kind);
        Assert.Equal(
            [
                "ConnectionStrings__Db k8s/api.yaml:21:21 [Deployment/api init container migrate]",
                "SERVICE_SECRET k8s/api.yaml:28:21 [Deployment/api container web]",
                "AUTH_SERVICE_URL k8s/api.yaml:33:21 [Deployment/api container web]",
                "LOG_LEVEL k8s/api.yaml:6:3 [Deployment/api container web]",
                "RETENTION_DAYS k8s/api.yaml:56:26 [CronJob/cleanup container cleanup]",
            ],
            folder.Variables(manifest));
        Assert.Equal(
            [
                "envFrom secret 'jwt' with prefix 'JWT_' k8s/api.yaml:38:15 [Deployment/api container web]",
            ],
            folder.UnknownSources(manifest));
        Assert.True(manifest.Provides("ConnectionStrings:Db"));
        Assert.False(manifest.Provides("JWT_SECRET_KEY"));
    }

    [Fact]
    public void Reads_pods_jobs_and_the_items_of_a_list()
    {
        using var folder = new ManifestFolder();
        folder.Write("all.yml", """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Pod
                metadata: {name: debug}
                spec:
                  containers:
                    - name: shell
                      env: [{name: A}]
              - apiVersion: batch/v1
                kind: Job
                metadata: {name: seed}
                spec:
                  template:
                    spec:
                      containers:
                        - name: seed
                          env: [{name: B}]
              - apiVersion: v1
                kind: Service
                metadata: {name: api}
            """);

        var manifest = folder.Read("all.yml");

        Assert.Equal(["A all.yml:10:24 [Pod/debug container shell]", "B all.yml:19:28 [Job/seed container seed]"], folder.Variables(manifest));
        Assert.Empty(manifest.UnknownSources);
    }

    [Fact]
    public void EnvFrom_uses_the_keys_of_a_secret_of_the_file_only_in_the_same_namespace()
    {
        using var folder = new ManifestFolder();
        folder.Write("secrets.yaml", """
            apiVersion: v1
            kind: Secret
            metadata: {name: jwt, namespace: prod}
            stringData:
              SECRET_KEY: change-me
            data:
              ISSUER: bmV0cmE=
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: jwt-settings, namespace: staging}
            data: {AUDIENCE: api}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: api, namespace: prod}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      envFrom:
                        - secretRef: {name: jwt}
                          prefix: JWT_
                        - configMapRef: {name: jwt-settings}
            """);

        var manifest = folder.Read("secrets.yaml");

        Assert.Equal(
            ["JWT_ISSUER secrets.yaml:7:3 [StatefulSet/api container web]", "JWT_SECRET_KEY secrets.yaml:5:3 [StatefulSet/api container web]"],
            folder.Variables(manifest));
        Assert.Equal(["envFrom configMap 'jwt-settings' secrets.yaml:25:15 [StatefulSet/api container web]"], folder.UnknownSources(manifest));
    }

    [Fact]
    public void A_list_that_contains_itself_through_an_alias_is_read_once()
    {
        using var folder = new ManifestFolder();
        folder.Write("list.yaml", """
            kind: List
            items: &items
              - kind: Pod
                spec: {containers: [{name: web, env: [{name: A}]}]}
              - kind: List
                items: *items
            """);

        Assert.Equal(["A list.yaml:4:50 [Pod/(unnamed) container web]"], folder.Variables(folder.Read("list.yaml")));
    }

    [Theory]
    [InlineData("kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          env:\n            - value: x\n", "k8s.yaml:8:15: an 'env' entry needs a 'name'")]
    [InlineData("kind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: 1\n", "k8s.yaml:4:3: 'spec' of Deployment 'api' has no 'template'")]
    [InlineData("kind: Pod\nspec:\n  containers:\n    - name: web\n      envFrom:\n        - prefix: X_\n", "k8s.yaml:6:11: an 'envFrom' entry needs a 'configMapRef' or a 'secretRef'")]
    [InlineData("kind: Pod\nspec:\n  containers:\n    - name: web\n      envFrom:\n        - secretRef: {optional: true}\n", "k8s.yaml:6:22: 'secretRef' needs a 'name'")]
    [InlineData("kind: Pod\nspec:\n  containers:\n    name: web\n", "k8s.yaml:4:5: 'containers' must be a list, found a mapping")]
    [InlineData("apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n", "k8s.yaml:1:1: Pod '(unnamed)' has no 'spec'")]
    [InlineData("apiVersion: v1\nkind: Service\n---\napiVersion: v1\nmetadata: {}\n", "k8s.yaml:4:1: a Kubernetes object needs a 'kind'")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: \"web\n", "k8s.yaml:5:11: invalid YAML: While scanning a quoted scalar, found unexpected end of stream.")]
    [InlineData("image: nginx\nports: [80]\n", "k8s.yaml:1:1: not a docker-compose file (no top-level 'services:') nor a Kubernetes manifest (no 'apiVersion' or 'kind')")]
    [InlineData("# nothing here\n", "k8s.yaml: the YAML file has no content")]
    public void A_malformed_manifest_is_a_located_error(string content, string expected)
    {
        using var folder = new ManifestFolder();
        folder.Write("k8s.yaml", content);

        Assert.Equal(expected, folder.Error("k8s.yaml"));
    }
}
