using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Commands;

/// <summary>The --history file of a run, read once: the trend the reports draw, and the file's text with this run appended.</summary>
internal static class HistoryFile
{
    public static (ImmutableArray<HistoryPoint> Points, string NewText) Add(string fullPath, ScoreReport score, int violations, DateTimeOffset now, bool missionOnly = false)
    {
        string existing = File.Exists(fullPath) ? File.ReadAllText(fullPath) : string.Empty;
        var points = History.WithCurrent(existing, score, violations, now, missionOnly);
        return (points, History.Appended(existing, points[^1]));
    }
}
