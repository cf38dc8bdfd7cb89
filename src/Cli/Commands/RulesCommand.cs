using System.CommandLine;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.Cli.Commands;

/// <summary><c>ssot-check rules</c>: the rule catalog as a table (ID, default severity, category as .editorconfig names it, mission-critical, title).</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("rules", "List the rules: ID, default severity, category and title.");
        command.SetAction(_ =>
        {
            var rows = RuleCatalog.Rules.Select(r => (
                r.Id,
                Severity: r.Descriptor.DefaultSeverity.ToString().ToLowerInvariant(),
                r.Descriptor.Category,
                Mission: r.MissionCritical ? "mission" : string.Empty,
                r.Title)).ToList();
            int severityWidth = Math.Max("Severity".Length, rows.Max(r => r.Severity.Length));
            int categoryWidth = Math.Max("Category".Length, rows.Max(r => r.Category.Length));
            output.WriteLine($"{"ID",-8}  {"Severity".PadRight(severityWidth)}  {"Category".PadRight(categoryWidth)}  {"Mission",-7}  Title");
            foreach (var row in rows)
            {
                output.WriteLine($"{row.Id,-8}  {row.Severity.PadRight(severityWidth)}  {row.Category.PadRight(categoryWidth)}  {row.Mission,-7}  {row.Title}");
            }

            output.WriteLine();
            output.WriteLine("Details: ssot-check explain <ID>. Severities can be changed in .editorconfig, per rule (dotnet_diagnostic.<ID>.severity = error)");
            output.WriteLine("or per category (dotnet_analyzer_diagnostic.category-<Category>.severity = warning), with the category as shown.");
            return ExitCodes.Success;
        });
        return command;
    }
}
