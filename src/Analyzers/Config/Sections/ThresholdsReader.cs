using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>thresholds</c> section: percentages the gate requires.</summary>
internal static class ThresholdsReader
{
    public static readonly KeyTable<Thresholds> Table = new(
        "\"thresholds\"",
        ("overall", (r, p, t) => t with { Overall = r.Percentage(p.Value, "overall") }),
        ("mission", (r, p, t) => t with { Mission = r.Percentage(p.Value, "mission") ?? t.Mission }),
        ("coverage", (r, p, t) => t with { Coverage = r.Percentage(p.Value, "coverage") ?? t.Coverage }));
}
