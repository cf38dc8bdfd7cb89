using System.Collections.Immutable;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>An entry of <c>critical</c>: a symbol that must resolve.</summary>
internal static class CriticalReader
{
    public static readonly KeyTable<Draft> Table = new(
        "a critical entry",
        ("symbol", (r, p, d) => d with { Symbol = r.Checked(p.Value, "symbol", NameSyntax.CheckSymbol) }),
        ("missionCritical", (r, p, d) => d with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? false }),
        ("projects", (r, p, d) => d with { Projects = r.Strings(p.Value, "projects", validate: null) }),
        ("reason", (r, p, d) => d with { Reason = r.String(p.Value, "reason") }));

    public static CriticalEntry? Read(ConfigReader reader, JsonObject entry)
    {
        var draft = Table.Read(reader, entry, Draft.Empty);
        reader.RequireKeys(
            entry,
            "a critical entry needs a \"symbol\" (a type or namespace metadata name, or a documentation ID such as \"M:Ns.Type.Method(System.String)\")",
            allOf: true,
            "symbol");
        return draft.Symbol is null ? null : new CriticalEntry(draft.Symbol, draft.MissionCritical, draft.Projects, draft.Reason, reader.SpanOf(entry.Span));
    }

    internal sealed record Draft(string? Symbol, bool MissionCritical, ImmutableArray<string> Projects, string? Reason)
    {
        public static readonly Draft Empty = new(null, MissionCritical: false, ImmutableArray<string>.Empty, null);
    }
}
