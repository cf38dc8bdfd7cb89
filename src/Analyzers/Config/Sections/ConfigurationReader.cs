using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>configuration</c> section.</summary>
internal static class ConfigurationReader
{
    public static readonly KeyTable<ConfigurationSection> Table = new(
        "\"configuration\"",
        ("accessors", (r, p, s) => s with { Accessors = r.Strings(p.Value, "accessors", ConfigValidators.MetadataName) }),
        ("variables", (r, p, s) => s with { Variables = VariablesReader.Read(r, p) }),
        ("missionCritical", (r, p, s) => s with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? s.MissionCritical }));
}
