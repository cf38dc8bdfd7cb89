using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Engine;

/// <summary>The whole result of a run, as data: what reporters format.</summary>
public sealed record CheckReport(string ToolVersion, AnalysisResult Analysis, ScoreReport Score, GateResult Gate, bool MissionOnly);
