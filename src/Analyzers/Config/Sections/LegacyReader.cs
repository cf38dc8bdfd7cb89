using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;

namespace Netra.Ssot.Config.Sections;

/// <summary>An entry of <c>legacy</c>: exactly one target (namespace, type, member or path) and its replacement.</summary>
internal static class LegacyReader
{
    private static readonly string[] TargetKeys = { "namespace", "type", "member", "path" };

    public static readonly KeyTable<Draft> Table = new(
        "a legacy entry",
        ("namespace", (r, p, d) => Target(r, p, d, LegacyKind.Namespace)),
        ("type", (r, p, d) => Target(r, p, d, LegacyKind.Type)),
        ("member", (r, p, d) => Target(r, p, d, LegacyKind.Member)),
        ("path", (r, p, d) => Target(r, p, d, LegacyKind.Path)),
        ("replacement", (r, p, d) => d with { Replacement = r.String(p.Value, "replacement"), ReplacementValue = p.Value }),
        ("reason", (r, p, d) => d with { Reason = r.String(p.Value, "reason") }),
        ("missionCritical", (r, p, d) => d with { MissionCritical = r.Boolean(p.Value, "missionCritical") ?? false }));

    public static LegacyEntry? Read(ConfigReader reader, JsonObject entry)
    {
        var draft = Table.Read(reader, entry, Draft.Empty);
        const string needsOne = "a legacy entry needs exactly one of \"namespace\", \"type\", \"member\" or \"path\"";
        if (!reader.RequireKeys(entry, needsOne, allOf: false, TargetKeys) || draft.Targets.IsEmpty)
        {
            return null; // an invalid target was reported where it is written
        }

        if (draft.Targets.Length > 1)
        {
            reader.Error(draft.Targets[1].Span, needsOne + "; split it into one entry each");
            return null;
        }

        var target = draft.Targets[0];
        if (draft.Replacement is not null && ConfigValidators.LegacyReplacement(target.Kind, draft.Replacement) is { } problem)
        {
            reader.Error(draft.ReplacementValue!.Span, "the replacement of a legacy " + target.Kind.ToString().ToLowerInvariant() + ": " + problem);
        }

        return new LegacyEntry(
            target.Kind,
            target.Value,
            target.Kind == LegacyKind.Path ? new PathGlob(target.Value) : null,
            draft.Replacement,
            draft.Reason,
            draft.MissionCritical,
            reader.SpanOf(entry.Span));
    }

    private static Draft Target(ConfigReader reader, JsonProperty property, Draft draft, LegacyKind kind)
    {
        string? value = reader.String(property.Value, property.Name);
        if (value is null)
        {
            return draft;
        }

        if (ConfigValidators.LegacyTarget(kind, value) is { } problem)
        {
            reader.Error(property.Value.Span, problem);
            return draft;
        }

        return draft with { Targets = draft.Targets.Add((kind, value, property.NameSpan)) };
    }

    internal sealed record Draft(
        ImmutableArray<(LegacyKind Kind, string Value, TextSpan Span)> Targets,
        string? Replacement,
        JsonValue? ReplacementValue,
        string? Reason,
        bool MissionCritical)
    {
        public static readonly Draft Empty = new(ImmutableArray<(LegacyKind, string, TextSpan)>.Empty, null, null, null, MissionCritical: false);
    }
}
