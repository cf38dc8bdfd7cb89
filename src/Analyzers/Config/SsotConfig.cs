using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Config;

/// <summary>Which files a concept's rule looks at.</summary>
public enum ConceptScope
{
    All,
    Production,
    Test,
}

/// <summary>
/// The parsed <c>ssot.json</c>: immutable data, every entry with its span in the file so later rules can
/// report a stale entry where it is written. Every section is optional. It does not know the file's path (the
/// same text parses once however many projects share it); <see cref="SsotConfigFile"/> adds the path.
/// </summary>
public sealed class SsotConfig
{
    public static readonly SsotConfig Empty = new(
        ImmutableArray<ConceptEntry>.Empty,
        ImmutableArray<CriticalEntry>.Empty,
        ImmutableArray<LegacyEntry>.Empty,
        ConfigurationSection.Empty,
        ImmutableArray<ConstantsEntry>.Empty,
        ImmutableArray<ImmutableArray<string>>.Empty,
        ImmutableArray<PathGlob>.Empty,
        ImmutableArray<PathGlob>.Empty,
        Thresholds.Default,
        DiscoverySection.Default,
        TestDoublesSection.Default,
        obsoleteIsLegacy: true);

    public SsotConfig(
        ImmutableArray<ConceptEntry> concepts,
        ImmutableArray<CriticalEntry> critical,
        ImmutableArray<LegacyEntry> legacy,
        ConfigurationSection configuration,
        ImmutableArray<ConstantsEntry> constants,
        ImmutableArray<ImmutableArray<string>> preprocessorSymbolSets,
        ImmutableArray<PathGlob> tests,
        ImmutableArray<PathGlob> exclude,
        Thresholds thresholds,
        DiscoverySection discovery,
        TestDoublesSection testDoubles,
        bool obsoleteIsLegacy)
    {
        Concepts = concepts;
        Critical = critical;
        Legacy = legacy;
        Configuration = configuration;
        Constants = constants;
        PreprocessorSymbolSets = preprocessorSymbolSets;
        Tests = tests;
        Exclude = exclude;
        Thresholds = thresholds;
        Discovery = discovery;
        TestDoubles = testDoubles;
        ObsoleteIsLegacy = obsoleteIsLegacy;
    }

    /// <summary>Whether the solution's own <c>[Obsolete]</c> types and members count as legacy (SSOT3001/3002).</summary>
    public bool ObsoleteIsLegacy { get; }

    public ImmutableArray<ConceptEntry> Concepts { get; }

    public ImmutableArray<CriticalEntry> Critical { get; }

    public ImmutableArray<LegacyEntry> Legacy { get; }

    public ConfigurationSection Configuration { get; }

    public ImmutableArray<ConstantsEntry> Constants { get; }

    public ImmutableArray<ImmutableArray<string>> PreprocessorSymbolSets { get; }

    public ImmutableArray<PathGlob> Tests { get; }

    public ImmutableArray<PathGlob> Exclude { get; }

    public Thresholds Thresholds { get; }

    /// <summary>What SSOT1003 (same-name types) leaves alone.</summary>
    public DiscoverySection Discovery { get; }

    /// <summary>What SSOT1004 counts as a hand-written test double.</summary>
    public TestDoublesSection TestDoubles { get; }

    /// <summary>
    /// Every symbol name the file refers to (type metadata names, namespaces, documentation IDs), for hosts that
    /// resolve them outside an analyzer: ssot-check tells the analyzers which ones resolve somewhere in the solution.
    /// </summary>
    public System.Collections.Generic.IEnumerable<string> SymbolNames()
    {
        foreach (var entry in Legacy)
        {
            if (entry.Kind != LegacyKind.Path)
            {
                yield return entry.Target;
            }
        }

        foreach (var concept in Concepts)
        {
            yield return concept.Canonical;
            foreach (var name in concept.Implements)
            {
                yield return name.Value;
            }

            foreach (var name in concept.Aliases)
            {
                yield return name.Value;
            }
        }

        foreach (var name in TestDoubles.Ignore)
        {
            yield return name.Value;
        }
    }
}

