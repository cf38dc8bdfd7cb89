using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>discovery</c> section: what SSOT1003 leaves alone.</summary>
internal static class DiscoveryReader
{
    public static readonly KeyTable<DiscoverySection> Table = new(
        "\"discovery\"",
        ("defaults", (r, p, s) => s with { UseDefaults = r.Boolean(p.Value, "defaults") ?? s.UseDefaults }),
        ("ignoreNames", (r, p, s) => s with { IgnoreNames = r.NameGlobs(p.Value, "ignoreNames", ConfigValidators.NameGlob) }),
        ("families", (r, p, s) => s with { Families = r.NameGlobs(p.Value, "families", ConfigValidators.NamespaceGlob) }),
        ("scope", (r, p, s) => s with { Scope = r.Scope(p.Value) ?? s.Scope }));
}
