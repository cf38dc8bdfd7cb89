using System.Globalization;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// How strongly two same-name types look like one thing, from their normalized code: 4 identical member code, 3
/// near-identical (at least <see cref="NearIdentical"/> of the 4-token runs in common), 2 the same public members
/// (at least two), 1 most public members in common (at least two, and at least half of the smaller type's), 0 none.
/// </summary>
internal readonly record struct Evidence(int Strength, string Text)
{
    public const double NearIdentical = 0.8;

    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create("(:");

    /// <summary>Fewer tokens than this (an empty class, a one-line record) prove nothing by being alike.</summary>
    private const int MinimumTokens = 8;

    public static Evidence None { get; } = new(0, "no code or public members in common");

    public static Evidence Between(TypeShape a, TypeShape b)
    {
        bool enoughCode = Math.Min(a.TokenCount, b.TokenCount) >= MinimumTokens;
        if (enoughCode && a.BodyHash == b.BodyHash)
        {
            return new Evidence(4, "identical code");
        }

        double similarity = a.Similarity(b);
        if (enoughCode && similarity >= NearIdentical)
        {
            return new Evidence(3, $"near-identical code ({Percent(similarity)} in common)");
        }

        var shared = a.PublicMembers.Intersect(b.PublicMembers);
        if (shared.Count >= 2 && a.PublicMembers.SetEquals(b.PublicMembers))
        {
            return new Evidence(2, $"the same {shared.Count} public members");
        }

        int smaller = Math.Min(a.PublicMembers.Count, b.PublicMembers.Count);
        if (shared.Count >= 2 && shared.Count * 2 >= smaller)
        {
            return new Evidence(1, $"{shared.Count} of {smaller} public members in common ({string.Join(", ", shared.Take(3).Select(MemberName))}{(shared.Count > 3 ? ", ..." : string.Empty)})");
        }

        return None;
    }

    private static string Percent(double value) => Math.Floor(value * 100).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary><c>method DelayBefore(int):TimeSpan</c> shows as <c>DelayBefore</c>.</summary>
    private static string MemberName(string signature)
    {
        int space = signature.IndexOf(' ', StringComparison.Ordinal);
        string rest = signature[(space + 1)..];
        int end = rest.IndexOfAny(NameEnd);
        return end < 0 ? rest : rest[..end];
    }
}
