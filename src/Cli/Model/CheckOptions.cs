namespace Netra.Ssot.Cli.Model;

/// <summary>Everything one `ssot-check` run was asked to do, validated and immutable.</summary>
internal sealed record CheckOptions
{
    /// <summary>The solution, project or folder as the user wrote it; null means the current folder.</summary>
    public string? Path { get; init; }

    public string? ConfigPath { get; init; }

    public bool MissionOnly { get; init; }

    public double? MinScore { get; init; }

    /// <summary>Fail the gate when anything kept the analysis from being complete (--fail-on-incomplete).</summary>
    public bool FailOnIncomplete { get; init; }

    public bool Restore { get; init; } = true;

    /// <summary>Analyze every target framework of a multi-targeted project (--all-target-frameworks), not only those that can find something the others cannot.</summary>
    public bool AllTargetFrameworks { get; init; }

    /// <summary>MSBuild global properties for restore and load (<c>-p:TargetFrameworks=net10.0</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ReportRequest> Reports { get; init; } = new[] { new ReportRequest(ReportFormat.Text, null) };

    /// <summary>Known violations (--baseline): only new ones fail the gate.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Write the current violations to <see cref="BaselinePath"/> (--update-baseline).</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>Stale baseline entries fail the gate (--fail-on-stale).</summary>
    public bool FailOnStale { get; init; }

    /// <summary>Shields-style SVG badge of the score (--badge).</summary>
    public string? BadgePath { get; init; }

    /// <summary>Shields endpoint JSON of the score (--badge-json).</summary>
    public string? BadgeJsonPath { get; init; }

    /// <summary>A JSON-lines file each run appends its scores to; the HTML report draws it as a trend (--history).</summary>
    public string? HistoryPath { get; init; }

    /// <summary>The folder report paths are relative to (--paths-relative-to); null means the repository root, else the solution folder.</summary>
    public string? PathsRelativeTo { get; init; }

    /// <summary>The folder of the analysis cache (--cache), or null for no cache (docs/monorepo.md#incremental-runs).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The tool identity the cache is keyed on; null means the running tool's (tests change it).</summary>
    public string? CacheToolIdentity { get; init; }

    /// <summary>The time recorded in the history; null means now (tests fix it).</summary>
    public DateTimeOffset? Now { get; init; }
}

/// <summary>One report to write: a format and a file (null means standard output).</summary>
internal sealed record ReportRequest(ReportFormat Format, string? OutputPath);
