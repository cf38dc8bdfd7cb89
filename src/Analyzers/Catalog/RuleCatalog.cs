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

    public static readonly DiagnosticDescriptor StaleConfigEntry = Create(
        RuleIdentifiers.StaleConfigEntry,
        RuleCategories.Configuration,
        "Configuration entry matches nothing",
        "{0} matches nothing {1}; fix the name or remove the entry",
        DiagnosticSeverity.Warning,
        "An entry of ssot.json names a type or a glob that matches nothing: a stale or misspelt rule that protects nothing.",
        compilationEnd: true,
        environmentSensitive: true);

    public static readonly DiagnosticDescriptor DuplicateConcept = Create(
        RuleIdentifiers.DuplicateConcept,
        RuleCategories.Duplication,
        "Second implementation of a concept",
        "'{0}' is a second implementation of concept '{1}'; the canonical one is '{2}' ({3})",
        DiagnosticSeverity.Warning,
        "A concept declared in ssot.json must have one implementation. Fold this type into the canonical one, or declare it as an alias that derives from or forwards to the canonical type.");

    public static readonly DiagnosticDescriptor AliasNotForwarding = Create(
        RuleIdentifiers.AliasNotForwarding,
        RuleCategories.Duplication,
        "Alias does not lead to the canonical type",
        "alias '{0}' of concept '{1}' neither derives from nor forwards to the canonical '{2}' ({3}); derive from it or delegate to an instance of it",
        DiagnosticSeverity.Warning,
        "A declared alias is allowed only as a shim of the canonical type: it derives from it, wraps an instance of it, or forwards its calls to it.");

    public static readonly DiagnosticDescriptor SameNameTypes = Create(
        RuleIdentifiers.SameNameTypes,
        RuleCategories.Duplication,
        "Same type name in several namespaces",
        "'{0}' is declared in {1} namespaces: {2}; declare a concept with one canonical type, or rename the one that is a different thing",
        DiagnosticSeverity.Info,
        "Types with the same simple name in different namespaces are often copies of one concept. Declare the concept, rename the different thing, or ignore the family under \"discovery\" in ssot.json.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor DuplicateTestDouble = Create(
        RuleIdentifiers.DuplicateTestDouble,
        RuleCategories.Duplication,
        "Second hand-written test double",
        "'{0}' ({1}) is a second hand-written test double of '{2}'; {3}",
        DiagnosticSeverity.Warning,
        "One shared hand-written double per interface: each copy has its own idea of how the real thing behaves and must be fixed separately when the interface changes.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor CriticalSymbolMissing = Create(
        RuleIdentifiers.CriticalSymbolMissing,
        RuleCategories.Imports,
        "Critical symbol does not resolve",
        "critical symbol '{0}' does not resolve in project '{1}'{2}; add a reference to the project or package that defines it, or fix the name",
        DiagnosticSeverity.Error,
        "A symbol listed under \"critical\" in ssot.json must resolve in every project that must have it; a project without it fails where the symbol is first needed.",
        compilationEnd: true,
        environmentSensitive: true);

    public static readonly DiagnosticDescriptor UnresolvedCanonicalName = Create(
        RuleIdentifiers.UnresolvedCanonicalName,
        RuleCategories.Imports,
        "Unresolved name of a critical or canonical type",
        "'{0}' does not resolve here; it is {1} '{2}' ({3}); add 'using {4};'",
        DiagnosticSeverity.Error,
        "The name is a type ssot.json declares (a critical symbol or a concept's canonical type) and the file does not import its namespace. The code fix adds the canonical using, never a legacy namespace with a type of the same name.",
        environmentSensitive: true);

    public static readonly DiagnosticDescriptor UnresolvedTypeNameString = Create(
        RuleIdentifiers.UnresolvedTypeNameString,
        RuleCategories.Imports,
        "Type name in a string does not resolve",
        "type name '{0}' passed to {1} does not resolve in this project or its references{2}; fix the name, or use typeof(...) so the compiler checks it",
        DiagnosticSeverity.Warning,
        "Reflection APIs take type names as strings, which the compiler never checks; a misspelt or removed type fails only at run time.",
        environmentSensitive: true);

    public static readonly DiagnosticDescriptor InactiveBranchDoesNotBind = Create(
        RuleIdentifiers.InactiveBranchDoesNotBind,
        RuleCategories.Imports,
        "Inactive #if branch does not bind",
        "code under '#if {0}' does not bind when {0} is defined: {1} {2}{3}",
        DiagnosticSeverity.Warning,
        "ssot-check compiles the branches that are inactive in the normal build under each of ssot.json's preprocessorSymbolSets; a name that does not resolve there fails only in that configuration (staging, release).",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor LegacyReference = Create(
        RuleIdentifiers.LegacyReference,
        RuleCategories.Legacy,
        "Reference to legacy code",
        "'{0}' is legacy ({1}); {2}",
        DiagnosticSeverity.Warning,
        "Code refers to a namespace, type or member that ssot.json declares legacy, or to the solution's own [Obsolete] code. Retiring a module is finished only when nothing uses it.");

    public static readonly DiagnosticDescriptor LegacyUsing = Create(
        RuleIdentifiers.LegacyUsing,
        RuleCategories.Legacy,
        "Using directive of legacy code",
        "'{0}' imports legacy {1} '{2}'{3}; {4}",
        DiagnosticSeverity.Warning,
        "A using directive (plain, global, static or alias) imports a legacy namespace or type, which keeps retired code one name away from every line of the file.");

    public static readonly DiagnosticDescriptor LegacyPath = Create(
        RuleIdentifiers.LegacyPath,
        RuleCategories.Legacy,
        "Source file under a legacy path",
        "'{0}' is under legacy path '{1}'{2}; move what is still needed to its canonical place and delete the file",
        DiagnosticSeverity.Warning,
        "A source file lives in a folder ssot.json declares legacy; the folder is to be emptied, not extended.");

    public static readonly DiagnosticDescriptor ConfigurationOutsideAccessor = Create(
        RuleIdentifiers.ConfigurationOutsideAccessor,
        RuleCategories.ConfigurationAccess,
        "Configuration read outside the accessors",
        "'{0}' reads configuration in '{1}' ({2}), outside the configuration accessors; read it through {3}",
        DiagnosticSeverity.Warning,
        "Environment variables and configuration keys are read only by the types listed in configuration.accessors, so the settings a deployment must provide are written down, and validated, in one place.");

    public static readonly DiagnosticDescriptor UndeclaredVariable = Create(
        RuleIdentifiers.UndeclaredVariable,
        RuleCategories.ConfigurationAccess,
        "Undeclared environment variable",
        "{0} '{1}' is not declared in configuration.variables of ssot.json (declared: {2}); {3}",
        DiagnosticSeverity.Warning,
        "configuration.variables is the one list of the settings the code reads, from which deployments are checked (ssot-check env); a read of a name it does not list is a new or misspelt setting.");

    public static readonly DiagnosticDescriptor DuplicatedLiteral = Create(
        RuleIdentifiers.DuplicatedLiteral,
        RuleCategories.ConfigurationAccess,
        "Literal duplicated instead of taken from its constants type",
        "literal {0} duplicates '{1}' of constants '{2}'{3}; use {1}",
        DiagnosticSeverity.Warning,
        "Values that are contracts between parts of the system (event names, routes) come from one constants type; a copied literal does not move when the constant does.");

    public static readonly DiagnosticDescriptor UnservedRoute = Create(
        RuleIdentifiers.UnservedRoute,
        RuleCategories.Routes,
        "Client route that no endpoint serves",
        "'{0}' is not served by any endpoint of the {1}{2}",
        DiagnosticSeverity.Warning,
        "A URI the code calls (HttpClient, new Uri, a WebSocket client, a test server's client) must be a route an endpoint of the solution serves; a client of a route nothing maps fails at run time, or passes a test against a fake that ignores the path.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor NamespaceCycle = Create(
        RuleIdentifiers.NamespaceCycle,
        RuleCategories.Architecture,
        "Namespace dependency cycle",
        "namespace cycle: {0} ({1}){2}; break one edge, for example by moving the shared contract into the lower namespace",
        DiagnosticSeverity.Info,
        "Types of the production code depend on each other across namespaces in a cycle: a type of namespace A uses a type of B and, directly or through other namespaces, B uses A. Neither side can change alone; the cheapest way out is often a copy, which is how duplicates start.",
        compilationEnd: true);

    /// <summary>All rules, ordered by ID.</summary>
    public static ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(
        new RuleInfo(InvalidConfig),
        new RuleInfo(StaleConfigEntry),
        new RuleInfo(DuplicateConcept),
        new RuleInfo(AliasNotForwarding),
        new RuleInfo(SameNameTypes),
        new RuleInfo(DuplicateTestDouble),
        new RuleInfo(CriticalSymbolMissing),
        new RuleInfo(UnresolvedCanonicalName),
        new RuleInfo(UnresolvedTypeNameString),
        new RuleInfo(InactiveBranchDoesNotBind),
        new RuleInfo(LegacyReference),
        new RuleInfo(LegacyUsing),
        new RuleInfo(LegacyPath),
        new RuleInfo(ConfigurationOutsideAccessor),
        new RuleInfo(UndeclaredVariable),
        new RuleInfo(DuplicatedLiteral),
        new RuleInfo(UnservedRoute),
        new RuleInfo(NamespaceCycle)).Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

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
        bool missionCritical = false,
        bool compilationEnd = false,
        bool environmentSensitive = false)
        => new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description,
            HelpLink(id),
            Tags(missionCritical, compilationEnd, environmentSensitive));

    private static string[] Tags(bool missionCritical, bool compilationEnd, bool environmentSensitive)
    {
        var tags = new System.Collections.Generic.List<string>(3);
        if (missionCritical)
        {
            tags.Add(RuleInfo.MissionCriticalTag);
        }

        if (environmentSensitive)
        {
            tags.Add(RuleInfo.EnvironmentSensitiveTag);
        }

        if (compilationEnd)
        {
            tags.Add(WellKnownDiagnosticTags.CompilationEnd); // reported once the whole compilation is seen
        }

        return tags.ToArray();
    }
}

