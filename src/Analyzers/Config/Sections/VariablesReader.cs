using System.Collections.Immutable;
using System.Linq;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>
/// <c>configuration.variables</c>: each item a plain name (required, not secret) or an object with a
/// <c>name</c> and optional <c>required</c>, <c>description</c> and <c>secret</c>. Names must be unique.
/// </summary>
internal static class VariablesReader
{
    public static readonly KeyTable<Draft> Table = new(
        "a variable",
        ("name", (r, p, d) => d with { Name = r.String(p.Value, "name") }),
        ("required", (r, p, d) => d with { Required = r.Boolean(p.Value, "required") ?? d.Required }),
        ("description", (r, p, d) => d with { Description = r.String(p.Value, "description") }),
        ("secret", (r, p, d) => d with { Secret = r.Boolean(p.Value, "secret") ?? d.Secret }));

    public static ImmutableArray<ConfigVariable> Read(ConfigReader reader, JsonProperty property)
    {
        if (reader.Array(property.Value, "variables") is not { } array)
        {
            return ImmutableArray<ConfigVariable>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ConfigVariable>(array.Items.Count);
        foreach (var item in array.Items)
        {
            var variable = item switch
            {
                JsonObject entry => ReadObject(reader, entry),
                JsonString => reader.LocatedString(item, "variables", validate: null) is { } name
                    ? new ConfigVariable(name.Value, Required: true, Description: null, Secret: false, name.Span)
                    : null,
                _ => NotAVariable(reader, item),
            };
            if (variable is not null)
            {
                builder.Add(variable);
            }
        }

        var variables = builder.ToImmutable();
        CrossSectionChecks.ReportDuplicateNames(reader, variables.Select(v => (v.Name, v.Span)), "variable");
        return variables;
    }

    private static ConfigVariable? ReadObject(ConfigReader reader, JsonObject entry)
    {
        var draft = Table.Read(reader, entry, Draft.Empty);
        reader.RequireKeys(entry, "a variable needs a \"name\" (the environment variable or configuration key)", allOf: true, "name");
        return draft.Name is null ? null : new ConfigVariable(draft.Name, draft.Required, draft.Description, draft.Secret, reader.SpanOf(entry.Span));
    }

    private static ConfigVariable? NotAVariable(ConfigReader reader, JsonValue item)
    {
        reader.Error(item.Span, "each item of \"variables\" must be a name or an object with a \"name\"; found " + item.KindName);
        return null;
    }

    internal sealed record Draft(string? Name, bool Required, string? Description, bool Secret)
    {
        public static readonly Draft Empty = new(null, Required: true, null, Secret: false);
    }
}
