namespace Netra.Ssot.Cli.Model;

/// <summary>One run in the history file: when, and the four scores.</summary>
internal sealed record HistoryPoint(DateTimeOffset Time, double? Overall, double? Production, double? Test, double? Mission, int Violations);
