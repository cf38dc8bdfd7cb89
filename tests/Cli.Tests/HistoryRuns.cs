using System.Collections.Immutable;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests;

/// <summary>What a run with --history does to the file: read it once, add this run, write it back atomically.</summary>
internal static class HistoryRuns
{
    public static ImmutableArray<HistoryPoint> Append(string path, ScoreReport score, int violations, DateTimeOffset now)
    {
        var (points, text) = HistoryFile.Add(path, score, violations, now);
        OutputFiles.WriteAtomically(path, text);
        return points;
    }
}
