namespace Netra.Ssot.Cli.Model;

/// <summary>What a run with <c>--cache</c> did (docs/monorepo.md#incremental-runs).</summary>
/// <param name="Loaded">How many times the solution was loaded with MSBuild: 0 for a whole hit or a load from the cache, else 1.</param>
/// <param name="Compiled">The variants (projects, or target frameworks of one) compiled.</param>
/// <param name="Analyzed">The variants that went through the analysis pass.</param>
/// <param name="Reused">The variants whose analysis was taken from the cache.</param>
/// <param name="ProjectsFromCache">The projects built from the load the cache recorded, without restore or MSBuild (0 when MSBuild loaded them).</param>
/// <param name="ContributionsComputed">The variants whose part of the whole-solution index was computed (their compilation bound for it).</param>
/// <param name="ContributionsReused">The variants whose part of the whole-solution index was taken from the cache.</param>
internal sealed record CacheReuse(int Loaded, int Compiled, int Analyzed, int Reused, int ProjectsFromCache = 0, int ContributionsComputed = 0, int ContributionsReused = 0);
