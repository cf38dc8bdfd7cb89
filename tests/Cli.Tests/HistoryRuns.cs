using System.Collections.Immutable;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests;

/// <summary>What a run with --history does to the file: the engine reads it and adds this run, the command layer appends it.</summary>
internal static class HistoryRuns
{
    public static ImmutableArray<HistoryPoint> Append(string path, ScoreReport score, int violations, DateTimeOffset now)
    {
        var points = History.WithCurrent(path, score, violations, now);
        OutputFiles.AppendHistory(path, points[^1]);
        return points;
    }
}