/// <summary>One concept that must have exactly one implementation.</summary>
public sealed class ConceptEntry
{
    public ConceptEntry(
        string name,
        string canonical,
        ConfigSpan canonicalSpan,
        ImmutableArray<NameGlob> match,
        ImmutableArray<ConfigValue> implements,
        ImmutableArray<ConfigValue> aliases,
        ConceptScope scope,
        bool missionCritical,
        string? description,
        ConfigSpan span)
    {
        Name = name;
        Canonical = canonical;
        CanonicalSpan = canonicalSpan;
        Match = match;
        Implements = implements;
        Aliases = aliases;
        Scope = scope;
        MissionCritical = missionCritical;
        Description = description;
        Span = span;
    }

    public string Name { get; }

    /// <summary>Metadata name of the one implementation, e.g. <c>Ns.Type</c> or <c>Ns.Type`1</c>.</summary>
    public string Canonical { get; }

    /// <summary>Where the canonical name is written in ssot.json.</summary>
    public ConfigSpan CanonicalSpan { get; }

    public ImmutableArray<NameGlob> Match { get; }

    /// <summary>Metadata names of interfaces or base classes; any concrete type deriving from one claims the concept.</summary>
    public ImmutableArray<ConfigValue> Implements { get; }

    /// <summary>Metadata names of allowed shims, which must derive from, wrap or forward to the canonical type.</summary>
    public ImmutableArray<ConfigValue> Aliases { get; }

    public ConceptScope Scope { get; }

    public bool MissionCritical { get; }

    public string? Description { get; }

    /// <summary>Where the entry is written in ssot.json.</summary>
    public ConfigSpan Span { get; }
}

public sealed class CriticalEntry
{
    public CriticalEntry(string symbol, bool missionCritical, ImmutableArray<string> projects, string? reason, ConfigSpan span)
    {
        Symbol = symbol;
        MissionCritical = missionCritical;
        Projects = projects;
        Reason = reason;
        Span = span;
    }

    public string Symbol { get; }

    public bool MissionCritical { get; }

    /// <summary>Projects the symbol must resolve in; empty means every project.</summary>
    public ImmutableArray<string> Projects { get; }

    public string? Reason { get; }

    public ConfigSpan Span { get; }
}

public enum LegacyKind
{
    Namespace,
    Type,
    Member,
    Path,
}

public sealed class LegacyEntry
{
    public LegacyEntry(LegacyKind kind, string target, PathGlob? pathGlob, string? replacement, string? reason, bool missionCritical, ConfigSpan span)
    {
        Kind = kind;
        Target = target;
        PathGlob = pathGlob;
        Replacement = replacement;
        Reason = reason;
        MissionCritical = missionCritical;
        Span = span;
    }

    public LegacyKind Kind { get; }

    /// <summary>The namespace, type metadata name, member documentation ID or path glob text.</summary>
    public string Target { get; }

    /// <summary>The compiled glob when <see cref="Kind"/> is <see cref="LegacyKind.Path"/>.</summary>
    public PathGlob? PathGlob { get; }

    public string? Replacement { get; }

    public string? Reason { get; }

    public bool MissionCritical { get; }

    public ConfigSpan Span { get; }
}

public sealed class ConfigurationSection
{
    public static readonly ConfigurationSection Empty = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    public ConfigurationSection(ImmutableArray<string> accessors, ImmutableArray<string> variables)
    {
        Accessors = accessors;
        Variables = variables;
    }

    public ImmutableArray<string> Accessors { get; }

    public ImmutableArray<string> Variables { get; }
}

public sealed class ConstantsEntry
{
    public ConstantsEntry(string name, string type, bool missionCritical, ConfigSpan span)
    {
        Name = name;
        Type = type;
        MissionCritical = missionCritical;
        Span = span;
    }

    public string Name { get; }

    public string Type { get; }

    public bool MissionCritical { get; }

    public ConfigSpan Span { get; }
}

public sealed class Thresholds
{
    public static readonly Thresholds Default = new(overall: null, mission: 100.0, coverage: 100.0);

    public Thresholds(double? overall, double mission, double coverage)
    {
        Overall = overall;
        Mission = mission;
        Coverage = coverage;
    }

    /// <summary>The overall score the gate requires; null means no gate on the overall score.</summary>
    public double? Overall { get; }

    /// <summary>The mission score the gate requires, in every run (100: no mission-critical violation anywhere).</summary>
    public double Mission { get; }

