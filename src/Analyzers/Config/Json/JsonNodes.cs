using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Config.Json;

/// <summary>The kind of a JSON value.</summary>
#pragma warning disable CA1720 // the members are JSON's own names for its kinds
public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
#pragma warning restore CA1720

/// <summary>A JSON value together with the span of text it was read from, so every error can be located.</summary>
public abstract class JsonValue
{
    private protected JsonValue(TextSpan span) => Span = span;

    /// <summary>The text the value occupies in the file.</summary>
    public TextSpan Span { get; }

    public abstract JsonKind Kind { get; }

    /// <summary>The name a reader of an error message knows this kind by.</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };
}

public sealed class JsonObject : JsonValue
{
    internal JsonObject(TextSpan span, IReadOnlyList<JsonProperty> properties)
        : base(span) => Properties = properties;

    public IReadOnlyList<JsonProperty> Properties { get; }

    public override JsonKind Kind => JsonKind.Object;
}

public sealed class JsonProperty
{
    internal JsonProperty(string name, TextSpan nameSpan, JsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The span of the quoted key.</summary>
    public TextSpan NameSpan { get; }

    public JsonValue Value { get; }
}

public sealed class JsonArray : JsonValue
{
    internal JsonArray(TextSpan span, IReadOnlyList<JsonValue> items)
        : base(span) => Items = items;

    public IReadOnlyList<JsonValue> Items { get; }

    public override JsonKind Kind => JsonKind.Array;
}

public sealed class JsonString : JsonValue
{
    internal JsonString(TextSpan span, string value)
        : base(span) => Value = value;

    public string Value { get; }

    public override JsonKind Kind => JsonKind.String;
}

public sealed class JsonNumber : JsonValue
{
    internal JsonNumber(TextSpan span, double value)
        : base(span) => Value = value;

    public double Value { get; }

    public override JsonKind Kind => JsonKind.Number;
}

public sealed class JsonBoolean : JsonValue
{
    internal JsonBoolean(TextSpan span, bool value)
        : base(span) => Value = value;

    public bool Value { get; }

    public override JsonKind Kind => JsonKind.Boolean;
}

public sealed class JsonNull : JsonValue
{
    internal JsonNull(TextSpan span)
        : base(span)
    {
    }

    public override JsonKind Kind => JsonKind.Null;
}

/// <summary>A syntax error in the JSON text, at the place the reader stopped.</summary>
public sealed class JsonSyntaxError
{
    internal JsonSyntaxError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}
