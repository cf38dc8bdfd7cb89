using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Netra.Ssot.Config;

/// <summary>
/// The parsed <c>ssot.json</c>: immutable data, every entry with its span in the file so later rules can
/// report a stale entry where it is written. Every section is optional; each property's initial value is the
/// section's default. It does not know the file's path (the same text parses once however many projects share
/// it); <see cref="SsotConfigFile"/> adds the path.
/// </summary>
public sealed record SsotConfig
{
    public static readonly SsotConfig Empty = new();

    /// <summary>Whether the solution's own <c>[Obsolete]</c> types and members count as legacy (SSOT3001/3002).</summary>
    public bool ObsoleteIsLegacy { get; init; } = true;

    public ImmutableArray<ConceptEntry> Concepts { get; init; } = ImmutableArray<ConceptEntry>.Empty;

    public ImmutableArray<CriticalEntry> Critical { get; init; } = ImmutableArray<CriticalEntry>.Empty;

    public ImmutableArray<LegacyEntry> Legacy { get; init; } = ImmutableArray<LegacyEntry>.Empty;

    public ConfigurationSection Configuration { get; init; } = ConfigurationSection.Empty;

    public ImmutableArray<ConstantsEntry> Constants { get; init; } = ImmutableArray<ConstantsEntry>.Empty;

    public ImmutableArray<ImmutableArray<string>> PreprocessorSymbolSets { get; init; } = ImmutableArray<ImmutableArray<string>>.Empty;

    public ImmutableArray<PathGlob> Tests { get; init; } = ImmutableArray<PathGlob>.Empty;

    public ImmutableArray<PathGlob> Exclude { get; init; } = ImmutableArray<PathGlob>.Empty;

    public Thresholds Thresholds { get; init; } = Thresholds.Default;

    /// <summary>What SSOT1003 (same-name types) leaves alone.</summary>
    public DiscoverySection Discovery { get; init; } = DiscoverySection.Default;

    /// <summary>What SSOT1004 counts as a hand-written test double.</summary>
    public TestDoublesSection TestDoubles { get; init; } = TestDoublesSection.Default;

    /// <summary>Which namespace dependency cycles SSOT5001 accepts.</summary>
    public CyclesSection Cycles { get; init; } = CyclesSection.Default;

    /// <summary>
    /// The one walk over the names the file refers to, in file-section order (concepts, test-double ignores,
    /// legacy): SSOT0002 judges each one where it is written, and <see cref="SymbolNames"/> hands the symbol names to
    /// the hosts that resolve them outside an analyzer.
    /// </summary>
    public IEnumerable<ConfigReference> References()
    {
        foreach (var concept in Concepts)
        {
            string of = " of concept '" + concept.Name + "'";
            yield return new ConfigReference(concept.Canonical, concept.CanonicalSpan, "canonical type '" + concept.Canonical + "'" + of, concept.MissionCritical);
            foreach (var name in concept.Implements)
            {
                yield return new ConfigReference(name.Value, name.Span, "implemented type '" + name.Value + "'" + of, concept.MissionCritical);
            }

            foreach (var name in concept.Aliases)
            {
                yield return new ConfigReference(name.Value, name.Span, "alias '" + name.Value + "'" + of, concept.MissionCritical);
            }
        }

        foreach (var name in TestDoubles.Ignore)
        {
            yield return new ConfigReference(name.Value, name.Span, "test-double ignore type '" + name.Value + "'", MissionCritical: false);
        }

        foreach (var entry in Legacy)
        {
            string what = "legacy " + entry.Kind.ToString().ToLowerInvariant() + " '" + entry.Target + "'";
            yield return new ConfigReference(entry.Target, entry.Span, what, entry.MissionCritical, entry.PathGlob);
        }
    }

    /// <summary>
    /// Every symbol name the file refers to (type metadata names, namespaces, documentation IDs): the
    /// <see cref="References"/> that are not path globs. ssot-check tells the analyzers which ones resolve somewhere
    /// in the solution.
    /// </summary>
    public IEnumerable<string> SymbolNames() => References().Where(r => r.PathGlob is null).Select(r => r.Name);
}

/// <summary>
/// A name ssot.json refers to, where it is written and what it is (<paramref name="Role"/>, as SSOT0002 words it).
/// <paramref name="PathGlob"/> is set for a legacy path entry, which names files rather than a symbol.
/// </summary>
public sealed record ConfigReference(string Name, ConfigSpan Span, string Role, bool MissionCritical, PathGlob? PathGlob = null);

/// <summary>Which files a concept's rule looks at.</summary>
public enum ConceptScope
{
    All,
    Production,
    Test,
}

/// <summary>
/// One concept that must have exactly one implementation. <paramref name="Canonical"/> is the metadata name of the
/// one implementation (<c>Ns.Type</c>, <c>Ns.Type`1</c>), written at <paramref name="CanonicalSpan"/>;
/// <paramref name="Implements"/> are interfaces or base classes whose concrete types claim the concept;
/// <paramref name="Aliases"/> are allowed shims that derive from, wrap or forward to the canonical type.
/// </summary>
public sealed record ConceptEntry(
    string Name,
    string Canonical,
    ConfigSpan CanonicalSpan,
    ImmutableArray<NameGlob> Match,
    ImmutableArray<ConfigValue> Implements,
    ImmutableArray<ConfigValue> Aliases,
    ConceptScope Scope,
    bool MissionCritical,
    string? Description,
    ConfigSpan Span);

