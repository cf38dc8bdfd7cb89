using System.Collections.Concurrent;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// The length and last write time of referenced files (assemblies, analyzers), each looked up once per run: most
/// projects reference the same framework assemblies.
/// </summary>
internal sealed class ReferenceStamps
{
    private readonly ConcurrentDictionary<string, string> _stamps = new(StringComparer.Ordinal);

    public string Of(string path)
        => _stamps.GetOrAdd(path, static p =>
        {
            try
            {
                var info = new FileInfo(p);
                return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "absent";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return "unreadable";
            }
        });
}
