using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>cycles</c> section: namespace dependency cycles SSOT5001 accepts.</summary>
internal static class CyclesReader
{
    public static readonly KeyTable<CyclesSection> Table = new(
        "\"cycles\"",
        ("ignore", (r, p, s) => s with { Ignore = r.NameGlobs(p.Value, "ignore", ConfigValidators.NamespaceGlob) }),
        ("missionCritical", (r, p, s) => s with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? s.MissionCritical }));
}
