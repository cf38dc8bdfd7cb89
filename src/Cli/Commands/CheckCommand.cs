using System.CommandLine;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Engine.Cache;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Commands;

/// <summary>The root command: <c>ssot-check [&lt;path&gt;]</c> with its options, validated where they are declared.</summary>
internal static class CheckCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var gate = new GateOptions();
        var allTargetFrameworks = new Option<bool>("--all-target-frameworks")
        {
            Description = "Analyze every target framework of a multi-targeted project. Default: the most completely restored one (then the one with the most files), and another only where it compiles other files or other #if branches.",
        };
        var shard = ShardCommand.CreateShardOption();
        var shardOutput = ShardCommand.CreateShardOutputOption();
        var cache = CacheOption.Create();

        var root = new RootCommand("ssot-check: keeps a C# solution to a single source of truth and scores its compliance.");
        common.AddTo(root, gate.Config, gate.MissionOnly, gate.MinScore, gate.FailOnIncomplete, allTargetFrameworks, gate.Formats, gate.Outputs, gate.Report, gate.PathsRelativeTo, gate.Baseline, gate.UpdateBaseline, gate.FailOnStale, gate.Badge, gate.BadgeJson, gate.History, cache, shard, shardOutput, gate.Verbosity, gate.Color, gate.NoColor);
        // Help draws a subcommand's usage from its first parent. A parent without the check's <path> comes first, so
        // that 'ssot-check env --help' reads "ssot-check env [<path>] [options]", not "ssot-check [<path>] env ...";
        // parsing goes through the real root only.
        var helpParent = new RootCommand(root.Description!);
        foreach (var subcommand in new[] { InitCommand.Create(output, error), ExplainCommand.Create(output, error), RulesCommand.Create(output), EnvCommand.Create(output, error), MergeCommand.Create(output, error) })
        {
            helpParent.Add(subcommand);
            root.Add(subcommand);
        }
        root.SetAction(async (parse, cancellationToken) =>
        {
            var problems = gate.Problems(parse, out var reports);
            if (UsageErrors.Write(error, problems))
            {
                return ExitCodes.UsageOrConfigError;
            }

            var shared = common.Read(parse, error);
            string? path = shared.Path;
            bool cached = parse.GetResult(cache) is not null;
            if (CacheOption.Read(parse, cache, ref path, out string? cacheFolder) is { } cacheProblem)
            {
                error.WriteLine("error: " + cacheProblem);
                return ExitCodes.UsageOrConfigError;
            }

            bool sharded = parse.GetResult(shard) is not null || parse.GetResult(shardOutput) is not null;
            if (cached && sharded)
            {
                error.WriteLine("error: --cache and --shard cannot be used together: a shard analyzes part of the solution; cache the whole run.");
                return ExitCodes.UsageOrConfigError;
            }

            var terminal = gate.Settings(parse, output, error);
            var options = gate.Apply(parse, new CheckOptions
            {
                Path = path,
                Restore = shared.Restore,
                AllTargetFrameworks = parse.GetValue(allTargetFrameworks),
                Properties = shared.Properties,
                CacheDirectory = cached ? cacheFolder ?? CacheLocation.Default(Environment.GetEnvironmentVariable) : null,
            }, reports);
            var progress = shared.CreateProgress(error, terminal.Verbosity);
            if (sharded)
            {
                return await ShardCommand.RunAsync(parse, shard, shardOutput, options, error, progress, cancellationToken);
            }

            return await RunAsync(options, output, error, progress, terminal, cancellationToken);
        });
        return root;
    }

    public static Task<int> RunAsync(CheckOptions options, TextWriter output, TextWriter error, ConsoleProgress? progress, TerminalSettings terminal, CancellationToken cancellationToken)
        => RunAsync(options, currentDirectory => SsotCheck.RunAsync(options, currentDirectory, progress, cancellationToken), output, error, progress, terminal, cancellationToken);

    /// <summary>
    /// Gets the report from <paramref name="judge"/> (a whole run, or a merge of shards), then writes every report,
    /// badge, history and baseline asked for and returns the gate's exit code.
    /// </summary>
    public static async Task<int> RunAsync(CheckOptions options, Func<string, Task<CheckReport>> judge, TextWriter output, TextWriter error, ConsoleProgress? progress, TerminalSettings terminal, CancellationToken cancellationToken)
    {
        string currentDirectory = Directory.GetCurrentDirectory();
        var problems = OutputPaths.Problems(options, currentDirectory, ReferenceEquals(output, Console.Out));
        if (UsageErrors.Write(error, problems))
        {
            return ExitCodes.UsageOrConfigError;
        }

        return await CommandErrors.RunAsync(
            async () =>
            {
                CheckReport report;
                try
                {
                    report = await judge(currentDirectory);
                }
                catch (SsotCheckException e) when (e.InvalidConfig is { } invalid)
                {
                    WriteInvalidConfigReports(options, invalid, currentDirectory, output, cancellationToken);
                    throw; // CommandErrors prints the located errors and exits 2
                }

                if (report.CacheUpdate is { } cacheUpdate)
                {
                    AnalysisCacheFile.Write(cacheUpdate, progress, cancellationToken);
                }

                progress?.Clear();
                string? historyPath = options.HistoryPath is null ? null : Path.GetFullPath(options.HistoryPath, currentDirectory);
                string? historyText = null;
                if (historyPath is not null)
                {
                    (var points, historyText) = HistoryFile.Add(historyPath, report.Score, report.Analysis.Findings.Count(f => f.IsViolation), options.Now ?? DateTimeOffset.UtcNow, report.MissionOnly);
                    report = report with { History = points };
                }

                // Reports show paths from the repository root, where code scanning and PR annotations resolve them.
                var shown = ReportRebase.Rebase(report, PathBase(options, report.Analysis.RootDirectory, currentDirectory));
                var written = new List<string>();
                void Write(string path, Action<TextWriter> write)
                {
                    OutputFiles.WriteAtomically(Path.GetFullPath(path, currentDirectory), write, cancellationToken);
                    written.Add(path);
                }

                // The text report is read in a terminal: its paths are relative to the current folder (full paths outside
                // it), so that they are clickable there and VS Code's $msCompile matcher finds them (unless
                // --paths-relative-to says otherwise).
                var fromHere = options.PathsRelativeTo is null ? ReportRebase.Rebase(report, currentDirectory, absoluteOutside: true) : shown;
                foreach (var request in options.Reports)
                {
                    string? file = request.Format == ReportFormat.Text
                        ? WriteReport(request, fromHere, TextReporterFor(request, terminal), output, currentDirectory, cancellationToken)
                        : WriteReport(request, shown, Reporters.For(request.Format), output, currentDirectory, cancellationToken);
                    if (file is not null)
                    {
                        written.Add(file);
                    }
                }

                var badge = Badge.For(report);
                if (options.BadgePath is not null)
                {
                    Write(options.BadgePath, file => file.Write(Badge.Svg(badge)));
                }

                if (options.BadgeJsonPath is not null)
                {
                    Write(options.BadgeJsonPath, file => file.Write(Badge.EndpointJson(badge)));
                }

                if (options.UpdateBaseline && options.BaselinePath is not null)
                {
                    Write(options.BaselinePath, file => file.Write(Baseline.Write(report.Analysis.Findings, report.ToolVersion)));
                }

                if (options.HistoryPath is not null && historyText is not null)
                {
                    Write(options.HistoryPath, file => file.Write(historyText));
                }

                // Every report went to a file: the terminal (and the CI log) still says the verdict and where to look.
                // Quiet keeps only the gate line.
                if (options.Reports.All(r => r.OutputPath is not null))
                {
                    if (terminal.Verbosity > Verbosity.Quiet)
                    {
                        error.WriteLine($"Wrote {string.Join(", ", written)}.");
                    }

                    error.WriteLine(TextReporter.GateLine(report, terminal.Error));
                }

                return report.Gate.Passed ? ExitCodes.Success : ExitCodes.GateFailed;
            },
            error,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// An invalid ssot.json still produces the SARIF and GitHub reports that were asked for, with its SSOT0001
    /// errors, so that a CI step uploading them finds the file and shows why nothing was analyzed.
    /// </summary>
    private static void WriteInvalidConfigReports(CheckOptions options, InvalidConfig invalid, string currentDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        var report = InvalidConfigReport.Create(invalid, PathBase(options, Path.GetDirectoryName(invalid.Path)!, currentDirectory), options.MissionOnly);
        foreach (var request in options.Reports.Where(r => r.Format is ReportFormat.Sarif or ReportFormat.Github))
        {
            WriteReport(request, report, Reporters.For(request.Format), output, currentDirectory, cancellationToken);
        }
    }

    /// <summary>Writes one requested report to standard output or, atomically, to its file; returns the file, or null for standard output.</summary>
    private static string? WriteReport(ReportRequest request, CheckReport report, IReporter reporter, TextWriter output, string currentDirectory, CancellationToken cancellationToken)
    {
        if (request.OutputPath is null)
        {
            reporter.Write(report, output);
            return null;
        }

        OutputFiles.WriteAtomically(Path.GetFullPath(request.OutputPath, currentDirectory), file => reporter.Write(report, file), cancellationToken);
        return request.OutputPath;
    }

    /// <summary>The text report on standard output as the terminal settings ask; in a file, the whole report without colour.</summary>
    private static TextReporter TextReporterFor(ReportRequest request, TerminalSettings terminal)
        => request.OutputPath is null ? new TextReporter(terminal.Verbosity, terminal.Output) : new TextReporter();

    /// <summary>The folder report paths are relative to: --paths-relative-to, else the repository root of <paramref name="folder"/>, else the folder.</summary>
    private static string PathBase(CheckOptions options, string folder, string currentDirectory)
        => options.PathsRelativeTo is { } chosen
            ? Path.GetFullPath(chosen, currentDirectory)
            : RepositoryRoot.Find(folder, Environment.GetEnvironmentVariable) ?? folder;
}
