namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>Where <c>--cache</c> without a folder keeps its files: the user's cache folder, never the repository.</summary>
internal static class CacheLocation
{
    /// <summary>
    /// SSOT_CACHE when set; else <c>$XDG_CACHE_HOME/netra-ssot</c>, else <c>~/.cache/netra-ssot</c> (on Windows
    /// <c>%LOCALAPPDATA%\netra-ssot</c>).
    /// </summary>
    public static string Default(Func<string, string?> environment)
    {
        if (environment("SSOT_CACHE") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "netra-ssot");
        }

        string cacheHome = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cacheHome, "netra-ssot");
    }
}
