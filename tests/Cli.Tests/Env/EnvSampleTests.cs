using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests.Env;

/// <summary>
/// <c>ssot-check env</c> on the NetraApex sample through the command line: its deploy/docker-compose.yml lacks the
/// declared AUTH_SERVICE_URL (EXPECTED.md), so the command names it and exits 1; a copy that has it passes. The sample
/// is never written: changed manifests are copies in a temporary folder.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class EnvSampleTests(SampleFixture sample)
{
    private static string Solution => Path.Combine(Repository.Sample, "NetraApex.slnx");

    private static string Compose => Path.Combine(Repository.Sample, "deploy", "docker-compose.yml");

    [Fact]
    public async Task The_compose_file_without_AUTH_SERVICE_URL_fails_naming_the_variable_and_the_manifest()
    {
        Assert.NotNull(sample.Slnx); // restored once by the fixture; --no-restore below

        var (exit, output, error) = await CliRunner.RunAsync("env", Solution, "--no-restore", "--no-progress", "--manifest", Compose);

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            $"""
            ssot-check env: {Solution} (config ssot.json)

            Variables (4):
              AUTH_SERVICE_URL [environment] required (declared)
                read at src/Backend/Config/AppConfig.cs:14:25 Environment.GetEnvironmentVariable (Netra.Backend)
                missing from deploy/docker-compose.yml
              JWT_SECRET_KEY [environment] required (declared)
                read at src/Auth/TokenValidator.cs:17:22 Environment.GetEnvironmentVariable (Netra.Auth)
                read at src/Backend/Config/AppConfig.cs:13:23 Environment.GetEnvironmentVariable (Netra.Backend)
              REDIS_URL [environment] optional, undeclared
                read at src/Backend/RateLimiting/RateLimitOptions.cs:23:20 Environment.GetEnvironmentVariable (Netra.Backend, fallback)
              SERVICE_SECRET [environment] required (declared)
                read at src/Backend/Config/AppConfig.cs:12:24 Environment.GetEnvironmentVariable (Netra.Backend)
                read at src/Backend/Security/ServiceTokenSigner.cs:17:22 Environment.GetEnvironmentVariable (Netra.Backend)

            Manifests (1):
              deploy/docker-compose.yml (docker-compose, 3 variable(s))

            Missing: required variable AUTH_SERVICE_URL is not provided by deploy/docker-compose.yml

            1 required variable(s) missing from 1 of 1 manifest(s).

            """,
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_copy_of_the_compose_file_that_sets_AUTH_SERVICE_URL_passes()
    {
        Assert.NotNull(sample.Slnx);
        using var folder = new TempSolution();
        string fixedCompose = folder.Write(
            "deploy/docker-compose.yml",
            File.ReadAllText(Compose).Replace("      REDIS_URL:", "      AUTH_SERVICE_URL: http://auth:8080\n      REDIS_URL:", StringComparison.Ordinal));
        string display = Path.GetRelativePath(Repository.Sample, fixedCompose).Replace('\\', '/');

        var (exit, output, error) = await CliRunner.RunAsync("env", Solution, "--no-restore", "--manifest", fixedCompose);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        string[] lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.DoesNotContain(lines, l => l.Contains("missing from", StringComparison.Ordinal));
        Assert.Equal(
            [
                "Manifests (1):",
                $"  {display} (docker-compose, 4 variable(s))",
                string.Empty,
                "All 3 required variable(s) are provided by every manifest (1).",
                string.Empty,
            ],
            lines[^5..]);
    }

    [Fact]
    public async Task The_json_report_goes_to_the_output_file_and_the_missing_variable_to_stderr()
    {
        Assert.NotNull(sample.Slnx);
        using var folder = new TempSolution();
        string report = Path.Combine(folder.Root, "out", "env.json");

        var (exit, output, error) = await CliRunner.RunAsync("env", Solution, "--no-restore", "--manifest", Compose, "--format", "json", "--output", report);

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: required variable AUTH_SERVICE_URL is not provided by deploy/docker-compose.yml\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(
            $$"""
            {
              "tool": {
                "name": "ssot-check",
                "version": "{{Netra.Ssot.Cli.Engine.SsotCheck.ToolVersion}}"
              },
              "solution": "{{Solution}}",
              "config": "ssot.json",
              "passed": false,
              "variables": [
            {{Variable("AUTH_SERVICE_URL", true, ["deploy/docker-compose.yml"], Read("src/Backend/Config/AppConfig.cs", 14, 25, "AUTH_SERVICE_URL"))}},
            {{Variable("JWT_SECRET_KEY", true, [], Read("src/Auth/TokenValidator.cs", 17, 22, "JWT_SECRET_KEY", "Netra.Auth"), Read("src/Backend/Config/AppConfig.cs", 13, 23, "JWT_SECRET_KEY"))}},
            {{Variable("REDIS_URL", false, [], Read("src/Backend/RateLimiting/RateLimitOptions.cs", 23, 20, "REDIS_URL", fallback: true))}},
            {{Variable("SERVICE_SECRET", true, [], Read("src/Backend/Config/AppConfig.cs", 12, 24, "SERVICE_SECRET"), Read("src/Backend/Security/ServiceTokenSigner.cs", 17, 22, "SERVICE_SECRET"))}}
              ],
              "unread": [],
              "dynamic": [],
              "manifests": [
                {
                  "path": "deploy/docker-compose.yml",
                  "kind": "docker-compose",
                  "variables": 3,
                  "unknownSources": []
                }
              ],
              "loadIssues": []
            }

            """,
            File.ReadAllText(report).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_markdown_report_is_a_table_of_the_variables()
    {
        Assert.NotNull(sample.Slnx);

        var (exit, output, _) = await CliRunner.RunAsync("env", Solution, "--no-restore", "--manifest", Compose, "--format", "markdown");

        Assert.Equal(ExitCodes.GateFailed, exit);
        Assert.Equal(
            $"""
            ## ❌ Environment of {Solution.Replace("_", "\\_", StringComparison.Ordinal)}

            1 required variable(s) missing from 1 of 1 manifest(s).

            | Variable | Source | Required | Secret | Read at | Missing from |
            |---|---|---|---|---|---|
            | `AUTH_SERVICE_URL` | environment | yes (declared) | no | `src/Backend/Config/AppConfig.cs:14` | `deploy/docker-compose.yml` |
            | `JWT_SECRET_KEY` | environment | yes (declared) | no | `src/Auth/TokenValidator.cs:17`<br>`src/Backend/Config/AppConfig.cs:13` |  |
            | `REDIS_URL` (undeclared) | environment | no | no | `src/Backend/RateLimiting/RateLimitOptions.cs:23` |  |
            | `SERVICE_SECRET` | environment | yes (declared) | no | `src/Backend/Config/AppConfig.cs:12`<br>`src/Backend/Security/ServiceTokenSigner.cs:17` |  |

            """,
            output.ReplaceLineEndings("\n"));
    }

    /// <summary>One variable of the sample as the json report writes it (all are environment variables, none secret).</summary>
    private static string Variable(string name, bool declared, string[] missingFrom, params string[] reads)
        => $$"""
                {
                  "name": "{{name}}",
                  "source": "environment",
                  "declared": {{(declared ? "true" : "false")}},
                  "required": {{(declared ? "true" : "false")}},
                  "requiredBecause": {{(declared ? "\"declared\"" : "null")}},
                  "secret": false,
                  "description": null,
                  "section": false,
                  "reads": [
            {{string.Join(",\n", reads)}}
                  ],
                  "missingFrom": {{(missingFrom.Length == 0 ? "[]" : "[\n" + string.Join(",\n", missingFrom.Select(m => $"        \"{m}\"")) + "\n      ]")}}
                }
            """;

    private static string Read(string file, int line, int column, string key, string project = "Netra.Backend", bool fallback = false)
        => $$"""
                    {
                      "file": "{{file}}",
                      "line": {{line}},
                      "column": {{column}},
                      "project": "{{project}}",
                      "api": "Environment.GetEnvironmentVariable",
                      "key": "{{key}}",
                      "fallback": {{(fallback ? "true" : "false")}},
                      "section": false,
                      "test": false
                    }
            """;
}
