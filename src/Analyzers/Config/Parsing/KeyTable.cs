using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Netra.Ssot.Config.Json;

namespace Netra.Ssot.Config.Parsing;

/// <summary>Reads one key's value into the state of the object being read, returning the new state.</summary>
internal delegate T KeyReader<T>(ConfigReader reader, JsonProperty property, T state);

/// <summary>
/// The one declaration of a JSON object's shape in ssot.json: each accepted key with its reader, in the order the
/// error messages list them. The accepted keys, the "unknown key, did you mean" suggestions, the schema test and the
/// dispatch all come from this table, so a new key is one line here.
/// </summary>
internal sealed class KeyTable<T>
{
    private readonly Dictionary<string, KeyReader<T>> _readers;

    /// <param name="where">How error messages name the object: "the top level", "a concept", "\"thresholds\"".</param>
    public KeyTable(string where, params (string Key, KeyReader<T> Read)[] keys)
    {
        Where = where;
        Keys = keys.Select(k => k.Key).ToImmutableArray();
        _readers = keys.ToDictionary(k => k.Key, k => k.Read, StringComparer.Ordinal);
    }

    public string Where { get; }

    /// <summary>The accepted keys, in declaration order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Applies the reader of every known key, in file order, to <paramref name="initial"/>; other keys are reported.</summary>
    public T Read(ConfigReader reader, JsonObject obj, T initial)
    {
        var state = initial;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (!_readers.TryGetValue(property.Name, out var read))
            {
                reader.Error(property.NameSpan, KeySuggestions.UnknownKey(property.Name, Keys, Where));
            }
            else if (!seen.Add(property.Name))
            {
                reader.Error(property.NameSpan, "the key " + NameSyntax.Quote(property.Name) + " appears twice in " + Where + "; keep one");
            }
            else
            {
                state = read(reader, property, state);
            }
        }

        return state;
    }
}
