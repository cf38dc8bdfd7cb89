using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Model;

/// <summary>A known violation: keyed by the finding's fingerprint, with enough context for a person reading the file.</summary>
internal sealed record BaselineEntry(string Id, string File, string Fingerprint, string Message);

/// <summary>The findings split by a baseline: violations not in it, violations in it, and entries nothing matched any more.</summary>
internal sealed record BaselineComparison(string Path, ImmutableArray<Finding> New, ImmutableArray<Finding> Known, ImmutableArray<BaselineEntry> Stale);
