using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>Formats a <see cref="CheckReport"/>; reporters never compute, they only write.</summary>
internal interface IReporter
{
    void Write(CheckReport report, TextWriter writer);
}

internal static class Reporters
{
    /// <summary>
    /// The reporter of each format. No default arm: a <see cref="ReportFormat"/> value without a reporter is
    /// CS8509, an error in this build, never a silent fall back to text.
    /// </summary>
#pragma warning disable CS8524 // Unnamed values (a cast integer) cannot come from the command line; they throw.
    public static IReporter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => new TextReporter(),
        ReportFormat.Json => new JsonReporter(),
        ReportFormat.Sarif => new SarifReporter(),
        ReportFormat.Markdown => new MarkdownReporter(),
        ReportFormat.Github => new GithubReporter(),
        ReportFormat.Html => new HtmlReporter(),
    };
#pragma warning restore CS8524
}
