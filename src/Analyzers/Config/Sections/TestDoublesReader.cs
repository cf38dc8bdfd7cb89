using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>testDoubles</c> section: what SSOT1004 counts as a hand-written double.</summary>
internal static class TestDoublesReader
{
    public static readonly KeyTable<TestDoublesSection> Table = new(
        "\"testDoubles\"",
        ("match", (r, p, s) => s with { Match = r.NameGlobs(p.Value, "match", ConfigValidators.NameGlob) }),
        ("ignore", (r, p, s) => s with { Ignore = r.LocatedStrings(p.Value, "ignore", ConfigValidators.MetadataName) }));
}
