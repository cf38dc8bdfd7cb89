using System.Text.Json;
using System.Text.RegularExpressions;
using Netra.Ssot.Cli.Tests.Reliability;
using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Tests.CiRecipes;

/// <summary>
/// The GitHub Action (<c>action.yml</c>, scripts in <c>ci/github/</c>) and the Azure Pipelines template
/// (<c>ci/azure-pipelines/ssot-check.yml</c>) of docs/ci-recipes.md: their structure, and their steps run here as a
/// runner would run them (<see cref="PipelineSteps"/>) with a fake <c>gh</c> and the ssot-check built from this
/// repository, on a solution in a subfolder of its repository.
/// </summary>
public sealed class CiRecipesTests
{
    private const string Marker = "<!-- netra-ssot -->";

    private const string GateReason = "mission score 0.0% is below 100.0% (1 of 1 files not mission-compliant).";

    private static readonly string[] ScriptNames = ["install.sh", "run.sh", "comment.sh", "gate.sh"];

    [Fact]
    public void The_action_declares_every_input_it_uses_and_uses_every_input_it_declares()
    {
        var action = PipelineSteps.Load("action.yml");
        var declared = PipelineSteps.Keys(action, "inputs").Order(StringComparer.Ordinal).ToList();
        string text = File.ReadAllText(Path.Combine(Repository.Root, "action.yml"));
        var used = Referenced(text, "inputs").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["args", "badge", "command", "comment", "config", "fail-on-gate", "markdown", "min-score", "mission-only", "path", "sarif", "token", "tool-source", "upload-sarif", "version"],
            declared);
        Assert.Equal(declared, used);
    }

    [Fact]
    public void The_action_metadata_has_only_the_keys_github_reads_for_a_composite_action()
    {
        var action = PipelineSteps.Load("action.yml");
        string[] topLevel = ["name", "description", "author", "branding", "inputs", "outputs", "runs"];
        string[] inputKeys = ["description", "required", "default", "deprecationMessage"];
        string[] stepKeys = ["name", "id", "if", "run", "shell", "env", "working-directory", "continue-on-error", "uses", "with"];

        Assert.Equal(topLevel, Keys(action));
        Assert.False(string.IsNullOrWhiteSpace(PipelineSteps.Scalar(action, "name")));
        Assert.False(string.IsNullOrWhiteSpace(PipelineSteps.Scalar(action, "description")));
        foreach (var (name, input) in Children(action, "inputs"))
        {
            Assert.True(Keys(input).All(inputKeys.Contains), $"input {name}: {string.Join(", ", Keys(input))}");
            Assert.False(string.IsNullOrWhiteSpace(PipelineSteps.Scalar(input, "description")), $"input {name} has no description");
        }

        foreach (var (name, output) in Children(action, "outputs"))
        {
            Assert.Equal(["description", "value"], Keys(output));
        }

        var runs = (YamlMappingNode)action["runs"];
        Assert.Equal(["using", "steps"], Keys(runs));
        Assert.Equal("composite", PipelineSteps.Scalar(runs, "using"));
        var steps = PipelineSteps.Steps(action);
        Assert.All(steps, step =>
        {
            Assert.True(Keys(step).All(stepKeys.Contains), string.Join(", ", Keys(step)));
            Assert.True(PipelineSteps.Scalar(step, "run") is null != (PipelineSteps.Scalar(step, "uses") is null), "a step runs a script or uses an action");
        });
        var ids = steps.Select(s => PipelineSteps.Scalar(s, "id")).OfType<string>().ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task The_action_installs_runs_uploads_comments_and_gates_in_that_order_each_run_step_a_bash_script()
    {
        var steps = PipelineSteps.Steps(PipelineSteps.Load("action.yml"));

        Assert.Equal(
            ["Install ssot-check", "Run ssot-check", "Upload SARIF to code scanning", "Comment on the pull request", "Gate"],
            steps.Select(s => PipelineSteps.Scalar(s, "name")));
        var upload = steps[2];
        Assert.Equal("github/codeql-action/upload-sarif@v4", PipelineSteps.Scalar(upload, "uses"));
        Assert.Equal("${{ !cancelled() && inputs.upload-sarif == 'true' && steps.run.outputs.sarif != '' }}", PipelineSteps.Scalar(upload, "if"));
        Assert.Equal("${{ steps.run.outputs.sarif }}", PipelineSteps.Map(upload, "with")["sarif_file"]);

        var runSteps = steps.Where(s => PipelineSteps.Scalar(s, "run") is not null).ToList();
        Assert.All(runSteps, s => Assert.Equal("bash", PipelineSteps.Scalar(s, "shell")));
        Assert.Equal(
            ScriptNames.Select(name => $"bash \"$GITHUB_ACTION_PATH/ci/github/{name}\""),
            runSteps.Select(s => PipelineSteps.Scalar(s, "run")));

        // A step reads only the outputs of a step before it.
        var earlier = new List<string>();
        foreach (var step in steps)
        {
            foreach (var (_, value) in PipelineSteps.Map(step, "env").Concat(PipelineSteps.Map(step, "with")))
            {
                foreach (Match expression in PipelineSteps.Expression().Matches(value))
                {
                    if (PipelineSteps.StepOutput().Match(expression.Groups[1].Value) is { Success: true } output)
                    {
                        Assert.Contains(output.Groups[1].Value, earlier);
                    }
                }
            }

            earlier.Add(PipelineSteps.Scalar(step, "id") ?? string.Empty);
        }

        foreach (string name in ScriptNames)
        {
            var (exit, output) = await PipelineSteps.BashAsync($"bash -n ci/github/{name}", Repository.Root, new Dictionary<string, string>());
            Assert.True(exit == 0, $"bash -n ci/github/{name}: {output}");
        }
    }

    [Fact]
    public void The_action_outputs_are_the_run_step_outputs()
    {
        var action = PipelineSteps.Load("action.yml");
        var outputs = ((YamlMappingNode)action["outputs"]).Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!, e => PipelineSteps.Scalar((YamlMappingNode)e.Value, "value"));

        Assert.Equal(["exit-code", "gate", "score", "mission-score", "sarif", "markdown", "badge"], outputs.Keys);
        Assert.All(outputs, o => Assert.Equal($"${{{{ steps.run.outputs.{o.Key} }}}}", o.Value));
    }

    [Fact]
    public void The_azure_template_declares_every_parameter_it_uses_and_runs_install_run_gate()
    {
        var template = PipelineSteps.Load("ci/azure-pipelines/ssot-check.yml");
        var declared = ((YamlSequenceNode)template["parameters"]).Children.Cast<YamlMappingNode>()
            .Select(p => PipelineSteps.Scalar(p, "name")!).Order(StringComparer.Ordinal).ToList();
        string text = File.ReadAllText(Path.Combine(Repository.Root, "ci/azure-pipelines/ssot-check.yml"));

        Assert.Equal(["args", "command", "config", "failOnGate", "missionOnly", "path", "toolSource", "version"], declared);
        Assert.Equal(declared, Referenced(text, "parameters").Order(StringComparer.Ordinal).ToList());
        Assert.Equal(
            ["Install ssot-check", "Run ssot-check", "Gate"],
            PipelineSteps.Steps(template).Select(s => PipelineSteps.Scalar(s, "displayName")));
        string[] stepKeys = ["bash", "displayName", "name", "env", "condition", "continueOnError", "timeoutInMinutes", "workingDirectory"];
        Assert.All(PipelineSteps.Steps(template), s =>
        {
            Assert.NotNull(PipelineSteps.Scalar(s, "bash"));
            Assert.True(Keys(s).All(stepKeys.Contains), string.Join(", ", Keys(s)));
        });
        Assert.All(((YamlSequenceNode)template["parameters"]).Children.Cast<YamlMappingNode>(), p =>
        {
            Assert.Equal(["name", "type", "default"], Keys(p));
            Assert.Contains(PipelineSteps.Scalar(p, "type"), new[] { "string", "boolean" });
            if (PipelineSteps.Scalar(p, "type") == "boolean")
            {
                Assert.Contains(PipelineSteps.Scalar(p, "default"), new[] { "true", "false" });
            }
        });
    }

    [Fact]
    public async Task On_a_failed_gate_the_action_reports_root_relative_sarif_updates_the_marked_comment_and_fails_the_job()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.WriteSolution();
        // Two pages, as gh api --paginate prints them; the action's comment is on the second.
        host.Comments("""[{"id": 11, "body": "LGTM"}]""" + "\n" + """[{"id": 42, "body": "<!-- netra-ssot -->\n## old"}]""");

        var runs = await PipelineSteps.RunActionAsync(
            new Dictionary<string, string> { ["command"] = $"dotnet {CliProcess.Dll}", ["path"] = "app", ["badge"] = "out/ssot.svg" },
            host.Environment,
            host.Workspace);

        Assert.Equal(
            [("Install ssot-check", 0), ("Run ssot-check", 0), ("Upload SARIF to code scanning", null), ("Comment on the pull request", 0), ("Gate", (int?)1)],
            runs.Select(r => (r.Name, r.ExitCode)));
        Assert.Equal($"command=dotnet {CliProcess.Dll}\n", runs[0].OutputFile);
        string sarif = $"{host.RunnerTemp}/netra-ssot/ssot-check.sarif";
        string markdown = $"{host.RunnerTemp}/netra-ssot/ssot-check.md";
        Assert.Equal(
            $"exit-code=1\ngate=failed\nscore=0.0\nmission-score=0.0\nsarif={sarif}\nmarkdown={markdown}\nbadge=out/ssot.svg\n",
            runs[1].OutputFile);
        Assert.Contains(
            "\napp/Lib/Sockets.cs(5,14): error SSOT1001: 'LegacyWsManager' is a second implementation of concept 'WebSocketManager'; the canonical one is 'UnifiedWebSocketManager' (Lib/Sockets.cs) [Lib] [mission]\n",
            runs[1].Output);
        Assert.True(File.Exists(Path.Combine(host.Workspace, "out", "ssot.svg")));

        // Locations from the repository root (the workspace), where code scanning resolves them.
        Assert.Equal([("SSOT1001", "app/Lib/Sockets.cs", 5, 14)], SarifResults(sarif));

        string comment = File.ReadAllText(markdown);
        Assert.StartsWith("## ❌ SSOT compliance: 0.0%\n", comment, StringComparison.Ordinal);
        Assert.Equal(comment, File.ReadAllText(host.StepSummary));
        Assert.Equal(
            "api --paginate repos/netra/app/issues/7/comments\napi --method PATCH repos/netra/app/issues/comments/42 -F body=@<file>\n",
            File.ReadAllText(host.GhLog));
        Assert.Equal($"{Marker}\n{comment}", File.ReadAllText(host.GhBody));
        Assert.Equal("ssot-check: updated comment 42 on pull request #7\n", runs[3].Output);
        Assert.Equal($"::error title=ssot-check::Gate failed: {GateReason}\n", runs[4].Output);
    }

    [Fact]
    public async Task An_invalid_ssot_json_fails_the_run_step_with_exit_2_and_its_located_message_and_still_gives_the_sarif()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.WriteSolution();
        File.WriteAllText(Path.Combine(host.Workspace, "app", "ssot.json"), "{\n  \"tests\": \"src/**\"\n}\n");

        var runs = await PipelineSteps.RunActionAsync(
            new Dictionary<string, string> { ["command"] = $"dotnet {CliProcess.Dll}", ["path"] = "app" }, host.Environment, host.Workspace);

        Assert.Equal(
            [("Install ssot-check", 0), ("Run ssot-check", 2), ("Upload SARIF to code scanning", null), ("Comment on the pull request", 0), ("Gate", (int?)null)],
            runs.Select(r => (r.Name, r.ExitCode)));
        string sarif = $"{host.RunnerTemp}/netra-ssot/ssot-check.sarif";
        Assert.Equal($"exit-code=2\ngate=error\nscore=\nmission-score=\nsarif={sarif}\nmarkdown=\nbadge=\n", runs[1].OutputFile);
        Assert.EndsWith(
            "::error title=ssot-check::ssot-check exited 2 (usage or configuration error): app/ssot.json(2,12): error SSOT0001: \"tests\" must be an array; found a string"
            + "%0Aapp/ssot.json has 1 error(s); fix them and run again (see docs/config.md).\n",
            runs[1].Output,
            StringComparison.Ordinal);
        Assert.Equal([("SSOT0001", "app/ssot.json", 2, 12)], SarifResults(sarif));
        Assert.Equal("ssot-check: no markdown report to comment with\n", runs[3].Output);
        Assert.False(File.Exists(host.GhLog));
    }

    [Fact]
    public async Task The_comment_step_posts_a_new_comment_when_no_comment_starts_with_the_marker()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.Comments("""[{"id": 1, "body": "hello"}]""" + "\n" + """[{"id": 2, "body": "quoting <!-- netra-ssot --> is not the comment"}]""");
        string markdown = temp.Write("report.md", "## ✅ SSOT compliance: 100.0%\n");

        var (exit, output) = await Comment(host, markdown);

        Assert.Equal(0, exit);
        Assert.Equal("ssot-check: commented on pull request #7\n", output);
        Assert.Equal(
            "api --paginate repos/netra/app/issues/7/comments\napi --method POST repos/netra/app/issues/7/comments -F body=@<file>\n",
            File.ReadAllText(host.GhLog));
        Assert.Equal($"{Marker}\n## ✅ SSOT compliance: 100.0%\n", File.ReadAllText(host.GhBody));
    }

    [Fact]
    public async Task A_report_at_githubs_comment_limit_is_cut_at_a_line_so_that_the_marker_still_fits()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.Comments("[]");
        // 65,536 characters, as the markdown reporter may write at most: the marker line would push it over the limit.
        string line = $"| {new string('y', 100)} ❌ |\n";
        string report = "## ❌ big\n" + string.Concat(Enumerable.Repeat(line, 700));
        report = report[..report.LastIndexOf('\n', 65_536 - 1)] + "\n";
        report += new string('z', 65_536 - report.Length - 1) + "\n";
        string markdown = temp.Write("report.md", report);
        const string Note = "\n… (cut to fit GitHub's 65,536-character limit on a comment; the job summary and the SARIF report have everything)\n";

        var (exit, output) = await Comment(host, markdown);

        Assert.Equal(0, exit);
        Assert.Equal("ssot-check: commented on pull request #7\n", output);
        string body = File.ReadAllText(host.GhBody);
        string kept = $"{Marker}\n## ❌ big\n" + string.Concat(Enumerable.Repeat(line, (65_536 - Note.Length - Marker.Length - 1 - "## ❌ big\n".Length) / line.Length));
        Assert.Equal(kept + Note, body);
        Assert.True(body.Length <= 65_536, $"{body.Length} characters");
    }

    [Fact]
    public async Task The_comment_step_warns_and_passes_when_the_token_cannot_comment_and_calls_nothing_outside_a_pull_request()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.Comments("[]");
        string markdown = temp.Write("report.md", "## report\n");
        host.FailPosts();

        var (exit, output) = await Comment(host, markdown);

        Assert.Equal(0, exit);
        Assert.Equal("HTTP 403: Resource not accessible by integration\n::warning title=ssot-check::could not comment on pull request #7 (a fork's token is read-only)\n", output);

        File.Delete(host.GhLog);
        File.WriteAllText(host.EventPath, """{"ref": "refs/heads/main"}""");
        (exit, output) = await Comment(host, markdown);

        Assert.Equal(0, exit);
        Assert.Equal("ssot-check: not a pull request; no comment\n", output);
        Assert.False(File.Exists(host.GhLog));
    }

    [Fact]
    public async Task Without_a_command_the_install_step_restores_a_tool_manifest_that_lists_the_tool_or_installs_it_into_the_runner_temp()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.FakeDotnet();
        temp.Write("repo/.config/dotnet-tools.json", """{"version": 1, "isRoot": true, "tools": {"netra.ssot.cli": {"version": "0.1.0", "commands": ["ssot-check"]}}}""");

        var runs = await PipelineSteps.RunActionAsync(new Dictionary<string, string>(), host.Environment, host.Workspace, stepCount: 1);

        Assert.Equal(0, runs[0].ExitCode);
        Assert.Equal("command=dotnet ssot-check\n", runs[0].OutputFile);
        Assert.Equal("dotnet tool restore\n", File.ReadAllText(host.DotnetLog));

        File.Delete(Path.Combine(host.Workspace, ".config", "dotnet-tools.json"));
        File.Delete(host.DotnetLog);
        runs = await PipelineSteps.RunActionAsync(
            new Dictionary<string, string> { ["version"] = "0.1.0", ["tool-source"] = "./feed" }, host.Environment, host.Workspace, stepCount: 1);

        Assert.Equal(0, runs[0].ExitCode);
        Assert.Equal($"command={host.RunnerTemp}/netra-ssot-tool/ssot-check\n", runs[0].OutputFile);
        Assert.Equal(
            $"dotnet tool install Netra.Ssot.Cli --tool-path {host.RunnerTemp}/netra-ssot-tool --version 0.1.0 --add-source ./feed\n",
            File.ReadAllText(host.DotnetLog));
    }

    [Fact]
    public async Task The_azure_template_on_a_failed_gate_publishes_code_analysis_logs_and_the_summary_and_fails_the_job()
    {
        using var temp = new TempSolution();
        var host = new FakeRunner(temp);
        host.WriteSolution();

        var runs = await PipelineSteps.RunAzureAsync(
            new Dictionary<string, string> { ["command"] = $"dotnet {CliProcess.Dll}", ["path"] = "app" },
            new Dictionary<string, string>(host.Environment) { ["AGENT_TEMPDIRECTORY"] = host.RunnerTemp },
            host.Workspace);

        Assert.Equal([("Install ssot-check", 0), ("Run ssot-check", 0), ("Gate", (int?)1)], runs.Select(r => (r.Name, r.ExitCode)));
        string sarif = $"{host.RunnerTemp}/netra-ssot/ssot-check.sarif";
        string markdown = $"{host.RunnerTemp}/netra-ssot/ssot-check.md";
        var logged = runs[1].Output.Split('\n').Where(line => line.StartsWith("##vso[", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                $"##vso[artifact.upload containerfolder=CodeAnalysisLogs;artifactname=CodeAnalysisLogs]{sarif}",
                $"##vso[task.uploadsummary]{markdown}",
                "##vso[task.setvariable variable=SSOT_EXIT_CODE]1",
                "##vso[task.setvariable variable=SSOT_GATE]failed",
                "##vso[task.setvariable variable=SSOT_SCORE]0.0",
                "##vso[task.setvariable variable=SSOT_MISSION_SCORE]0.0",
                $"##vso[task.setvariable variable=SSOT_SARIF]{sarif}",
            ],
            logged);
        Assert.Equal([("SSOT1001", "app/Lib/Sockets.cs", 5, 14)], SarifResults(sarif));
        Assert.StartsWith("## ❌ SSOT compliance: 0.0%\n", File.ReadAllText(markdown), StringComparison.Ordinal);
        Assert.Equal($"##vso[task.logissue type=error]Gate failed: {GateReason}\n", runs[2].Output);
    }

    private static Task<(int ExitCode, string Output)> Comment(FakeRunner host, string markdown)
        => PipelineSteps.BashAsync(
            "bash \"$GITHUB_ACTION_PATH/ci/github/comment.sh\"",
            host.Workspace,
            new Dictionary<string, string>(host.Environment)
            {
                ["GITHUB_ACTION_PATH"] = Repository.Root,
                ["INPUT_COMMENT"] = "true",
                ["MARKDOWN"] = markdown,
                ["GH_TOKEN"] = "fake-token",
            });

    private static List<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    private static IEnumerable<(string Name, YamlMappingNode Node)> Children(YamlMappingNode node, string key)
        => ((YamlMappingNode)node[key]).Children.Select(e => (((YamlScalarNode)e.Key).Value!, (YamlMappingNode)e.Value));

    private static List<string> Referenced(string text, string context)
        => PipelineSteps.Expression().Matches(text)
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, $@"\b{context}\.([A-Za-z0-9_-]+)").Select(r => r.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<(string Rule, string Uri, int Line, int Column)> SarifResults(string sarif)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(result =>
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return (
                result.GetProperty("ruleId").GetString()!,
                location.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                region.GetProperty("startLine").GetInt32(),
                region.GetProperty("startColumn").GetInt32());
        }).ToList();
    }
}