/// <summary>A symbol that must resolve; <paramref name="Projects"/> are the projects it must resolve in (empty: every project).</summary>
public sealed record CriticalEntry(string Symbol, bool MissionCritical, ImmutableArray<string> Projects, string? Reason, ConfigSpan Span);

public enum LegacyKind
{
    Namespace,
    Type,
    Member,
    Path,
}

/// <summary>
/// Retired code: <paramref name="Target"/> is the namespace, type metadata name, member documentation ID or path
/// glob text; <paramref name="PathGlob"/> its compiled glob when <paramref name="Kind"/> is <see cref="LegacyKind.Path"/>.
/// </summary>
public sealed record LegacyEntry(LegacyKind Kind, string Target, PathGlob? PathGlob, string? Replacement, string? Reason, bool MissionCritical, ConfigSpan Span);

/// <summary>
/// The <c>configuration</c> section: <paramref name="Accessors"/> are the metadata names of the only types that may
/// read environment variables or configuration directly (SSOT4001), <paramref name="Variables"/> the declared
/// variables and configuration keys (SSOT4002), and <paramref name="MissionCritical"/> makes their findings errors.
/// </summary>
public sealed record ConfigurationSection(ImmutableArray<string> Accessors, ImmutableArray<ConfigVariable> Variables, bool MissionCritical)
{
    public static readonly ConfigurationSection Empty = new(ImmutableArray<string>.Empty, ImmutableArray<ConfigVariable>.Empty, MissionCritical: false);
}

/// <summary>
/// A declared environment variable or configuration key: a plain name in ssot.json, or an object with
/// <paramref name="Required"/> (default true), a <paramref name="Description"/> and <paramref name="Secret"/>
/// (default false). <paramref name="Span"/> is where the entry is written, for a report on a variable nothing reads.
/// </summary>
public sealed record ConfigVariable(string Name, bool Required, string? Description, bool Secret, ConfigSpan Span);

/// <summary>
/// The <c>cycles</c> section of SSOT5001 (namespace dependency cycles): <paramref name="Ignore"/> are namespace
/// globs of accepted cycles, <paramref name="MissionCritical"/> makes its findings errors.
/// </summary>
public sealed record CyclesSection(ImmutableArray<NameGlob> Ignore, bool MissionCritical)
{
    public static readonly CyclesSection Default = new(ImmutableArray<NameGlob>.Empty, MissionCritical: false);
}

/// <summary>A type whose constants are the one spelling of their values (event names, routes).</summary>
public sealed record ConstantsEntry(string Name, string Type, bool MissionCritical, ConfigSpan Span);

/// <summary>
/// What the gate requires: <paramref name="Overall"/> the overall score (null: no gate on it), <paramref name="Mission"/>
/// the mission score in every run (100: no mission-critical violation anywhere), <paramref name="Coverage"/> the
/// share of the solution's hand-written files that must have been analyzed (100: all of them).
/// </summary>
public sealed record Thresholds(double? Overall, double Mission, double Coverage)
{
    public static readonly Thresholds Default = new(Overall: null, Mission: 100.0, Coverage: 100.0);
}

/// <summary>
/// The <c>discovery</c> section: same-name type families SSOT1003 must not report. <see cref="IgnoreNames"/> are
/// simple-name globs; each of <see cref="Families"/> is a namespace glob whose matching namespaces count as one
/// (per-provider or per-plugin folders). With <see cref="UseDefaults"/>, <see cref="DefaultIgnoreNames"/> are
/// ignored too, and namespaces that differ only in a version segment (<c>V2</c>, <c>v3_1</c>) count as one.
/// <see cref="Scope"/>: which files' types are compared; production by default, since test code repeats fixture
/// names (<c>Foo</c>, <c>TestMap</c>) per test namespace on purpose and its doubles are SSOT1004's.
/// </summary>
public sealed record DiscoverySection(bool UseDefaults, ImmutableArray<NameGlob> IgnoreNames, ImmutableArray<NameGlob> Families, ConceptScope Scope)
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
        new NameGlob("*Tests"),
        new NameGlob("App"),
        new NameGlob("MauiProgram"),
        new NameGlob("MainActivity"),
        new NameGlob("AppDelegate"),
        new NameGlob("MainApplication"),
        new NameGlob("SceneDelegate"));

    public static readonly DiscoverySection Default = new(UseDefaults: true, ImmutableArray<NameGlob>.Empty, ImmutableArray<NameGlob>.Empty, ConceptScope.Production);
}

/// <summary>
/// The <c>testDoubles</c> section: <see cref="Match"/> are the simple-name globs of hand-written doubles (the
/// defaults unless given), <see cref="Ignore"/> the interfaces and base types whose doubles may repeat.
/// </summary>
public sealed record TestDoublesSection(ImmutableArray<NameGlob> Match, ImmutableArray<ConfigValue> Ignore)
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
}
