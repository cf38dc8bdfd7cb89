using System.Text.Encodings.Web;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Engine.Variables;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>The machine-readable inventory, fields in the stable order of docs/env.md.</summary>
internal sealed class EnvJsonReporter : IEnvReporter
{
    public void Write(EnvironmentInventory inventory, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "ssot-check");
            json.WriteString("version", SsotCheck.ToolVersion);
            json.WriteEndObject();
            json.WriteString("solution", inventory.Input);
            JsonReporter.WriteNullableString(json, "config", inventory.ConfigFile);
            json.WriteBoolean("passed", !inventory.Missing.Any());

            json.WriteStartArray("variables");
            foreach (var variable in inventory.Variables)
            {
                json.WriteStartObject();
                json.WriteString("name", variable.Name);
                json.WriteString("source", EnvReporters.SourceName(variable.Source));
                json.WriteBoolean("declared", variable.Declared);
                json.WriteBoolean("required", variable.Required);
                JsonReporter.WriteNullableString(json, "requiredBecause", variable.RequiredBecause);
                json.WriteBoolean("secret", variable.Secret);
                JsonReporter.WriteNullableString(json, "description", variable.Description);
                json.WriteBoolean("section", variable.Section);
                json.WriteStartArray("reads");
                foreach (var read in variable.Reads)
                {
                    json.WriteStartObject();
                    json.WriteString("file", read.File);
                    json.WriteNumber("line", read.Line);
                    json.WriteNumber("column", read.Column);
                    json.WriteString("project", read.Project);
                    json.WriteString("api", read.Api);
                    json.WriteString("key", read.Key);
                    json.WriteBoolean("fallback", read.HasFallback);
                    json.WriteBoolean("section", read.IsSection);
                    json.WriteBoolean("test", read.IsTest);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("missingFrom");
                foreach (string manifest in variable.MissingFrom)
                {
                    json.WriteStringValue(manifest);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("unread");
            foreach (string name in inventory.Unread)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();

            json.WriteStartArray("dynamic");
            foreach (var read in inventory.Dynamic)
            {
                json.WriteStartObject();
                json.WriteString("api", read.Api);
                json.WriteString("file", read.File);
                json.WriteNumber("line", read.Line);
                json.WriteNumber("column", read.Column);
                json.WriteString("project", read.Project);
                json.WriteBoolean("test", read.IsTest);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("manifests");
            foreach (var manifest in inventory.Manifests)
            {
                json.WriteStartObject();
                json.WriteString("path", manifest.Path);
                json.WriteString("kind", EnvReporters.KindName(manifest.Kind));
                json.WriteNumber("variables", manifest.Variables);
                json.WriteStartArray("unknownSources");
                foreach (var source in manifest.UnknownSources)
                {
                    json.WriteStartObject();
                    json.WriteString("description", source.Description);
                    json.WriteString("file", source.File);
                    json.WriteNumber("line", source.Line);
                    JsonReporter.WriteNullableString(json, "scope", source.Scope);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            JsonReporter.WriteLoadIssues(json, inventory.LoadIssues);
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
