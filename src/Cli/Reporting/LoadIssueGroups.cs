using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>Load issues with one cause, and the projects it affected.</summary>
internal sealed record LoadIssueGroup(string Severity, string Cause, ImmutableArray<string> Projects)
{
    /// <summary>One line: <c>error: [3 projects: A, B, C] cause</c>, at most five names then a count.</summary>
    public string Display
    {
        get
        {
            if (Projects.IsEmpty)
            {
                return $"{Severity}: {Cause}";
            }

            string names = Projects.Length <= 5
                ? string.Join(", ", Projects)
                : string.Join(", ", Projects.Take(5)) + $" and {Projects.Length - 5} more";
            return Projects.Length == 1
                ? $"{Severity}: {Projects[0]}: {Cause.Replace("<project>", Projects[0], StringComparison.Ordinal)}"
                : $"{Severity}: [{Projects.Length} projects: {names}] {Cause}";
        }
    }
}

/// <summary>
/// What reporters for people show of the load issues: one line per distinct cause (the project's own name and
/// path taken out of the message, MSBuild stack traces cut), errors first. The JSON report keeps every issue as it came.
/// </summary>
internal partial class LoadIssueGroups
{
    /// <summary>How long one cause may be in a report for people; the JSON report has the whole message.</summary>
    public const int MaxCauseLength = 400;

    public static ImmutableArray<LoadIssueGroup> Of(IEnumerable<LoadIssue> issues)
        => issues
            .Select(i => (i.Severity, Cause: Cause(i), i.Project))
            .GroupBy(i => (i.Severity, i.Cause))
            .Select(g => new LoadIssueGroup(
                g.Key.Severity,
                g.Key.Cause,
                g.Select(i => i.Project).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray()))
            .OrderBy(g => g.Severity == "error" ? 0 : 1)
            .ThenByDescending(g => g.Projects.Length)
            .ThenBy(g => g.Cause, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>At most <paramref name="limit"/> groups, and a last line saying how many more there are and where.</summary>
    public static IEnumerable<string> Capped(ImmutableArray<LoadIssueGroup> groups, int limit, string whereTheRestIs)
    {
        foreach (var group in groups.Take(limit))
        {
            yield return group.Display;
        }

        if (groups.Length > limit)
        {
            yield return $"... and {groups.Length - limit} more cause(s); {whereTheRestIs}";
        }
    }

    private static string Cause(LoadIssue issue)
    {
        string message = issue.Message;
        if (VersionSubstitution().IsMatch(message))
        {
            // NuGet's NU1603, one line per package and project: harmless for the analysis, so one line for all of them.
            return "NuGet resolved a higher version of a package than requested (NU1603: '... was not found. ... was resolved instead'); this does not affect the analysis";
        }

        int trace = StackFrame().Match(message) is { Success: true } frame ? frame.Index : -1;
        if (trace > 0)
        {
            message = message[..trace].TrimEnd() + " (stack trace cut)";
        }

        message = ProjectPath().Replace(message, "'<project>.csproj'");
        if (issue.Project is { Length: > 0 } project)
        {
            message = Regex.Replace(message, @"(?<![\w.])" + Regex.Escape(project) + @"(?![\w])", "<project>");
        }

        return message.Length <= MaxCauseLength ? message : message[..MaxCauseLength] + "…";
    }

    [GeneratedRegex(@"\s+at [\w.`<>]+\.[\w<>`]+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"was not found\. .+ was resolved instead\.?$")]
    private static partial Regex VersionSubstitution();

    [GeneratedRegex(@"'[^']*\.csproj'")]
    private static partial Regex ProjectPath();
}
