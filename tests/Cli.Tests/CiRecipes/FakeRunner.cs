namespace Netra.Ssot.Cli.Tests.CiRecipes;

/// <summary>
/// What a GitHub runner gives a job, on disk under a <see cref="TempSolution"/>: the repository checkout
/// (<see cref="Workspace"/>), RUNNER_TEMP, the job summary, a pull_request event, and a fake <c>gh</c> first on PATH
/// that records its arguments (a comment body file as <c>body=@&lt;file&gt;</c>, its text kept in <see cref="GhBody"/>)
/// and prints the canned comment list for <c>--paginate</c>.
/// </summary>
internal sealed class FakeRunner
{
    private readonly TempSolution _temp;

    public FakeRunner(TempSolution temp)
    {
        _temp = temp;
        Directory.CreateDirectory(Workspace);
        Directory.CreateDirectory(RunnerTemp);
        _temp.Write("runner/summary.md", string.Empty);
        _temp.Write("runner/event.json", """{"action": "synchronize", "pull_request": {"number": 7}}""");
        Tool("gh", """
            #!/usr/bin/env bash
            line=""
            for a in "$@"; do
              case $a in
                body=@*) cp "${a#body=@}" "$FAKE_GH_BODY"; a="body=@<file>" ;;
              esac
              line="$line${line:+ }$a"
            done
            echo "$line" >>"$FAKE_GH_LOG"
            case " $* " in
              *" --paginate "*) cat "$FAKE_GH_COMMENTS" ;;
              *" POST "*) if [ -e "$FAKE_GH_FAIL_POSTS" ]; then echo "HTTP 403: Resource not accessible by integration" >&2; exit 1; fi; echo '{"id": 99}' ;;
              *) echo '{"id": 42}' ;;
            esac
            """);
    }

    public string Workspace => Path.Combine(_temp.Root, "repo");

    public string RunnerTemp => Path.Combine(_temp.Root, "runner", "temp");

    public string StepSummary => Path.Combine(_temp.Root, "runner", "summary.md");

    public string EventPath => Path.Combine(_temp.Root, "runner", "event.json");

    public string GhLog => Path.Combine(_temp.Root, "runner", "gh.log");

    public string GhBody => Path.Combine(_temp.Root, "runner", "gh-body.md");

    public string DotnetLog => Path.Combine(_temp.Root, "runner", "dotnet.log");

    private string Bin => Path.Combine(_temp.Root, "runner", "bin");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = $"{Bin}:{System.Environment.GetEnvironmentVariable("PATH")}",
        ["RUNNER_TEMP"] = RunnerTemp,
        ["GITHUB_STEP_SUMMARY"] = StepSummary,
        ["GITHUB_EVENT_PATH"] = EventPath,
        ["GITHUB_REPOSITORY"] = "netra/app",
        ["FAKE_GH_LOG"] = GhLog,
        ["FAKE_GH_BODY"] = GhBody,
        ["FAKE_GH_COMMENTS"] = Path.Combine(_temp.Root, "runner", "comments.json"),
        ["FAKE_GH_FAIL_POSTS"] = Path.Combine(_temp.Root, "runner", "fail-posts"),
        ["FAKE_DOTNET_LOG"] = DotnetLog,
    };

    public void Comments(string json) => _temp.Write("runner/comments.json", json);

    public void FailPosts() => _temp.Write("runner/fail-posts", string.Empty);

    /// <summary>A fake <c>dotnet</c> first on PATH that records its arguments and does nothing.</summary>
    public void FakeDotnet() => Tool("dotnet", """
        #!/usr/bin/env bash
        echo "dotnet $*" >>"$FAKE_DOTNET_LOG"
        """);

    /// <summary>app/App.slnx in the checkout: one project, a mission-critical concept and its second implementation.</summary>
    public void WriteSolution()
    {
        _temp.Write("repo/app/App.slnx", "<Solution>\n  <Project Path=\"Lib/Lib.csproj\" />\n</Solution>\n");
        _temp.Project("repo/app/Lib");
        _temp.Write("repo/app/Lib/Sockets.cs", "namespace Lib;\n\npublic class UnifiedWebSocketManager { }\n\npublic class LegacyWsManager { }\n");
        _temp.Write(
            "repo/app/ssot.json",
            """{ "concepts": [{ "name": "WebSocketManager", "canonical": "Lib.UnifiedWebSocketManager", "match": ["*WsManager"], "missionCritical": true }] }""");
    }

    private void Tool(string name, string script)
    {
        string path = _temp.Write($"runner/bin/{name}", script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
