using Netra.Ssot.Cli.Engine.Variables;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The inventory as a pull-request comment or a deploy checklist: one table row per variable, every name escaped.</summary>
internal sealed class EnvMarkdownReporter : IEnvReporter
{
    public void Write(EnvironmentInventory inventory, TextWriter writer)
    {
        bool passed = !inventory.Missing.Any();
        writer.WriteLine($"## {(passed ? "✅" : "❌")} Environment of {Escape(inventory.Input)}");
        writer.WriteLine();
        writer.WriteLine(Escape(EnvReporters.Summary(inventory)));
        writer.WriteLine();
        writer.WriteLine("| Variable | Source | Required | Secret | Read at | Missing from |");
        writer.WriteLine("|---|---|---|---|---|---|");
        foreach (var variable in inventory.Variables)
        {
            string name = Code(variable.Name) + (variable.Declared ? string.Empty : " (undeclared)") + (variable.Section ? " (section)" : string.Empty);
            string required = variable.Required ? $"yes ({Escape(variable.RequiredBecause!)})" : "no";
            string reads = variable.Reads.IsEmpty ? "nowhere" : string.Join("<br>", variable.Reads.Select(r => Code($"{r.File}:{r.Line}") + (r.IsTest ? " (test)" : string.Empty)));
            string missing = string.Join("<br>", variable.MissingFrom.Select(Code));
            writer.WriteLine($"| {name} | {EnvReporters.SourceName(variable.Source)} | {required} | {(variable.Secret ? "yes" : "no")} | {reads} | {missing} |");
        }

        if (!inventory.Unread.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"**Declared but never read by production code:** {string.Join(", ", inventory.Unread.Select(Code))}");
        }

        if (!inventory.Dynamic.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"**Dynamic reads** (names computed at run time, not checked): {string.Join(", ", inventory.Dynamic.Select(d => Code($"{d.File}:{d.Line}") + " " + Escape(d.Api)))}");
        }

        foreach (var manifest in inventory.Manifests.Where(m => !m.UnknownSources.IsEmpty))
        {
            writer.WriteLine();
            writer.WriteLine($"{Code(manifest.Path)} may also be provided by (not checked): {string.Join(", ", manifest.UnknownSources.Select(s => Escape(s.Description)))}");
        }
    }

    private static string Escape(string text) => MarkdownReporter.Escape(text);

    /// <summary>A name or path as inline code; a backtick in it is replaced, so it cannot end the span early.</summary>
    private static string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ') + "`";
}
