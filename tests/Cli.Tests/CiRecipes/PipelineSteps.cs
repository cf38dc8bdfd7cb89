using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Netra.Ssot.Cli.Tests.CiRecipes;

/// <summary>One step as a runner ran it: <see cref="ExitCode"/> is null when the step did not run here.</summary>
internal sealed record StepRun(string Name, int? ExitCode, string Output, string OutputFile, IReadOnlyDictionary<string, string> Outputs);

/// <summary>
/// Runs the steps of the repository's composite action (<c>action.yml</c>) or Azure Pipelines steps template the way
/// their runner would, where no runner is available: each step's <c>${{ }}</c> expressions resolved (only the forms
/// the files use; any other is an error, so a new form cannot slip by untested), its <c>env</c> set, its script run by
/// bash in the workspace, its outputs read back (GITHUB_OUTPUT, or Azure's <c>task.setvariable</c> logging command)
/// for the next steps, and a step without a condition skipped after a failure.
/// </summary>
internal static partial class PipelineSteps
{
    public static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.Root, relativePath));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode document)
    {
        var steps = document.Children.TryGetValue(new YamlScalarNode("runs"), out var runs) ? ((YamlMappingNode)runs)["steps"] : document["steps"];
        return ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>().ToList();
    }

    public static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static IReadOnlyDictionary<string, string> Map(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlMappingNode)value).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? string.Empty)
            : new Dictionary<string, string>();

    public static IReadOnlyList<string> Keys(YamlMappingNode node, string key)
        => ((YamlMappingNode)node[key]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    /// <summary>Runs action.yml's steps; <paramref name="inputs"/> override the declared defaults.</summary>
    public static async Task<IReadOnlyList<StepRun>> RunActionAsync(
        IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string> environment, string workspace, int stepCount = int.MaxValue)
    {
        var action = Load("action.yml");
        var declared = Keys(action, "inputs").ToDictionary(
            name => name, name => Scalar((YamlMappingNode)((YamlMappingNode)action["inputs"])[name], "default") ?? string.Empty);
        var outputs = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var runs = new List<StepRun>();
        bool failed = false;
        foreach (var step in Steps(action).Take(stepCount))
        {
            string name = Scalar(step, "name")!;
            string? condition = Scalar(step, "if");
            string? script = Scalar(step, "run");
            if (script is null)
            {
                runs.Add(new StepRun(name, null, string.Empty, string.Empty, new Dictionary<string, string>()));
                continue;
            }

            bool runsAfterFailure = condition switch
            {
                null => false,
                "${{ !cancelled() }}" => true,
                _ => throw new InvalidOperationException($"step '{name}': condition '{condition}' is not supported here"),
            };
            if (failed && !runsAfterFailure)
            {
                runs.Add(new StepRun(name, null, string.Empty, string.Empty, new Dictionary<string, string>()));
                continue;
            }

            string Resolve(string text) => Expression().Replace(text, match => match.Groups[1].Value switch
            {
                "github.token" => "fake-token",
                var e when e.StartsWith("inputs.", StringComparison.Ordinal) => Resolve(
                    inputs.TryGetValue(e["inputs.".Length..], out var given) ? given : declared[e["inputs.".Length..]]),
                var e when StepOutput().Match(e) is { Success: true } m => outputs.TryGetValue(m.Groups[1].Value, out var of)
                    && of.TryGetValue(m.Groups[2].Value, out var value) ? value : string.Empty,
                var e => throw new InvalidOperationException($"step '{name}': expression '{e}' is not supported here"),
            });

            string outputFile = Path.Combine(Path.GetTempPath(), "ssot-tests", Guid.NewGuid().ToString("N") + ".output");
            Directory.CreateDirectory(Path.GetDirectoryName(outputFile)!);
            File.WriteAllText(outputFile, string.Empty);
            var env = new Dictionary<string, string>(environment)
            {
                ["GITHUB_ACTION_PATH"] = Repository.Root,
                ["GITHUB_WORKSPACE"] = workspace,
                ["GITHUB_OUTPUT"] = outputFile,
            };
            foreach (var (key, value) in Map(step, "env"))
            {
                env[key] = Resolve(value);
            }

            var (exit, output) = await BashAsync(Resolve(script), workspace, env);
            string written = File.ReadAllText(outputFile);
            File.Delete(outputFile);
            var values = written.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            outputs[Scalar(step, "id") ?? name] = values;
            runs.Add(new StepRun(name, exit, output, written, values));
            failed |= exit != 0;
        }

        return runs;
    }

    /// <summary>Runs the Azure Pipelines template's bash steps; <paramref name="parameters"/> override the defaults.</summary>
    public static async Task<IReadOnlyList<StepRun>> RunAzureAsync(
        IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> environment, string workspace)
    {
        var template = Load("ci/azure-pipelines/ssot-check.yml");
        var declared = ((YamlSequenceNode)template["parameters"]).Children.Cast<YamlMappingNode>().ToDictionary(
            p => Scalar(p, "name")!,
            p => Scalar(p, "type") == "boolean" ? (Scalar(p, "default") == "true" ? "True" : "False") : Scalar(p, "default") ?? string.Empty);
        var variables = new Dictionary<string, string>();
        var runs = new List<StepRun>();
        bool failed = false;
        foreach (var step in Steps(template))
        {
            string name = Scalar(step, "displayName")!;
            if (Scalar(step, "condition") is { } condition)
            {
                throw new InvalidOperationException($"step '{name}': condition '{condition}' is not supported here");
            }

            if (failed)
            {
                runs.Add(new StepRun(name, null, string.Empty, string.Empty, new Dictionary<string, string>()));
                continue;
            }

            string Resolve(string text) => Expression().Replace(text, match => match.Groups[1].Value switch
            {
                var e when e.StartsWith("parameters.", StringComparison.Ordinal) => parameters.TryGetValue(e["parameters.".Length..], out var given)
                    ? given : declared[e["parameters.".Length..]],
                var e => throw new InvalidOperationException($"step '{name}': expression '{e}' is not supported here"),
            });

            var env = new Dictionary<string, string>(environment)
            {
                ["BUILD_SOURCESDIRECTORY"] = workspace,
            };
            foreach (var (key, value) in variables)
            {
                env[key] = value;
            }

            foreach (var (key, value) in Map(step, "env"))
            {
                env[key] = Resolve(value);
            }

            var (exit, output) = await BashAsync(Resolve(Scalar(step, "bash")!), workspace, env);
            var set = SetVariable().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.TrimEnd('\r'));
            foreach (var (key, value) in set)
            {
                variables[key.ToUpperInvariant().Replace('.', '_')] = value;
            }

            runs.Add(new StepRun(name, exit, output, string.Empty, set));
            failed |= exit != 0;
        }

        return runs;
    }

    /// <summary>Runs <paramref name="script"/> with <c>bash -c</c>; stdout and stderr come back as one text, in order.</summary>
    public static async Task<(int ExitCode, string Output)> BashAsync(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec 2>&1\n" + script);
        // A runner's own variables (this test may run inside GitHub Actions or Azure Pipelines) must not leak in.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("BUILD_", StringComparison.Ordinal) || k.StartsWith("RUNNER_", StringComparison.Ordinal) || k.StartsWith("AGENT_", StringComparison.Ordinal) || k.StartsWith("INPUT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output);
    }

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    public static partial Regex Expression();

    [GeneratedRegex(@"^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$")]
    public static partial Regex StepOutput();

    [GeneratedRegex(@"^##vso\[task\.setvariable variable=([^;\]]+)\](.*)$", RegexOptions.Multiline)]
    private static partial Regex SetVariable();
}
