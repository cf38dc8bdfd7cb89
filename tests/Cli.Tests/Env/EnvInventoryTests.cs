using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Engine.Variables;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests.Env;

/// <summary>
/// A small solution read every way the inventory distinguishes: declared variables (required, optional, secret, one
/// nothing reads), configuration keys in both spellings (<c>Jwt__Issuer</c> declares the read <c>Jwt:Issuer</c>), a
/// multi-targeted project whose reads count once (and a read only one target framework compiles), a read only a test
/// makes, a dynamic read, and three manifests: a .env that provides everything, an appsettings file (which provides
/// configuration keys, not the environment-only QUEUE_URL) and a Kubernetes manifest with an unknown envFrom source.
/// </summary>
public sealed class EnvInventoryTests : IClassFixture<EnvInventoryTests.Fixture>
{
    private readonly EnvironmentInventory _inventory;

    public EnvInventoryTests(Fixture fixture) => _inventory = fixture.Inventory;

    [Fact]
    public void A_read_compiled_for_two_target_frameworks_counts_once()
    {
        var queue = Assert.Single(_inventory.Variables, v => v.Name == "QUEUE_URL");

        Assert.Equal(["src/Worker/Job.cs:5:38 (Worker)"], queue.Reads.Select(r => $"{r.File}:{r.Line}:{r.Column} ({r.Project})"));
    }

    [Fact]
    public void The_missing_pairs_are_by_variable_then_manifest()
    {
        Assert.Equal(
            [
                "ConnectionStrings:Db deploy/k8s.yml",
                "FEATURE_FLAGS_URL deploy/appsettings.Production.json",
                "FEATURE_FLAGS_URL deploy/k8s.yml",
                "QUEUE_URL deploy/appsettings.Production.json",
            ],
            _inventory.Missing.Select(m => $"{m.Variable.Name} {m.Manifest}"));
    }

    [Fact]
    public void Text_report()
        => Assert.Equal(
            """
            ssot-check env: All.slnx (config ssot.json)

            Variables (6):
              ConnectionStrings:Db [configuration] required (declared), secret
                the main database
                read at src/Api/Settings.cs:7:62 IConfiguration[] (Api)
                missing from deploy/k8s.yml
              FEATURE_FLAGS_URL [none] required (declared)
                read nowhere
                missing from deploy/appsettings.Production.json
                missing from deploy/k8s.yml
              Jwt__Issuer [configuration] optional
                token issuer
                read at src/Api/Settings.cs:9:59 IConfiguration.GetValue (Api, fallback)
              LEGACY_MODE [environment] optional, undeclared
                read at src/Worker/Job.cs:7:38 Environment.GetEnvironmentVariable (Worker, fallback)
              QUEUE_URL [environment] required (declared)
                read at src/Worker/Job.cs:5:38 Environment.GetEnvironmentVariable (Worker)
                missing from deploy/appsettings.Production.json
              TEST_ONLY [environment] optional, undeclared
                read at tests/Worker.Tests/JobTests.cs:5:38 Environment.GetEnvironmentVariable (Worker.Tests, test)

            Declared but never read by production code (1): FEATURE_FLAGS_URL

            Dynamic reads, names computed at run time, not checked (1):
              src/Api/Settings.cs:11:47 Environment.GetEnvironmentVariable (Api)

            Manifests (3):
              deploy/.env (dotenv, 3 variable(s))
              deploy/appsettings.Production.json (appsettings, 2 variable(s))
              deploy/k8s.yml (kubernetes, 1 variable(s))
                may be provided by envFrom secret 'db' at deploy/k8s.yml:14 (Deployment/api container web) (not checked)

            Missing: required variable ConnectionStrings:Db is not provided by deploy/k8s.yml
            Missing: required variable FEATURE_FLAGS_URL is not provided by deploy/appsettings.Production.json
            Missing: required variable FEATURE_FLAGS_URL is not provided by deploy/k8s.yml
            Missing: required variable QUEUE_URL is not provided by deploy/appsettings.Production.json

            3 required variable(s) missing from 2 of 3 manifest(s).

            """,
            Write(EnvReportFormat.Text));

