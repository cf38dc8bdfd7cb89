using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// Writes the analysis cache (--cache) atomically, so a concurrent run reads the old file or the new one, never a
/// part. The cache only saves time: a folder that cannot be written is a note in the progress log, not a failure.
/// </summary>
internal static class AnalysisCacheFile
{
    public static void Write(CacheUpdate update, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(update.Path)!);
            OutputFiles.WriteAtomically(update.Path, update.Text, cancellationToken);
            progress?.Report($"Cache written: {update.Path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Report($"Cache not written: {update.Path}: {e.Message}");
        }
    }
}
