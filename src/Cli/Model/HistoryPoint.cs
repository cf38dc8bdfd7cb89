namespace Netra.Ssot.Cli.Model;

/// <summary>One run in the history file: when, the four scores, and whether it was a --mission-only run.</summary>
/// <param name="MissionOnly">
/// The run kept only mission-critical findings, so its overall, production and test scores are not comparable with
/// those of full runs (the HTML trend marks it and leaves it out of the overall line). False for lines written before
/// the field existed.
/// </param>
internal sealed record HistoryPoint(DateTimeOffset Time, double? Overall, double? Production, double? Test, double? Mission, int Violations, bool MissionOnly = false);
