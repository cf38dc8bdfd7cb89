using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Model;

/// <summary>A compliance score: 100 × compliant / scored, rounded down to one decimal; null when nothing is scored.</summary>
internal sealed record Score(int Compliant, int Scored)
{
    /// <summary>Integer arithmetic, so 100.0 appears only when every scored file is compliant.</summary>
    public double? Percent => Scored == 0 ? null : RoundedDown(Compliant, Scored);

    /// <summary>100 × part / whole rounded down to one decimal, in integer arithmetic: the rounding of every percentage reported.</summary>
    internal static double RoundedDown(int part, int whole) => (1000L * part / whole) / 10.0;

    /// <summary>How every report shows it: <c>77.7%</c>, or <c>n/a</c> when nothing is scored.</summary>
    public string Display => Percent is { } p ? Format(p) + "%" : "n/a";

    /// <summary>A percentage as every report and message writes it: always one decimal (<c>100.0</c>, <c>96.4</c>).</summary>
    public static string Format(double percent) => percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record ProjectScore(string Name, Score Score);

/// <summary>
/// How many findings a rule produced, and how many of them are violations (warning or error). With
/// <paramref name="CountsFamilies"/> (SSOT1003, which reports each member of a same-name family) both count families.
/// </summary>
internal sealed record RuleCount(string Id, string Title, int Count, int Violations, bool CountsFamilies = false)
{
    /// <summary>What <see cref="Count"/> counts, as a report writes it after the number: "finding(s)" or "family/families".</summary>
    public string Unit => CountsFamilies ? (Count == 1 ? "family" : "families") : (Count == 1 ? "finding" : "findings");
}

/// <param name="OtherPlaces">
/// Places outside the scored files that carry a violation (ssot.json; an empty path for a finding with no location).
/// Each counts as one more unit of the overall and mission scores, so such a violation always lowers them.
/// </param>
internal sealed record ScoreReport(
    Score Overall,
    Score Production,
    Score Test,
    Score Mission,
    ImmutableArray<ProjectScore> Projects,
    ImmutableArray<RuleCount> Rules,
    ImmutableArray<string> OtherPlaces);
