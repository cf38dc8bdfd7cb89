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
        Thresholds.Default);

    public SsotConfig(
        ImmutableArray<ConceptEntry> concepts,
        ImmutableArray<CriticalEntry> critical,
        ImmutableArray<LegacyEntry> legacy,
        ConfigurationSection configuration,
        ImmutableArray<ConstantsEntry> constants,
        ImmutableArray<ImmutableArray<string>> preprocessorSymbolSets,
        ImmutableArray<PathGlob> tests,
        ImmutableArray<PathGlob> exclude,
        Thresholds thresholds)
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
    }

    public ImmutableArray<ConceptEntry> Concepts { get; }

    public ImmutableArray<CriticalEntry> Critical { get; }

    public ImmutableArray<LegacyEntry> Legacy { get; }

    public ConfigurationSection Configuration { get; }

    public ImmutableArray<ConstantsEntry> Constants { get; }

    public ImmutableArray<ImmutableArray<string>> PreprocessorSymbolSets { get; }

    public ImmutableArray<PathGlob> Tests { get; }

    public ImmutableArray<PathGlob> Exclude { get; }

    public Thresholds Thresholds { get; }
}

/// <summary>One concept that must have exactly one implementation.</summary>
public sealed class ConceptEntry
{
    public ConceptEntry(
        string name,
        string canonical,
        ImmutableArray<NameGlob> match,
        ImmutableArray<string> implements,
        ImmutableArray<string> aliases,
        ConceptScope scope,
        bool missionCritical,
        string? description,
        ConfigSpan span)
    {
        Name = name;
        Canonical = canonical;
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

    public ImmutableArray<NameGlob> Match { get; }

    public ImmutableArray<string> Implements { get; }

    public ImmutableArray<string> Aliases { get; }

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
    public static readonly Thresholds Default = new(overall: null, mission: 100.0);

    public Thresholds(double? overall, double mission)
    {
        Overall = overall;
        Mission = mission;
    }

    /// <summary>The overall score the gate requires; null means no gate on the overall score.</summary>
    public double? Overall { get; }

    public double Mission { get; }
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
