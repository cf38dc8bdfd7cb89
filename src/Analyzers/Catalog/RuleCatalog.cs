using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Catalog;

/// <summary>
/// Every rule the product has: descriptor, help link and whether the rule itself is mission-critical. All that a
/// user sees about a rule (help links, <c>explain</c>, report rule tables, scoring) comes from here.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where the rule pages are published; the pages live in <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/netra-apex/netra-ssot/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor InvalidConfig = Create(
        RuleIdentifiers.InvalidConfig,
        RuleCategories.Configuration,
        "Invalid ssot.json",
        "ssot.json: {0}",
        DiagnosticSeverity.Warning,
        "ssot.json could not be read as written; the entries it names are not enforced until it is fixed.",
        missionCritical: true);

    public static readonly DiagnosticDescriptor DuplicateConcept = Create(
        RuleIdentifiers.DuplicateConcept,
        RuleCategories.Duplication,
        "Second implementation of a concept",
        "'{0}' is a second implementation of concept '{1}'; the canonical one is '{2}' ({3})",
        DiagnosticSeverity.Warning,
        "A concept declared in ssot.json must have one implementation. Fold this type into the canonical one, or declare it as an alias that derives from or forwards to the canonical type.");

    /// <summary>All rules, ordered by ID.</summary>
    public static ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(
        new RuleInfo(InvalidConfig),
        new RuleInfo(DuplicateConcept)).Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

    public static RuleInfo? Find(string id)
        => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        string title,
        string messageFormat,
        DiagnosticSeverity severity,
        string description,
        bool missionCritical = false)
        => new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description,
            HelpLink(id),
            missionCritical ? new[] { RuleInfo.MissionCriticalTag } : Array.Empty<string>());
}

/// <summary>One rule of the catalog.</summary>
public sealed class RuleInfo
{
    /// <summary>The custom tag that marks a rule whose every diagnostic is mission-critical.</summary>
    public const string MissionCriticalTag = "MissionCritical";

    public RuleInfo(DiagnosticDescriptor descriptor)
    {
        Descriptor = descriptor;
        MissionCritical = descriptor.CustomTags.Contains(MissionCriticalTag);
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public string Title => Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every diagnostic of a mission-critical rule counts in the mission score.</summary>
    public bool MissionCritical { get; }
}
