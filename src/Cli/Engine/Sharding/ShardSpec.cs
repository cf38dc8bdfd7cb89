using System.Globalization;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (<c>--shard K/N</c>, 1 &lt;= K &lt;= N).</summary>
internal sealed record ShardSpec(int Index, int Count)
{
    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Reads <c>K/N</c>; returns the shard, or null and why the text is not one.</summary>
    public static (ShardSpec? Shard, string? Error) Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            return (null, $"--shard takes K/N, shard K of N (e.g. 2/4), not '{text}'.");
        }

        if (count < 1)
        {
            return (null, $"--shard '{text}': N must be at least 1.");
        }

        if (index < 1 || index > count)
        {
            return (null, $"--shard '{text}': K must be from 1 to N ({count}).");
        }

        return (new ShardSpec(index, count), null);
    }
}
