using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>Formats a <see cref="CheckReport"/>; reporters never compute, they only write.</summary>
public interface IReporter
{
    void Write(CheckReport report, TextWriter writer);
}

public static class Reporters
{
    public static IReporter For(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReporter(),
        ReportFormat.Sarif => new SarifReporter(),
        ReportFormat.Markdown => new MarkdownReporter(),
        ReportFormat.Github => new GithubReporter(),
        ReportFormat.Html => new HtmlReporter(),
        _ => new TextReporter(),
    };
}
