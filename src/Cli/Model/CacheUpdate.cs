namespace Netra.Ssot.Cli.Model;

/// <summary>A cache file to write (--cache): the command layer writes it atomically where the user pointed.</summary>
/// <param name="Path">The full path of the cache file.</param>
/// <param name="Text">Its content.</param>
internal sealed record CacheUpdate(string Path, string Text);
