using Netra.Ssot.Cli.Engine.Variables;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The inventory for a terminal: variables with their reads, what nothing reads, dynamic reads, manifests, the verdict.</summary>
internal sealed class EnvTextReporter : IEnvReporter
{
    public void Write(EnvironmentInventory inventory, TextWriter writer)
    {
        writer.WriteLine($"ssot-check env: {inventory.Input}" + (inventory.ConfigFile is null ? " (no ssot.json)" : $" (config {inventory.ConfigFile})"));
        writer.WriteLine();
        writer.WriteLine($"Variables ({inventory.Variables.Length}):");
        foreach (var variable in inventory.Variables)
        {
            writer.WriteLine($"  {variable.Name} [{EnvReporters.SourceName(variable.Source)}] {EnvReporters.Flags(variable)}");
            if (variable.Description is not null)
            {
                writer.WriteLine($"    {variable.Description}");
            }

            if (variable.Reads.IsEmpty)
            {
                writer.WriteLine("    read nowhere");
            }

            foreach (var read in variable.Reads)
            {
                writer.WriteLine($"    read at {EnvReporters.Read(read)}");
            }

            foreach (string manifest in variable.MissingFrom)
            {
                writer.WriteLine($"    missing from {manifest}");
            }
        }

        if (!inventory.Unread.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"Declared but never read by production code ({inventory.Unread.Length}): {string.Join(", ", inventory.Unread)}");
        }

        if (!inventory.Dynamic.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"Dynamic reads, names computed at run time, not checked ({inventory.Dynamic.Length}):");
            foreach (var read in inventory.Dynamic)
            {
                writer.WriteLine($"  {read.File}:{read.Line}:{read.Column} {read.Api} ({read.Project}{(read.IsTest ? ", test" : string.Empty)})");
            }
        }

        if (!inventory.Manifests.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"Manifests ({inventory.Manifests.Length}):");
            foreach (var manifest in inventory.Manifests)
            {
                writer.WriteLine($"  {manifest.Path} ({EnvReporters.KindName(manifest.Kind)}, {manifest.Variables} variable(s))");
                foreach (var source in manifest.UnknownSources)
                {
                    writer.WriteLine($"    may be provided by {source.Description} at {source.File}:{source.Line}{(source.Scope is null ? string.Empty : $" ({source.Scope})")} (not checked)");
                }
            }
        }

        var missing = inventory.Missing.ToList();
        if (missing.Count > 0)
        {
            writer.WriteLine();
            foreach (var (variable, manifest) in missing)
            {
                writer.WriteLine($"Missing: required variable {variable.Name} is not provided by {manifest}");
            }
        }

        foreach (var issue in inventory.LoadIssues)
        {
            writer.WriteLine($"{issue.Severity}: {issue.Message}");
        }

        writer.WriteLine();
        writer.WriteLine(EnvReporters.Summary(inventory));
    }
}
