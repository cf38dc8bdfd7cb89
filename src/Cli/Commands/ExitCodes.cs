namespace Netra.Ssot.Cli.Commands;

/// <summary>The exit codes of ssot-check: stable, documented in docs/scoring.md#exit-codes and the README.</summary>
internal static class ExitCodes
{
    /// <summary>The gate passed.</summary>
    public const int Success = 0;

    /// <summary>The gate failed: a score or the coverage below its threshold, an incomplete analysis with --fail-on-incomplete, or a new violation.</summary>
    public const int GateFailed = 1;

    /// <summary>Wrong arguments, a path that does not exist, or an invalid ssot.json.</summary>
    public const int UsageOrConfigError = 2;

    /// <summary>The solution could not be loaded: MSBuild not found, or no project loaded.</summary>
    public const int LoadFailed = 3;

    /// <summary>A bug in ssot-check itself.</summary>
    public const int InternalError = 4;

    /// <summary>Cancelled with Ctrl+C (SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM (a CI timeout, <c>docker stop</c>, <c>kill</c>): 128 + 15, as a shell reports it.</summary>
    public const int Terminated = 143;

    /// <summary>The exit code of a failure the engine raised: the one place where engine outcomes become exit codes.</summary>
    public static int For(Engine.CheckFailure failure) => failure switch
    {
        Engine.CheckFailure.InvalidInput => UsageOrConfigError,
        Engine.CheckFailure.LoadFailed => LoadFailed,
        _ => InternalError,
    };
}
