using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>A project to place on a shard: its project file (relative to the solution folder) and the bytes of its hand-written source files.</summary>
internal sealed record ShardUnit(string Project, long Bytes);

/// <summary>
/// Which shard analyzes which project: deterministic (the same projects give the same plan on any machine, in any
/// order), balanced by source size, and stable as projects are added. Each project has a fixed place on a line, the
/// SHA-256 of its path; laid end to end in that order, each project spans its bytes, and the line is cut into N
/// equal lengths: a project goes to the shard its middle falls in. So every shard holds an even share of the bytes
/// give or take one project, and adding a project shifts the cuts by a fraction of its size: only projects next to
/// a cut can cross it (about one per cut for a project of average size), every other project stays where it was.
/// </summary>
internal static class ShardPlan
{
    /// <summary>The shard (1-based) of each project, by project.</summary>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<ShardUnit> units, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ordered = units
            .OrderBy(u => Place(u.Project))
            .ThenBy(u => u.Project, StringComparer.Ordinal)
            .ToList();
        // An empty project still needs a shard: each counts at least one byte.
        double total = ordered.Sum(u => (double)Math.Max(1, u.Bytes));
        var plan = new Dictionary<string, int>(StringComparer.Ordinal);
        double start = 0;
        foreach (var unit in ordered)
        {
            double size = Math.Max(1, unit.Bytes);
            double middle = start + (size / 2);
            plan[unit.Project] = Math.Min(count, (int)Math.Floor(middle * count / total) + 1);
            start += size;
        }

        return plan;
    }

    /// <summary>The project's fixed place: the first 8 bytes of the SHA-256 of its path.</summary>
    private static ulong Place(string project)
        => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(project)));
}