    /// <summary>The share of the solution's hand-written files that must have been analyzed (100: all of them).</summary>
    public double Coverage { get; }
}

/// <summary>
/// The <c>discovery</c> section: same-name type families SSOT1003 must not report. <see cref="IgnoreNames"/> are
/// simple-name globs; each of <see cref="Families"/> is a namespace glob whose matching namespaces count as one
/// (per-provider or per-plugin folders). With <see cref="UseDefaults"/>, <see cref="DefaultIgnoreNames"/> are
/// ignored too, and namespaces that differ only in a version segment (<c>V2</c>, <c>v3_1</c>) count as one.
/// </summary>
public sealed class DiscoverySection
{
    /// <summary>Types every application, library or test project legitimately declares once per project or per namespace.</summary>
    public static readonly ImmutableArray<NameGlob> DefaultIgnoreNames = ImmutableArray.Create(
        new NameGlob("Program"),
        new NameGlob("Startup"),
        new NameGlob("AssemblyInfo"),
        new NameGlob("GlobalUsings"),
        new NameGlob("ThisAssembly"),
        new NameGlob("Resources"),
        new NameGlob("Strings"),
        new NameGlob("Plugin"),
        new NameGlob("Module"),
        new NameGlob("*Extensions"),
        new NameGlob("*Tests"));

    public static readonly DiscoverySection Default = new(useDefaults: true, ImmutableArray<NameGlob>.Empty, ImmutableArray<NameGlob>.Empty, ConceptScope.Production);

    public DiscoverySection(bool useDefaults, ImmutableArray<NameGlob> ignoreNames, ImmutableArray<NameGlob> families, ConceptScope scope)
    {
        UseDefaults = useDefaults;
        IgnoreNames = ignoreNames;
        Families = families;
        Scope = scope;
    }

    /// <summary>
    /// Which files' types are compared; production by default, since test code repeats fixture names (<c>Foo</c>,
    /// <c>TestMap</c>) per test namespace on purpose and its doubles are SSOT1004's.
    /// </summary>
    public ConceptScope Scope { get; }

    public bool UseDefaults { get; }

    public ImmutableArray<NameGlob> IgnoreNames { get; }

    public ImmutableArray<NameGlob> Families { get; }
}

/// <summary>
/// The <c>testDoubles</c> section: <see cref="Match"/> are the simple-name globs of hand-written doubles (the
/// defaults unless given), <see cref="Ignore"/> the interfaces and base types whose doubles may repeat.
/// </summary>
public sealed class TestDoublesSection
{
    public static readonly ImmutableArray<NameGlob> DefaultMatch = ImmutableArray.Create(
        new NameGlob("Fake*"), new NameGlob("*Fake"),
        new NameGlob("Mock*"), new NameGlob("*Mock"),
        new NameGlob("Stub*"), new NameGlob("*Stub"),
        new NameGlob("Spy*"), new NameGlob("*Spy"),
        new NameGlob("Dummy*"), new NameGlob("*Dummy"),
        new NameGlob("NoOp*"), new NameGlob("Noop*"),
        new NameGlob("InMemory*"),
        new NameGlob("*Double"));

    public static readonly TestDoublesSection Default = new(DefaultMatch, ImmutableArray<ConfigValue>.Empty);

    public TestDoublesSection(ImmutableArray<NameGlob> match, ImmutableArray<ConfigValue> ignore)
    {
        Match = match;
        Ignore = ignore;
    }

    public ImmutableArray<NameGlob> Match { get; }

    public ImmutableArray<ConfigValue> Ignore { get; }
}

/// <summary>A place in ssot.json: the character span and its line/column span.</summary>
public readonly struct ConfigSpan
{
    public ConfigSpan(TextSpan span, LinePositionSpan lineSpan)
    {
        Span = span;
        LineSpan = lineSpan;
    }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    /// <summary>A Roslyn location in the file at <paramref name="path"/>.</summary>
    public Location ToLocation(string path) => Location.Create(path, Span, LineSpan);
}

/// <summary>A string of ssot.json with its place in the file.</summary>
public readonly struct ConfigValue
{
    public ConfigValue(string value, ConfigSpan span)
    {
        Value = value;
        Span = span;
    }

    public string Value { get; }

    public ConfigSpan Span { get; }

    public override string ToString() => Value;
}
