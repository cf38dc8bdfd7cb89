using System.Collections.Immutable;
using System.Linq;

namespace Netra.Ssot.Config.Parsing;

/// <summary>The message for a key no table accepts, with the closest known key when it looks like a typo.</summary>
internal static class KeySuggestions
{
    public static string UnknownKey(string key, ImmutableArray<string> knownKeys, string where)
    {
        string? suggestion = Suggest(key, knownKeys);
        return "unknown key " + NameSyntax.Quote(key) + " in " + where
            + (suggestion is null ? "." : "; did you mean \"" + suggestion + "\"?")
            + " Expected one of: " + string.Join(", ", knownKeys.Where(k => k != "$schema"));
    }

    /// <summary>The closest known key within two edits, to turn a typo into a fix.</summary>
    public static string? Suggest(string key, ImmutableArray<string> knownKeys) => Spelling.ClosestWithin(key, knownKeys, maxDistance: 2);
}
