using System.Collections.Generic;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>
/// What a constant read reads, for judging a declared name against the reads of a whole solution: the key (a
/// variable, a configuration key, or for a whole-section read its section) and whether the read takes the section.
/// </summary>
public sealed class ReadKey
{
    public ReadKey(string key, bool isSection)
    {
        Key = key;
        IsSection = isSection;
    }

    public string Key { get; }

    public bool IsSection { get; }

    /// <summary>
    /// Whether this read reads <paramref name="name"/> as <c>IConfiguration</c> resolves names: the same key in either
    /// form and any case (<c>Jwt__SecretKey</c> reads <c>Jwt:SecretKey</c>), or a whole-section read of a section the
    /// name lies under (<c>Bind("Jwt")</c> reads <c>Jwt:SecretKey</c>).
    /// </summary>
    public bool Reads(string name)
        => ConfigurationKeys.AreSame(Key, name) || (IsSection && ConfigurationKeys.IsUnder(name, Key));

    /// <summary>Whether any of <paramref name="reads"/> reads <paramref name="name"/>.</summary>
    public static bool AnyReads(IEnumerable<ReadKey> reads, string name)
    {
        foreach (var read in reads)
        {
            if (read.Reads(name))
            {
                return true;
            }
        }

        return false;
    }
}
