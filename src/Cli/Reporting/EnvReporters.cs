using Netra.Ssot.Cli.Engine.Variables;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The formats of <c>ssot-check env</c>.</summary>
internal enum EnvReportFormat
{
    Text,
    Json,
    Markdown,
}

/// <summary>Formats an <see cref="EnvironmentInventory"/>; reporters never compute, they only write.</summary>
internal interface IEnvReporter
{
    void Write(EnvironmentInventory inventory, TextWriter writer);
}

internal static class EnvReporters
{
    public static IEnvReporter For(EnvReportFormat format) => format switch
    {
        EnvReportFormat.Json => new EnvJsonReporter(),
        EnvReportFormat.Markdown => new EnvMarkdownReporter(),
        _ => new EnvTextReporter(),
    };

    /// <summary>How a variable's source is written in every format.</summary>
    public static string SourceName(VariableSource source) => source switch
    {
        VariableSource.Environment => "environment",
        VariableSource.Configuration => "configuration",
        VariableSource.Both => "both",
        _ => "none",
    };

    public static string KindName(Deployment.ManifestKind kind) => kind switch
    {
        Deployment.ManifestKind.DotEnv => "dotenv",
        Deployment.ManifestKind.DockerCompose => "docker-compose",
        Deployment.ManifestKind.Kubernetes => "kubernetes",
        Deployment.ManifestKind.AppSettings => "appsettings",
        _ => "launch-settings",
    };

    /// <summary>The one-line verdict every format ends with.</summary>
    public static string Summary(EnvironmentInventory inventory)
    {
        int required = inventory.Variables.Count(v => v.Required);
        if (inventory.Manifests.IsEmpty)
        {
            return $"{required} required variable(s); no manifest checked (pass --manifest FILE).";
        }

        var missing = inventory.Missing.ToList();
        if (missing.Count == 0)
        {
            return $"All {required} required variable(s) are provided by every manifest ({inventory.Manifests.Length}).";
        }

        return $"{missing.Select(m => m.Variable.Name).Distinct(StringComparer.Ordinal).Count()} required variable(s) missing from "
            + $"{missing.Select(m => m.Manifest).Distinct(StringComparer.Ordinal).Count()} of {inventory.Manifests.Length} manifest(s).";
    }

    /// <summary><c>required (declared), secret</c>, <c>optional</c>: how a variable's flags read in text.</summary>
    public static string Flags(InventoryVariable variable)
    {
        var flags = new List<string> { variable.Required ? $"required ({variable.RequiredBecause})" : "optional" };
        if (!variable.Declared)
        {
            flags.Add("undeclared");
        }

        if (variable.Secret)
        {
            flags.Add("secret");
        }

        if (variable.Section)
        {
            flags.Add("section");
        }

        return string.Join(", ", flags);
    }

    /// <summary><c>file:line:col Api (Project)</c> with <c>, fallback</c> / <c>, test</c> when they apply.</summary>
    public static string Read(VariableRead read)
    {
        string notes = (read.HasFallback ? ", fallback" : string.Empty) + (read.IsSection ? ", section" : string.Empty) + (read.IsTest ? ", test" : string.Empty);
        return $"{read.File}:{read.Line}:{read.Column} {read.Api} ({read.Project}{notes})";
    }
}
