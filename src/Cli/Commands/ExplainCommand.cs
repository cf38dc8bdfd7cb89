using System.CommandLine;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Commands;

/// <summary><c>ssot-check explain &lt;ID&gt;</c>: the rule's documentation page, shipped inside the tool, its links made full URLs.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "A rule ID, e.g. SSOT1001." };
        var command = new Command("explain", "Print a rule's documentation.") { id };
        command.SetAction(parse =>
        {
            string requested = parse.GetValue(id)!.Trim().ToUpperInvariant();
            string? page = ReadPage(requested);
            if (page is null)
            {
                error.WriteLine($"error: unknown rule '{requested}'. Rules: {string.Join(", ", RuleCatalog.Rules.Select(r => r.Id))}.");
                return ExitCodes.UsageOrConfigError;
            }

            output.Write(TerminalMarkdown.WithAbsoluteLinks(page, new Uri(RuleCatalog.HelpLinkBase + requested + ".md")));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The page of a rule of the catalog (pages of rules still to come are not shown).</summary>
    public static string? ReadPage(string id)
    {
        if (RuleCatalog.Find(id) is null)
        {
            return null;
        }

        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
