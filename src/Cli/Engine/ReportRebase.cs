using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// A report whose paths are relative to another folder than the solution's: every file of a finding, of its related
/// locations, of the scored files, projects and the baseline comparison, and the config file. Fingerprints stay as
/// they are (they are computed from solution-relative paths, so baselines do not depend on where paths are shown).
/// </summary>
internal static class ReportRebase
{
    /// <param name="absoluteOutside">
    /// Show a file outside <paramref name="newRoot"/> by its full path instead of a <c>../</c> path (the text report,
    /// relative to the current folder, as <see cref="SsotCheck.Display"/> shows paths).
    /// </param>
    public static CheckReport Rebase(CheckReport report, string newRoot, bool absoluteOutside = false)
    {
        string oldRoot = report.Analysis.RootDirectory;
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(newRoot));
        if (string.Equals(root, Path.TrimEndingDirectorySeparator(Path.GetFullPath(oldRoot)), StringComparison.Ordinal))
        {
            return report;
        }

        string Move(string path)
        {
            if (Path.IsPathRooted(path))
            {
                return path;
            }

            string full = Path.GetFullPath(Path.Combine(oldRoot, path));
            return absoluteOutside ? SsotCheck.Display(full, root) : ReportPaths.Relative(root, full);
        }

        Finding MoveFinding(Finding f) => f with { File = Move(f.File), Related = f.Related.Select(r => r with { File = Move(r.File) }).ToImmutableArray() };

        var analysis = report.Analysis with
        {
            RootDirectory = root,
            ConfigFile = report.Analysis.ConfigFile is { } config ? Move(config) : null,
            Files = report.Analysis.Files.Select(f => f with { Path = Move(f.Path) }).ToImmutableArray(),
            Findings = report.Analysis.Findings.Select(MoveFinding).ToImmutableArray(),
            AnalyzedProjects = report.Analysis.AnalyzedProjects.Select(p => p with { Path = Move(p.Path) }).ToImmutableArray(),
        };
        var baseline = report.Baseline is { } b
            ? b with
            {
                New = b.New.Select(MoveFinding).ToImmutableArray(),
                Known = b.Known.Select(MoveFinding).ToImmutableArray(),
                Stale = b.Stale.Select(e => e with { File = Move(e.File) }).ToImmutableArray(),
            }
            : null;
        return report with { Analysis = analysis, Baseline = baseline };
    }
}
