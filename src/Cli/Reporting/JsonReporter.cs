using System.Text.Encodings.Web;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The machine-readable report, fields in the stable order of docs/reports.md.</summary>
internal sealed class JsonReporter : IReporter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var analysis = report.Analysis;
            var score = report.Score;
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "ssot-check");
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            json.WriteString("solution", analysis.Input);
            WriteNullableString(json, "config", analysis.ConfigFile);
            json.WriteBoolean("missionOnly", report.MissionOnly);

            json.WriteStartObject("score");
            WritePercent(json, "overall", score.Overall);
            WritePercent(json, "production", score.Production);
            WritePercent(json, "test", score.Test);
            WritePercent(json, "mission", score.Mission);
            json.WriteEndObject();

            json.WriteStartObject("files");
            json.WriteNumber("scored", score.Overall.Scored);
            json.WriteNumber("compliant", score.Overall.Compliant);
            json.WriteNumber("production", score.Production.Scored);
            json.WriteNumber("test", score.Test.Scored);
            json.WriteEndObject();

            WriteCoverage(json, report.Coverage);

            json.WriteStartObject("gate");
            json.WriteBoolean("passed", report.Gate.Passed);
            json.WriteString("reason", report.Gate.Reason);
            json.WriteEndObject();

            json.WriteStartArray("projects");
            foreach (var project in score.Projects)
            {
                json.WriteStartObject();
                json.WriteString("name", project.Name);
                WritePercent(json, "score", project.Score);
                json.WriteNumber("files", project.Score.Scored);
                json.WriteNumber("compliant", project.Score.Compliant);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("rules");
            foreach (var rule in score.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteNumber("count", rule.Count);
                json.WriteString("counts", rule.CountsFamilies ? "families" : "findings");
                json.WriteNumber("violations", rule.Violations);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("diagnostics");
            foreach (var finding in analysis.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("severity", finding.Severity);
                json.WriteBoolean("missionCritical", finding.MissionCritical);
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteNumber("endLine", finding.EndLine);
                json.WriteNumber("endColumn", finding.EndColumn);
                json.WriteString("project", finding.Project);
                json.WriteString("message", finding.Message);
                json.WriteString("fingerprint", finding.Fingerprint);
                if (finding.HeldBack is not null)
                {
                    json.WriteString("heldBack", finding.HeldBack);
                }

                if (report.Baseline is { } state && finding.IsViolation)
                {
                    json.WriteString("baselineState", state.Known.Contains(finding) ? "known" : "new");
                }

                json.WriteStartArray("related");
                foreach (var related in finding.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("file", related.File);
                    json.WriteNumber("line", related.Line);
                    json.WriteNumber("column", related.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            if (report.Baseline is { } baseline)
            {
                json.WriteStartObject("baseline");
                json.WriteString("file", baseline.Path);
                json.WriteNumber("new", baseline.New.Length);
                json.WriteNumber("known", baseline.Known.Length);
                json.WriteStartArray("stale");
                foreach (var entry in baseline.Stale)
                {
                    json.WriteStartObject();
                    json.WriteString("id", entry.Id);
                    json.WriteString("file", entry.File);
                    json.WriteString("fingerprint", entry.Fingerprint);
                    json.WriteString("message", entry.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            WriteLoadIssues(json, analysis.LoadIssues);

            json.WriteStartArray("analyzerFailures");
            foreach (var failure in analysis.AnalyzerFailures)
            {
                json.WriteStartObject();
                json.WriteString("analyzer", failure.Analyzer);
                json.WriteString("project", failure.Project);
                json.WriteString("message", failure.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The <c>coverage</c> object (docs/reports.md); the SARIF run properties carry the same one.</summary>
    internal static void WriteCoverage(Utf8JsonWriter json, Coverage coverage)
    {
        json.WriteStartObject("coverage");
        json.WriteStartObject("projects");
        json.WriteNumber("analyzed", coverage.Projects.Analyzed);
        json.WriteNumber("total", coverage.Projects.Total);
        json.WriteEndObject();
        json.WriteStartObject("files");
        json.WriteNumber("analyzed", coverage.Files.Analyzed);
        json.WriteNumber("total", coverage.Files.Total);
        json.WritePropertyName("percent");
        json.WriteRawValue(Score.Format(coverage.Files.Percent));
        json.WriteEndObject();
        json.WriteStartArray("projectsWithErrors");
        foreach (var project in coverage.ProjectsWithErrors)
        {
            json.WriteStartObject();
            json.WriteString("project", project.Project);
            json.WriteNumber("errors", project.Errors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("incompleteEnvironments");
        foreach (string reason in coverage.IncompleteEnvironments)
        {
            json.WriteStringValue(reason);
        }

        json.WriteEndArray();
        json.WriteNumber("heldBack", coverage.HeldBack);
        json.WriteBoolean("complete", coverage.IsComplete);
        json.WriteEndObject();
    }

    private static void WritePercent(Utf8JsonWriter json, string name, Score score)
    {
        if (score.Percent is { } percent)
        {
            json.WritePropertyName(name);
            json.WriteRawValue(Score.Format(percent)); // always one decimal: 100.0, 96.4
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The <c>loadIssues</c> array, as the check and env reports both write it.</summary>
    internal static void WriteLoadIssues(Utf8JsonWriter json, IEnumerable<LoadIssue> issues)
    {
        json.WriteStartArray("loadIssues");
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("severity", issue.Severity);
            WriteNullableString(json, "project", issue.Project);
            json.WriteString("message", issue.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A string property, or <c>null</c>.</summary>
    internal static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