    [Fact]
    public void Json_report()
        => Assert.Equal(
            $$"""
            {
              "tool": {
                "name": "ssot-check",
                "version": "{{SsotCheck.ToolVersion}}"
              },
              "solution": "All.slnx",
              "config": "ssot.json",
              "passed": false,
              "variables": [
                {
                  "name": "ConnectionStrings:Db",
                  "source": "configuration",
                  "declared": true,
                  "required": true,
                  "requiredBecause": "declared",
                  "secret": true,
                  "description": "the main database",
                  "section": false,
                  "reads": [
                    {
                      "file": "src/Api/Settings.cs",
                      "line": 7,
                      "column": 62,
                      "project": "Api",
                      "api": "IConfiguration[]",
                      "key": "ConnectionStrings:Db",
                      "fallback": false,
                      "section": false,
                      "test": false
                    }
                  ],
                  "missingFrom": [
                    "deploy/k8s.yml"
                  ]
                },
                {
                  "name": "FEATURE_FLAGS_URL",
                  "source": "none",
                  "declared": true,
                  "required": true,
                  "requiredBecause": "declared",
                  "secret": false,
                  "description": null,
                  "section": false,
                  "reads": [],
                  "missingFrom": [
                    "deploy/appsettings.Production.json",
                    "deploy/k8s.yml"
                  ]
                },
                {
                  "name": "Jwt__Issuer",
                  "source": "configuration",
                  "declared": true,
                  "required": false,
                  "requiredBecause": null,
                  "secret": false,
                  "description": "token issuer",
                  "section": false,
                  "reads": [
                    {
                      "file": "src/Api/Settings.cs",
                      "line": 9,
                      "column": 59,
                      "project": "Api",
                      "api": "IConfiguration.GetValue",
                      "key": "Jwt:Issuer",
                      "fallback": true,
                      "section": false,
                      "test": false
                    }
                  ],
                  "missingFrom": []
                },
                {
                  "name": "LEGACY_MODE",
                  "source": "environment",
                  "declared": false,
                  "required": false,
                  "requiredBecause": null,
                  "secret": false,
                  "description": null,
                  "section": false,
                  "reads": [
                    {
                      "file": "src/Worker/Job.cs",
                      "line": 7,
                      "column": 38,
                      "project": "Worker",
                      "api": "Environment.GetEnvironmentVariable",
                      "key": "LEGACY_MODE",
                      "fallback": true,
                      "section": false,
                      "test": false
                    }
                  ],
                  "missingFrom": []
                },
                {
                  "name": "QUEUE_URL",
                  "source": "environment",
                  "declared": true,
                  "required": true,
                  "requiredBecause": "declared",
                  "secret": false,
                  "description": null,
                  "section": false,
                  "reads": [
                    {
                      "file": "src/Worker/Job.cs",
                      "line": 5,
                      "column": 38,
                      "project": "Worker",
                      "api": "Environment.GetEnvironmentVariable",
                      "key": "QUEUE_URL",
                      "fallback": false,
                      "section": false,
                      "test": false
                    }
                  ],
                  "missingFrom": [
                    "deploy/appsettings.Production.json"
                  ]
                },
                {
                  "name": "TEST_ONLY",
                  "source": "environment",
                  "declared": false,
                  "required": false,
                  "requiredBecause": null,
                  "secret": false,
                  "description": null,
                  "section": false,
                  "reads": [
                    {
                      "file": "tests/Worker.Tests/JobTests.cs",
                      "line": 5,
                      "column": 38,
                      "project": "Worker.Tests",
                      "api": "Environment.GetEnvironmentVariable",
                      "key": "TEST_ONLY",
                      "fallback": false,
                      "section": false,
                      "test": true
                    }
                  ],
                  "missingFrom": []
                }
              ],
              "unread": [
                "FEATURE_FLAGS_URL"
              ],
              "dynamic": [
                {
                  "api": "Environment.GetEnvironmentVariable",
                  "file": "src/Api/Settings.cs",
                  "line": 11,
                  "column": 47,
                  "project": "Api",
                  "test": false
                }
              ],
              "manifests": [
                {
                  "path": "deploy/.env",
                  "kind": "dotenv",
                  "variables": 3,
                  "unknownSources": []
                },
                {
                  "path": "deploy/appsettings.Production.json",
                  "kind": "appsettings",
                  "variables": 2,
                  "unknownSources": []
                },
                {
                  "path": "deploy/k8s.yml",
                  "kind": "kubernetes",
                  "variables": 1,
                  "unknownSources": [
                    {
                      "description": "envFrom secret 'db'",
                      "file": "deploy/k8s.yml",
                      "line": 14,
                      "scope": "Deployment/api container web"
                    }
                  ]
                }
              ],
              "loadIssues": []
            }

            """,
            Write(EnvReportFormat.Json));

