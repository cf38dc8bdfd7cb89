using System.Text.Json;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Decides whether a project's environment is degraded: whether a name that does not resolve in it may be missing
/// because of the machine (a failed or missing restore, a package or project reference that did not resolve or
/// load) rather than because of the code. Compiler errors alone never degrade a project: a missing using is the
/// code's fault, and SSOT2002 exists to say so.
/// </summary>
internal sealed class EnvironmentHealth
{
    private readonly IReadOnlyList<LoadIssue> _issues;
    private readonly IReadOnlyDictionary<string, ProjectFacts> _facts;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly HashSet<string> _loaded;
    private readonly string _root;

    /// <param name="names">Display names by normalized project path (<see cref="ProjectNames.Unique"/>).</param>
    /// <param name="loadedProjects">The full paths of the projects MSBuildWorkspace loaded.</param>
    public EnvironmentHealth(
        IReadOnlyList<LoadIssue> issues,
        IReadOnlyDictionary<string, ProjectFacts>? facts,
        IReadOnlyDictionary<string, string> names,
        IEnumerable<string> loadedProjects,
        string rootDirectory)
    {
        _issues = issues;
        _facts = facts ?? new Dictionary<string, ProjectFacts>();
        _names = names;
        _loaded = new HashSet<string>(loadedProjects.Select(Config.PathUtilities.Normalize), StringComparer.OrdinalIgnoreCase);
        _root = rootDirectory;
    }

    /// <summary>Why the project's environment is degraded, in a few words ("restore failed for App"), or null when it is healthy.</summary>
    public string? DegradedReason(string projectPath, string name)
    {
        _facts.TryGetValue(projectPath, out var facts);
        if (facts?.AssetsFile is { } assets)
        {
            if (!File.Exists(assets))
            {
                return $"{name} is not restored ({ReportPaths.Relative(_root, assets)} is missing)";
            }

            if (RestoreErrors(assets) is { } codes)
            {
                return $"restore failed for {name} ({codes})";
            }
        }

        string? unresolved = RestoreFailure(projectPath, name) ?? UnresolvedInWorkspace(projectPath, name);
        if (unresolved is not null || facts is null)
        {
            return unresolved;
        }

        foreach (string reference in facts.ProjectReferences)
        {
            if (!_loaded.Contains(Config.PathUtilities.Normalize(reference)))
            {
                return $"project reference {NameOf(reference)} of {name} did not load";
            }
        }

        return null;
    }

    /// <summary>A failed restore that names the project, or that names no project at all (then it degrades every project).</summary>
    private string? RestoreFailure(string projectPath, string name)
    {
        foreach (var issue in _issues.Where(i => i.Message.StartsWith(Restorer.FailurePrefix, StringComparison.Ordinal)))
        {
            if (issue.Message.Contains(projectPath, StringComparison.OrdinalIgnoreCase) || issue.Project == name)
            {
                return $"restore failed for {name}";
            }

            bool namesSomeProject = issue.Project is not null
                || _names.Keys.Any(p => Path.IsPathRooted(p) && issue.Message.Contains(p, StringComparison.OrdinalIgnoreCase));
            if (!namesSomeProject)
            {
                return "restore failed for the solution";
            }
        }

        return null;
    }

    /// <summary>MSBuildWorkspace's own report of a reference or package it could not resolve for the project.</summary>
    private string? UnresolvedInWorkspace(string projectPath, string name)
    {
        foreach (var issue in _issues.Where(i => !i.Message.StartsWith(Restorer.FailurePrefix, StringComparison.Ordinal)))
        {
            bool aboutProject = issue.Project == name || issue.Message.Contains(projectPath, StringComparison.OrdinalIgnoreCase);
            if (aboutProject && UnresolvedMarkers.Any(m => issue.Message.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                return $"a reference of {name} did not resolve";
            }
        }

        return null;
    }

    /// <summary>Words MSBuildWorkspace and NuGet use when a reference or package is missing.</summary>
    private static readonly string[] UnresolvedMarkers =
    {
        "without a matching metadata reference",
        "Unable to find package",
        "unresolved",
        "could not be resolved",
        "NU1101",
        "NU1102",
        "NU1103",
        "NETSDK1004",
    };

    /// <summary>The codes of the error entries NuGet logged in the assets file, or null when it logged none.</summary>
    private static string? RestoreErrors(string assetsFile)
    {
        try
        {
            using var stream = File.OpenRead(assetsFile);
            using var json = JsonDocument.Parse(stream);
            if (!json.RootElement.TryGetProperty("logs", out var logs) || logs.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var codes = logs.EnumerateArray()
                .Where(l => l.TryGetProperty("level", out var level) && string.Equals(level.GetString(), "Error", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.TryGetProperty("code", out var code) ? code.GetString() ?? "error" : "error")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return codes.Count == 0 ? null : string.Join(", ", codes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return "unreadable project.assets.json";
        }
    }

    private string NameOf(string projectPath)
        => _names.TryGetValue(Config.PathUtilities.Normalize(projectPath), out string? name) ? name : Path.GetFileNameWithoutExtension(projectPath);
}
