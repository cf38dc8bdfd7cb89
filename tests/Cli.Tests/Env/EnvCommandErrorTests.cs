using System.CommandLine;
using Netra.Ssot.Cli.Commands;

namespace Netra.Ssot.Cli.Tests.Env;

/// <summary>
/// The usage and manifest errors of <c>ssot-check env</c>: exit 2 with one located line, decided before the solution
/// is loaded (manifests are read first), so none of these tests restores or loads anything.
/// </summary>
public sealed class EnvCommandErrorTests : IDisposable
{
    private readonly TempSolution _folder = new();

    public EnvCommandErrorTests()
    {
        _folder.Project("src/App");
        _folder.Write("src/App/Program.cs", "namespace App;\npublic static class Program { }\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_malformed_env_file_is_exit_2_with_its_line_and_column()
    {
        string manifest = _folder.Write("deploy/.env", "SERVICE_SECRET=s3cr3t\n  JWT_SECRET_KEY\n");

        var (exit, output, error) = await CliRunner.RunAsync("env", _folder.Root, "--manifest", manifest);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"{manifest}:2:3: expected KEY=value, found a line without '='\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Malformed_yaml_is_exit_2_at_the_place_the_parser_gives()
    {
        string manifest = _folder.Write("deploy/docker-compose.yml", "services:\n  api:\n    environment: [A=1\n");

        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "--manifest", manifest);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.StartsWith($"{manifest}:4:1: invalid YAML: ", error, StringComparison.Ordinal);
        Assert.Single(error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_file_of_no_known_format_is_exit_2_for_the_whole_file()
    {
        string manifest = _folder.Write("deploy/settings.txt", "A=1\n");

        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "--manifest", manifest);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(
            $"{manifest}: not a recognised deployment manifest: expected a .env file, appsettings*.json, launchSettings.json, a docker-compose file or a Kubernetes manifest (.yml/.yaml)\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_missing_manifest_is_exit_2()
    {
        string manifest = Path.Combine(_folder.Root, "deploy", "missing.env");

        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "--manifest", manifest);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"{manifest}: the manifest does not exist\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "--format", "sarif");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Contains("'sarif'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_is_exit_2_before_anything_is_read()
    {
        string folderAsFile = _folder.Write("out", "a file, not a folder");

        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "--output", Path.Combine(folderAsFile, "env.json"));

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal($"error: --output '{Path.Combine(folderAsFile, "env.json")}' cannot be written: '{folderAsFile}' is a file, not a folder.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_invalid_config_given_with_config_is_exit_2_with_its_located_errors()
    {
        string config = _folder.Write("ci/env-ssot.json", """{ "configuration": { "variables": [ 42 ] } }""");

        var (exit, output, error) = await CliRunner.RunAsync("env", _folder.Root, "--config", config);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"{config}(1,", error, StringComparison.Ordinal);
        Assert.EndsWith($"{config} has 1 error(s); fix them and run again (see docs/config.md).\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_property_without_a_value_is_a_usage_error()
    {
        var (exit, _, error) = await CliRunner.RunAsync("env", _folder.Root, "-p", "TargetFrameworks");

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal("--property expects Name=Value; got 'TargetFrameworks'.", error);
    }

    [Fact]
    public async Task Help_lists_the_env_options()
    {
        var output = new StringWriter();
        int exit = await CheckCommand.Create(output, TextWriter.Null).Parse(["env", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exit);
        string help = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains(
            """
            Options:
              --config <file>                ssot.json to use (its configuration.variables). Default: the nearest one at or above <path>.
              --manifest <file>              A deployment manifest to check for every required variable: .env, docker-compose, Kubernetes YAML, appsettings*.json or launchSettings.json. Repeatable.
              --format <text|json|markdown>  Report format: text, json or markdown. [default: text]
              --output <file>                Write the report to this file (atomically). Default: standard output.
              -p, --property <name=value>    An MSBuild global property for restore and load, as Name=Value (repeatable; Name=A;B sets a list).
              --no-restore                   Do not run 'dotnet restore' before loading.
              --no-progress                  Never show progress (it is shown on stderr only when stderr is a terminal).
              -?, -h, --help                 Show help and usage information
            """,
            help,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Description:\n  List every environment variable and configuration key the code reads (declared, required, secret, where); with --manifest, exit 1 when a deployment file lacks a required one.\n",
            help,
            StringComparison.Ordinal);
    }
}
