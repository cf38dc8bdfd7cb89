using System.Collections.Immutable;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>An entry of <c>concepts</c>: a name and a canonical type are required.</summary>
internal static class ConceptsReader
{
    public static readonly KeyTable<Draft> Table = new(
        "a concept",
        ("name", (r, p, d) => d with { Name = r.String(p.Value, "name") }),
        ("canonical", (r, p, d) => d with { Canonical = r.MetadataName(p.Value, "canonical"), CanonicalSpan = r.SpanOf(p.Value.Span) }),
        ("match", (r, p, d) => d with { Match = r.NameGlobs(p.Value, "match", ConfigValidators.NameGlob) }),
        ("implements", (r, p, d) => d with { Implements = r.LocatedStrings(p.Value, "implements", ConfigValidators.MetadataName) }),
        ("aliases", (r, p, d) => d with { Aliases = r.LocatedStrings(p.Value, "aliases", ConfigValidators.MetadataName) }),
        ("scope", (r, p, d) => d with { Scope = r.Scope(p.Value) ?? d.Scope }),
        ("missionCritical", (r, p, d) => d with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? false }),
        ("description", (r, p, d) => d with { Description = r.String(p.Value, "description") }));

    public static ConceptEntry? Read(ConfigReader reader, JsonObject entry)
    {
        var draft = Table.Read(reader, entry, Draft.Empty);
        reader.RequireKeys(entry, "a concept needs a \"name\"", allOf: true, "name");
        reader.RequireKeys(
            entry,
            "concept " + (draft.Name is null ? string.Empty : NameSyntax.Quote(draft.Name) + " ") + "needs a \"canonical\" type (its metadata name, e.g. \"MyApp.Core.Service\")",
            allOf: true,
            "canonical");

        return draft.Name is null || draft.Canonical is null
            ? null
            : new ConceptEntry(draft.Name, draft.Canonical, draft.CanonicalSpan, draft.Match, draft.Implements, draft.Aliases, draft.Scope, draft.MissionCritical, draft.Description, reader.SpanOf(entry.Span));
    }

    /// <summary>A concept as read so far; the required keys are null until read.</summary>
    internal sealed record Draft(
        string? Name,
        string? Canonical,
        ConfigSpan CanonicalSpan,
        ImmutableArray<NameGlob> Match,
        ImmutableArray<ConfigValue> Implements,
        ImmutableArray<ConfigValue> Aliases,
        ConceptScope Scope,
        bool MissionCritical,
        string? Description)
    {
        public static readonly Draft Empty = new(
            null, null, default, ImmutableArray<NameGlob>.Empty, ImmutableArray<ConfigValue>.Empty, ImmutableArray<ConfigValue>.Empty, ConceptScope.All, MissionCritical: false, null);
    }
}
