using System.Text;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// Writes <c>ssot-check init</c>'s starter <c>ssot.json</c>: JSONC in which every proposal carries a comment saying
/// why (the evidence, the references that chose a canonical type), and the same-name families left out are listed
/// in comments at the end, so a reviewer can keep, fix or delete each entry.
/// </summary>
internal static class StarterConfigWriter
{
    public static string Write(StarterConfig starter)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  // Written by ssot-check init from ").Append(Comment(starter.Solution))
            .Append(": ").Append(starter.Projects).Append(" project(s), ").Append(starter.Files).Append(" file(s).\n");
        json.Append("  // Every entry says why it is proposed. Concepts are same-name types with evidence of being copies (identical\n");
        json.Append("  // or near-identical code, the same public members); ssot-check reports every non-canonical one as SSOT1001,\n");
        json.Append("  // and the canonical one is the one the solution uses most. Keep what is right, delete the rest.\n");
        json.Append("  // Reference: https://github.com/netra-apex/netra-ssot/blob/main/docs/config.md\n");
        json.Append("  \"$schema\": ").Append(Quote(ConfigSchema.Reference)).Append(",\n");
        json.Append("  \"concepts\": [");
        for (int i = 0; i < starter.Concepts.Length; i++)
        {
            var concept = starter.Concepts[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    // ").Append(Comment(concept.Evidence)).Append("; canonical: ").Append(Comment(concept.Why)).Append('\n');
            json.Append("    // canonical: ").Append(Comment(Place(starter, concept.Canonical.Type))).Append(Uses(concept.Canonical)).Append('\n');
            foreach (var other in concept.Others)
            {
                json.Append("    // also:      ").Append(Comment(other.Type.MetadataName)).Append(" (").Append(Comment(Place(starter, other.Type))).Append(')').Append(Uses(other)).Append('\n');
            }

            json.Append("    {\n");
            json.Append("      \"name\": ").Append(Quote(concept.Name)).Append(",\n");
            json.Append("      \"canonical\": ").Append(Quote(concept.Canonical.Type.MetadataName)).Append(",\n");
            json.Append("      \"match\": [").Append(Quote(concept.Canonical.Type.Name)).Append("],\n");
            json.Append("      \"scope\": \"production\"\n");
            json.Append("    }");
        }

        json.Append(starter.Concepts.IsEmpty ? "],\n" : "\n  ],\n");
        if (!starter.Families.IsEmpty || !starter.IgnoreNames.IsEmpty)
        {
            json.Append("  \"discovery\": {\n");
            if (!starter.Families.IsEmpty)
            {
                json.Append("    \"families\": [");
                Values(json, starter.Families, "      ");
                json.Append(starter.IgnoreNames.IsEmpty ? "\n    ]\n" : "\n    ],\n");
            }

            if (!starter.IgnoreNames.IsEmpty)
            {
                json.Append("    \"ignoreNames\": [");
                Values(json, starter.IgnoreNames, "      ");
                json.Append("\n    ]\n");
            }

            json.Append("  },\n");
        }

        if (!starter.Tests.IsEmpty)
        {
            json.Append("  \"tests\": [");
            Values(json, starter.Tests, "    ");
            json.Append("\n  ],\n");
        }

        if (!starter.Legacy.IsEmpty)
        {
            json.Append("  \"legacy\": [");
            for (int i = 0; i < starter.Legacy.Length; i++)
            {
                var entry = starter.Legacy[i];
                json.Append(i == 0 ? "\n" : ",\n");
                json.Append("    // ").Append(Comment(entry.Why)).Append('\n');
                json.Append("    { ").Append(Quote(entry.Kind)).Append(": ").Append(Quote(entry.Target));
                if (entry.Replacement is not null)
                {
                    json.Append(", \"replacement\": ").Append(Quote(entry.Replacement));
                }

                json.Append(" }");
            }

            json.Append("\n  ],\n");
        }

        json.Append("  \"thresholds\": { \"mission\": 100.0 }\n");
        if (!starter.NotProposed.IsEmpty)
        {
            json.Append("  // Same-name families not proposed (ssot-check still reports them as SSOT1003):\n");
            foreach (var note in starter.NotProposed)
            {
                json.Append("  // ").Append(Comment(note.Name)).Append(": ").Append(Comment(note.Why)).Append('\n');
                foreach (var member in note.Members)
                {
                    json.Append("  //   ").Append(Comment(member.Type.MetadataName)).Append(" (").Append(Comment(Place(starter, member.Type))).Append(')').Append(Uses(member)).Append('\n');
                }
            }
        }

        json.Append("}\n");
        return json.ToString();
    }

    private static void Values(StringBuilder json, System.Collections.Immutable.ImmutableArray<ProposedValue> values, string indent)
    {
        for (int i = 0; i < values.Length; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append(indent).Append("// ").Append(Comment(values[i].Why)).Append('\n');
            json.Append(indent).Append(Quote(values[i].Value));
        }
    }

    private static string Uses(FamilyMember member)
        => member.Unused ? ", unused" : member.References == 0 ? ", never named (may be found by a framework)" : $", {member.References} reference(s)";

    private static string Place(StarterConfig starter, DeclaredType type)
        => ReportPaths.Relative(starter.RootDirectory, type.Path) + ":" + (type.Location.GetLineSpan().StartLinePosition.Line + 1);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    /// <summary>Keeps a comment on its line: no line breaks, no block-comment terminator.</summary>
    private static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("*/", "* /");
}
