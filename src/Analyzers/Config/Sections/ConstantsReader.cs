using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>An entry of <c>constants</c>: a name and the type that holds the constants.</summary>
internal static class ConstantsReader
{
    public static readonly KeyTable<Draft> Table = new(
        "a constants entry",
        ("name", (r, p, d) => d with { Name = r.String(p.Value, "name") }),
        ("type", (r, p, d) => d with { Type = r.MetadataName(p.Value, "type") }),
        ("missionCritical", (r, p, d) => d with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? false }));

    public static ConstantsEntry? Read(ConfigReader reader, JsonObject entry)
    {
        var draft = Table.Read(reader, entry, Draft.Empty);
        reader.RequireKeys(entry, "a constants entry needs a \"name\" and a \"type\"", allOf: true, "name", "type");
        return draft.Name is null || draft.Type is null ? null : new ConstantsEntry(draft.Name, draft.Type, draft.MissionCritical, reader.SpanOf(entry.Span));
    }

    internal sealed record Draft(string? Name, string? Type, bool MissionCritical)
    {
        public static readonly Draft Empty = new(null, null, MissionCritical: false);
    }
}
