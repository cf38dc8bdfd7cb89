using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, every rule of the catalog with its descriptor and help URI, results with
/// physical and related locations relative to <c>SRCROOT</c> (the solution folder), stable partial fingerprints,
/// baseline states when a baseline was given, and load issues and analyzer failures as tool notifications.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string FingerprintKey = "ssotFingerprint/v1";

    /// <summary>Load-issue causes reported as tool notifications; the JSON report keeps them all.</summary>
    private const int MaxNotifications = 50;

    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = RuleCatalog.Rules;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var known = report.Baseline?.Known.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ssot-check");
            json.WriteString("version", report.ToolVersion);
            json.WriteString("semanticVersion", report.ToolVersion);
            json.WriteString("informationUri", "https://github.com/netra-apex/netra-ssot");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                var descriptor = rule.Descriptor;
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", PascalCase(rule.Title));
                WriteText(json, "shortDescription", rule.Title);
                WriteText(json, "fullDescription", descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("helpUri", descriptor.HelpLinkUri);
                WriteText(json, "help", "See " + descriptor.HelpLinkUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(descriptor.DefaultSeverity.ToString().ToLowerInvariant()));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", descriptor.Category);
                json.WriteBoolean("missionCritical", rule.MissionCritical);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", report.Analysis.AnalyzerFailures.IsEmpty);
            json.WriteStartArray("toolExecutionNotifications");
            var groups = LoadIssueGroups.Of(report.Analysis.LoadIssues);
            foreach (var group in groups.Take(MaxNotifications))
            {
                json.WriteStartObject();
                json.WriteString("level", group.Severity == "error" ? "error" : "warning");
                WriteText(json, "message", group.Display);
                json.WriteEndObject();
            }

            if (groups.Length > MaxNotifications)
            {
                json.WriteStartObject();
                json.WriteString("level", "note");
                WriteText(json, "message", $"{groups.Length - MaxNotifications} more load issue cause(s); the JSON report (--format json) lists every load issue.");
                json.WriteEndObject();
            }

            foreach (var failure in report.Analysis.AnalyzerFailures)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                WriteText(json, "message", $"analyzer {failure.Analyzer} failed in {failure.Project}: {failure.Message}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("SRCROOT");
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(report.Analysis.RootDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var finding in report.Analysis.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Id);
                if (ruleIndex.TryGetValue(finding.Id, out int index))
                {
                    json.WriteNumber("ruleIndex", index);
                }

                // A held-back finding may be caused by the environment: a note, never an error in code scanning.
                json.WriteString("level", finding.HeldBack is null ? Level(finding.Severity) : "note");
                WriteText(json, "message", finding.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
                json.WriteEndObject();
                json.WriteEndArray();
                if (!finding.Related.IsEmpty)
                {
                    json.WriteStartArray("relatedLocations");
                    for (int i = 0; i < finding.Related.Length; i++)
                    {
                        var related = finding.Related[i];
                        json.WriteStartObject();
                        json.WriteNumber("id", i + 1);
                        WritePhysicalLocation(json, related.File, related.Line, related.Column, null, null);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteStartObject("partialFingerprints");
                json.WriteString(FingerprintKey, finding.Fingerprint);
                json.WriteEndObject();
                if (known is not null && finding.IsViolation)
                {
                    json.WriteString("baselineState", known.Contains(finding.Fingerprint) ? "unchanged" : "new");
                }

                json.WriteStartObject("properties");
                json.WriteString("project", finding.Project);
                json.WriteBoolean("missionCritical", finding.MissionCritical);
                if (finding.HeldBack is not null)
                {
                    json.WriteString("heldBack", finding.HeldBack);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteRunProperties(json, report);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    /// <summary>The run's property bag: the scores, what they stand on (coverage) and the gate.</summary>
    private static void WriteRunProperties(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("properties");
        json.WriteStartObject("score");
        WritePercent(json, "overall", report.Score.Overall);
        WritePercent(json, "production", report.Score.Production);
        WritePercent(json, "test", report.Score.Test);
        WritePercent(json, "mission", report.Score.Mission);
        json.WriteEndObject();
        JsonReporter.WriteCoverage(json, report.Coverage);
        json.WriteBoolean("gatePassed", report.Gate.Passed);
        json.WriteString("gateReason", report.Gate.Reason);
        json.WriteEndObject();
    }

    private static void WritePercent(Utf8JsonWriter json, string name, Score score)
    {
        json.WritePropertyName(name);
        if (score.Percent is { } percent)
        {
            json.WriteRawValue(Score.Format(percent));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string file, int line, int column, int? endLine, int? endColumn)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUri.FromReportPath(file));
        json.WriteString("uriBaseId", "SRCROOT");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, line));
        json.WriteNumber("startColumn", Math.Max(1, column));
        if (endLine is { } end && endColumn is { } endCol)
        {
            json.WriteNumber("endLine", Math.Max(1, end));
            json.WriteNumber("endColumn", Math.Max(1, endCol));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        "info" => "note",
        _ => "none",
    };

    private static string PascalCase(string title)
        => string.Concat(title.Split(' ', '-', '#', '.', ',', '(', ')').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
}
