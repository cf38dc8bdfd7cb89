using Netra.Ssot.Config;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// Which reads read a name, as <c>IConfiguration</c> resolves names: the same key in either form and any case
/// (<c>Jwt__SecretKey</c> reads <c>Jwt:SecretKey</c>), or a whole-section read of a section the key lies under
/// (<c>Bind("Jwt")</c> reads <c>Jwt:SecretKey</c>). Shared by the <c>env</c> inventory and SSOT0002's "declared
/// variable nothing reads".
/// </summary>
internal static class VariableUsage
{
    public static bool Reads(VariableRead read, string name)
        => ConfigurationKeys.AreSame(read.Key, name) || (read.IsSection && ConfigurationKeys.IsUnder(name, read.Key));

    /// <summary>The declared variables no production read reads, in declaration order (reads in test files do not count: tests are not deployed).</summary>
    public static IEnumerable<ConfigVariable> Unread(IEnumerable<ConfigVariable> declared, IReadOnlyCollection<VariableRead> reads)
    {
        var production = reads.Where(r => !r.IsTest).ToList();
        return declared.Where(v => !production.Any(r => Reads(r, v.Name)));
    }
}
