using System.Text;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// Writes <c>ssot-check init</c>'s starter <c>ssot.json</c>: JSONC with a comment per candidate saying where the
/// other declarations are, so a reviewer can keep, fix or delete each entry.
/// </summary>
internal static class StarterConfigWriter
{
    public static string Write(StarterConfig starter)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  // Written by ssot-check init from ").Append(Comment(starter.Solution))
            .Append(": ").Append(starter.Projects).Append(" project(s), ").Append(starter.Files).Append(" file(s).\n");
        json.Append("  // Each concept below is a family of same-name types in different namespaces. Keep the ones that are\n");
        json.Append("  // one concept (ssot-check then reports every non-canonical copy as SSOT1001), check the suggested\n");
        json.Append("  // canonical type, and delete the ones that are different things (or rename them).\n");
        json.Append("  // Reference: https://github.com/netra-apex/netra-ssot/blob/main/docs/config.md\n");
        json.Append("  \"$schema\": \"https://netra.dev/schemas/ssot.schema.json\",\n");
        json.Append("  \"concepts\": [");
        for (int i = 0; i < starter.Concepts.Length; i++)
        {
            var concept = starter.Concepts[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    // canonical: ").Append(Comment(Place(starter, concept.Canonical))).Append(" (").Append(Comment(concept.Why)).Append(")\n");
            foreach (var other in concept.Others)
            {
                json.Append("    // also:      ").Append(Comment(other.MetadataName)).Append(" (").Append(Comment(Place(starter, other))).Append(")\n");
            }

            json.Append("    {\n");
            json.Append("      \"name\": ").Append(Quote(concept.Name)).Append(",\n");
            json.Append("      \"canonical\": ").Append(Quote(concept.Canonical.MetadataName)).Append(",\n");
            json.Append("      \"match\": [").Append(Quote(concept.Canonical.Name)).Append("]\n");
            json.Append("    }");
        }

        json.Append(starter.Concepts.IsEmpty ? "],\n" : "\n  ],\n");
        json.Append("  \"thresholds\": { \"mission\": 100.0 }\n");
        json.Append("}\n");
        return json.ToString();
    }

    private static string Place(StarterConfig starter, Netra.Ssot.Engine.Solution.DeclaredType type)
        => ReportPaths.Relative(starter.RootDirectory, type.Path) + ":" + (type.Location.GetLineSpan().StartLinePosition.Line + 1);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    /// <summary>Keeps a comment on its line: no line breaks, no block-comment terminator.</summary>
    private static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("*/", "* /");
}