/// <summary>One rule of the catalog.</summary>
public sealed class RuleInfo
{
    /// <summary>The custom tag that marks a rule whose every diagnostic is mission-critical.</summary>
    public const string MissionCriticalTag = "MissionCritical";

    /// <summary>
    /// The custom tag that marks a rule whose finding may be caused by the environment rather than the code: a
    /// name that does not resolve because a package or project reference was not restored or did not load.
    /// </summary>
    public const string EnvironmentSensitiveTag = "EnvironmentSensitive";

    public RuleInfo(DiagnosticDescriptor descriptor)
    {
        Descriptor = descriptor;
        MissionCritical = descriptor.CustomTags.Contains(MissionCriticalTag);
        EnvironmentSensitive = descriptor.CustomTags.Contains(EnvironmentSensitiveTag);
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public string Title => Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Every diagnostic of a mission-critical rule counts in the mission score: <c>SsotDiagnostic</c> marks each one
    /// (this flag describes the rule for <c>rules</c> and the SARIF rule table; findings are judged by their mark).
    /// </summary>
    public bool MissionCritical { get; }

    /// <summary>
    /// A finding of this rule in a project whose environment is degraded (restore failed, a reference did not
    /// resolve or load) may have the environment as its cause; ssot-check holds such findings back.
    /// </summary>
    public bool EnvironmentSensitive { get; }
}
