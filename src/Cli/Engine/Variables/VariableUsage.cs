using Netra.Ssot.Config;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// Which reads read a name (<see cref="ReadKey.Reads"/>, the rule SSOT0002 also judges unread declared variables by),
/// and which declared variables no production read reads.
/// </summary>
internal static class VariableUsage
{
    public static bool Reads(VariableRead read, string name) => new ReadKey(read.Key, read.IsSection).Reads(name);

    /// <summary>The production reads as the solution index carries them to SSOT0002: a test read does not count (tests are not deployed).</summary>
    public static IReadOnlyList<ReadKey> ProductionKeys(IEnumerable<VariableRead> reads)
        => reads.Where(r => !r.IsTest).Select(r => new ReadKey(r.Key, r.IsSection)).ToList();

    /// <summary>The declared variables no production read reads, in declaration order.</summary>
    public static IEnumerable<ConfigVariable> Unread(IEnumerable<ConfigVariable> declared, IEnumerable<VariableRead> reads)
    {
        var production = ProductionKeys(reads);
        return declared.Where(v => !ReadKey.AnyReads(production, v.Name));
    }
}