    [Fact]
    public void Markdown_report()
        => Assert.Equal(
            """
            ## ❌ Environment of All.slnx

            3 required variable(s) missing from 2 of 3 manifest(s).

            | Variable | Source | Required | Secret | Read at | Missing from |
            |---|---|---|---|---|---|
            | `ConnectionStrings:Db` | configuration | yes (declared) | yes | `src/Api/Settings.cs:7` | `deploy/k8s.yml` |
            | `FEATURE_FLAGS_URL` | none | yes (declared) | no | nowhere | `deploy/appsettings.Production.json`<br>`deploy/k8s.yml` |
            | `Jwt__Issuer` | configuration | no | no | `src/Api/Settings.cs:9` |  |
            | `LEGACY_MODE` (undeclared) | environment | no | no | `src/Worker/Job.cs:7` |  |
            | `QUEUE_URL` | environment | yes (declared) | no | `src/Worker/Job.cs:5` | `deploy/appsettings.Production.json` |
            | `TEST_ONLY` (undeclared) | environment | no | no | `tests/Worker.Tests/JobTests.cs:5` (test) |  |

            **Declared but never read by production code:** `FEATURE_FLAGS_URL`

            **Dynamic reads** (names computed at run time, not checked): `src/Api/Settings.cs:11` Environment.GetEnvironmentVariable

            `deploy/k8s.yml` may also be provided by (not checked): envFrom secret 'db'

            """,
            Write(EnvReportFormat.Markdown));

    private string Write(EnvReportFormat format)
    {
        var writer = new StringWriter { NewLine = "\n" };
        EnvReporters.For(format).Write(_inventory, writer);
        return writer.ToString();
    }

    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        private readonly TempSolution _solution = new();

        internal EnvironmentInventory Inventory { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Create(_solution);
            var options = new EnvOptions
            {
                Path = _solution.Root,
                Manifests = ["deploy/.env", "deploy/appsettings.Production.json", "deploy/k8s.yml"],
            };
            Inventory = await SsotEnv.RunAsync(options, _solution.Root, null, CancellationToken.None);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _solution.Dispose();

        private static void Create(TempSolution solution)
        {
            solution.Write("src/Api/Api.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net10.0</TargetFrameworks>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
                </Project>

                """);
            solution.Write("src/Api/Settings.cs", """
                using Microsoft.Extensions.Configuration;

                namespace Api;

                public static class Settings
                {
                    public static string? Database(IConfiguration config) => config["ConnectionStrings:Db"];

                    public static string Issuer(IConfiguration config) => config.GetValue("Jwt:Issuer", "netra");

                    public static string? Any(string name) => System.Environment.GetEnvironmentVariable(name);
                }

                """);
            solution.Write("src/Worker/Worker.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                </Project>

                """);
            solution.Write("src/Worker/Job.cs", """
                namespace Worker;

                public static class Job
                {
                    public static string? Queue() => System.Environment.GetEnvironmentVariable("QUEUE_URL");
                #if NET8_0
                    public static string Legacy() => System.Environment.GetEnvironmentVariable("LEGACY_MODE") ?? "off";
                #endif
                }

                """);
            solution.Write("tests/Worker.Tests/Worker.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net10.0</TargetFrameworks>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                </Project>

                """);
            solution.Write("tests/Worker.Tests/JobTests.cs", """
                namespace Worker.Tests;

                public static class JobTests
                {
                    public static string? Token() => System.Environment.GetEnvironmentVariable("TEST_ONLY");
                }

                """);
            solution.Write("All.slnx", """
                <Solution>
                  <Project Path="src/Api/Api.csproj" />
                  <Project Path="src/Worker/Worker.csproj" />
                  <Project Path="tests/Worker.Tests/Worker.Tests.csproj" />
                </Solution>

                """);
            solution.Write("ssot.json", """
                {
                  "tests": ["tests/**"],
                  "configuration": {
                    "variables": [
                      "QUEUE_URL",
                      { "name": "Jwt__Issuer", "required": false, "description": "token issuer" },
                      { "name": "ConnectionStrings:Db", "secret": true, "description": "the main database" },
                      "FEATURE_FLAGS_URL"
                    ]
                  }
                }

                """);
            solution.Write("deploy/.env", """
                QUEUE_URL=amqp://queue
                ConnectionStrings__Db=Host=db
                FEATURE_FLAGS_URL=http://flags

                """);
            solution.Write("deploy/appsettings.Production.json", """
                { "ConnectionStrings": { "Db": "" }, "QUEUE_URL": "x" }

                """);
            solution.Write("deploy/k8s.yml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          env:
                            - name: QUEUE_URL
                              value: amqp://queue
                          envFrom:
                            - secretRef:
                                name: db

                """);
        }
    }
}
