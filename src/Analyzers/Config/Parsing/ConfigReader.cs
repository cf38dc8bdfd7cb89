using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config.Json;

namespace Netra.Ssot.Config.Parsing;

/// <summary>
/// The typed reader under every section: it turns JSON values into strings, booleans, percentages, arrays and
/// objects, and reports a value of the wrong type (or a missing required key) at its place, returning null so the
/// caller skips it and keeps the rest. It collects the errors of one parse.
/// </summary>
internal sealed class ConfigReader
{
    private readonly SourceText _text;
    private readonly ImmutableArray<ConfigError>.Builder _errors = ImmutableArray.CreateBuilder<ConfigError>();

    public ConfigReader(SourceText text) => _text = text;

    public ImmutableArray<ConfigError> Errors => _errors.ToImmutable();

    public void Error(TextSpan span, string message) => Error(SpanOf(span), message);

    public void Error(ConfigSpan span, string message) => _errors.Add(new ConfigError(message, span));

    public ConfigSpan SpanOf(TextSpan span)
    {
        var clamped = TextSpan.FromBounds(Math.Min(span.Start, _text.Length), Math.Min(span.End, _text.Length));
        return new ConfigSpan(clamped, _text.Lines.GetLinePositionSpan(clamped));
    }

    /// <summary>
    /// The one way a missing required key is reported: when <paramref name="entry"/> writes none of
    /// <paramref name="keys"/> (<paramref name="allOf"/>: when it lacks any of them), <paramref name="message"/> at
    /// the entry. A key that is written with a wrong value was reported at the value and is not reported again.
    /// </summary>
    public bool RequireKeys(JsonObject entry, string message, bool allOf, params string[] keys)
    {
        bool present = allOf ? keys.All(k => Has(entry, k)) : keys.Any(k => Has(entry, k));
        if (!present)
        {
            Error(entry.Span, message);
        }

        return present;
    }

    /// <summary>Reads an object section with its table, starting from <paramref name="initial"/>; null when it is not an object.</summary>
    public T? Section<T>(JsonProperty property, KeyTable<T> table, T initial)
        where T : class
        => Object(property.Value, property.Name) is { } obj ? table.Read(this, obj, initial) : null;

    /// <summary>The entries of an array of objects; each item that is not an object is reported, each invalid entry skipped.</summary>
    public ImmutableArray<T> Entries<T>(JsonProperty property, Func<ConfigReader, JsonObject, T?> read)
        where T : class
    {
        if (Array(property.Value, property.Name) is not { } array)
        {
            return ImmutableArray<T>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is JsonObject obj)
            {
                if (read(this, obj) is { } entry)
                {
                    builder.Add(entry);
                }
            }
            else
            {
                Error(item.Span, "each item of \"" + property.Name + "\" must be an object; found " + item.KindName);
            }
        }

        return builder.ToImmutable();
    }

    public JsonObject? Object(JsonValue value, string key)
    {
        if (value is JsonObject obj)
        {
            return obj;
        }

        Error(value.Span, "\"" + key + "\" must be an object; found " + value.KindName);
        return null;
    }

    public JsonArray? Array(JsonValue value, string key)
    {
        if (value is JsonArray array)
        {
            return array;
        }

        Error(value.Span, "\"" + key + "\" must be an array; found " + value.KindName);
        return null;
    }

    public string? String(JsonValue value, string key)
    {
        if (value is JsonString s)
        {
            if (s.Value.Trim().Length == 0)
            {
                Error(value.Span, "\"" + key + "\" must not be empty");
                return null;
            }

            return s.Value;
        }

        Error(value.Span, "\"" + key + "\" must be a string; found " + value.KindName);
        return null;
    }

    public string? MetadataName(JsonValue value, string key) => Checked(value, key, NameSyntax.CheckTypeName);

    /// <summary>A string that <paramref name="check"/> accepts; its message is reported at the string otherwise.</summary>
    public string? Checked(JsonValue value, string key, Func<string, string?> check)
    {
        string? text = String(value, key);
        if (text is not null && check(text) is { } problem)
        {
            Error(value.Span, problem);
            return null;
        }

        return text;
    }

    public bool? Boolean(JsonValue value, string key)
    {
        if (value is JsonBoolean b)
        {
            return b.Value;
        }

        Error(value.Span, "\"" + key + "\" must be true or false; found " + value.KindName);
        return null;
    }

    public double? Percentage(JsonValue value, string key)
    {
        if (value is JsonNumber n)
        {
            if (n.Value is >= 0 and <= 100)
            {
                return n.Value;
            }

            Error(value.Span, "\"" + key + "\" is a percentage and must be between 0 and 100");
            return null;
        }

        Error(value.Span, "\"" + key + "\" must be a number between 0 and 100; found " + value.KindName);
        return null;
    }

    public ConceptScope? Scope(JsonValue value)
    {
        switch (String(value, "scope"))
        {
            case null:
                return null;
            case "all":
                return ConceptScope.All;
            case "production":
                return ConceptScope.Production;
            case "test":
                return ConceptScope.Test;
            case var other:
                Error(value.Span, "\"scope\" must be \"production\", \"test\" or \"all\"; found " + NameSyntax.Quote(other));
                return null;
        }
    }

    public ImmutableArray<string> Strings(JsonValue value, string key, Func<string, string?>? validate)
        => LocatedStrings(value, key, validate).Select(v => v.Value).ToImmutableArray();

    public ImmutableArray<NameGlob> NameGlobs(JsonValue value, string key, Func<string, string?> validate)
        => LocatedStrings(value, key, validate).Select(p => new NameGlob(p.Value, p.Span)).ToImmutableArray();

    public ImmutableArray<PathGlob> PathGlobs(JsonValue value, string key)
        => LocatedStrings(value, key, ConfigValidators.PathGlob).Select(p => new PathGlob(p.Value, p.Span)).ToImmutableArray();

    /// <summary>The valid strings of an array, each with its place in the file (for SSOT0002 on one item).</summary>
    public ImmutableArray<ConfigValue> LocatedStrings(JsonValue value, string key, Func<string, string?>? validate)
    {
        if (Array(value, key) is not { } array)
        {
            return ImmutableArray<ConfigValue>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ConfigValue>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (LocatedString(item, key, validate) is { } located)
            {
                builder.Add(located);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>One item of a string array: reported and null when it is not a non-empty valid string.</summary>
    public ConfigValue? LocatedString(JsonValue item, string key, Func<string, string?>? validate)
    {
        if (item is not JsonString s)
        {
            Error(item.Span, "each item of \"" + key + "\" must be a string; found " + item.KindName);
        }
        else if (s.Value.Trim().Length == 0)
        {
            Error(item.Span, "items of \"" + key + "\" must not be empty");
        }
        else if (validate?.Invoke(s.Value) is { } problem)
        {
            Error(item.Span, problem);
        }
        else
        {
            return new ConfigValue(s.Value, SpanOf(item.Span));
        }

        return null;
    }

    /// <summary>Whether the key is written at all (a wrong value is reported once, not again as missing).</summary>
    public static bool Has(JsonObject obj, string key) => obj.Properties.Any(p => p.Name == key);
}
