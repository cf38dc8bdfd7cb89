using System.Collections.Immutable;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>The <c>preprocessorSymbolSets</c> section: arrays of symbol names, one array per build configuration.</summary>
internal static class PreprocessorSymbolSetsReader
{
    public static ImmutableArray<ImmutableArray<string>> Read(ConfigReader reader, JsonValue value)
    {
        if (reader.Array(value, "preprocessorSymbolSets") is not { } sets)
        {
            return ImmutableArray<ImmutableArray<string>>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var set in sets.Items)
        {
            if (set is JsonArray)
            {
                builder.Add(reader.Strings(set, "a preprocessor symbol set", ConfigValidators.PreprocessorSymbol));
            }
            else
            {
                reader.Error(set.Span, "each preprocessor symbol set must be an array of symbol names, such as [\"STAGING\"]; found " + set.KindName);
            }
        }

        return builder.ToImmutable();
    }
}
