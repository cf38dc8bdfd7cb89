using System.CommandLine;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Commands;

/// <summary><c>ssot-check explain &lt;ID&gt;</c>: the rule's documentation page, shipped inside the tool, its links made full URLs.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "A rule ID, e.g. SSOT1001." };
        var command = new Command("explain", "Print a rule's documentation.") { id };
        command.SetAction(parse => Run(parse.GetValue(id)!, ShippedPage, output, error));
        return command;
    }

    /// <summary>
    /// Prints the page of a rule of the catalog; of a rule that is only planned (a page in docs/rules, no analyzer yet),
    /// says so above its page; otherwise refuses the ID, naming the closest rule.
    /// </summary>
    /// <param name="pages">The documentation page of an ID, or null when docs/rules has none.</param>
    public static int Run(string requestedId, Func<string, string?> pages, TextWriter output, TextWriter error)
    {
        string requested = requestedId.Trim().ToUpperInvariant();
        string? page = pages(requested);
        if (RuleCatalog.Find(requested) is null)
        {
            if (page is not null)
            {
                output.WriteLine($"{requested} is planned: no analyzer reports it yet, so neither the build nor ssot-check shows it.");
                output.WriteLine();
                output.Write(TerminalMarkdown.WithAbsoluteLinks(page, new Uri(RuleCatalog.HelpLinkBase + requested + ".md")));
                return ExitCodes.Success;
            }

            var ids = RuleCatalog.Rules.Select(r => r.Id).ToList();
            string? closest = Spelling.ClosestWithin(requested, ids, maxDistance: 2);
            error.WriteLine($"error: unknown rule '{requested}'{(closest is null ? "." : $"; did you mean '{closest}'?")} Rules: {string.Join(", ", ids)}.");
            return ExitCodes.UsageOrConfigError;
        }

        if (page is null)
        {
            error.WriteLine($"error: the documentation of {requested} is missing from this build of ssot-check; see {RuleCatalog.HelpLinkBase}{requested}.md");
            return ExitCodes.InternalError;
        }

        output.Write(TerminalMarkdown.WithAbsoluteLinks(page, new Uri(RuleCatalog.HelpLinkBase + requested + ".md")));
        return ExitCodes.Success;
    }

    /// <summary>The page docs/rules/&lt;ID&gt;.md shipped inside the tool, or null.</summary>
    private static string? ShippedPage(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
