using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config.Json;
using Netra.Ssot.Config.Parsing;
using Netra.Ssot.Config.Sections;

namespace Netra.Ssot.Config;

/// <summary>
/// The one parser of ssot.json, shared by the analyzers and the CLI. It never throws: a syntax error yields an
/// empty configuration and one located error; a wrong key or value is reported and skipped, keeping the rest.
/// Each object of the file is one <see cref="KeyTable{T}"/> (this file's for the top level, Sections/ for the
/// rest): a new section is one line in <see cref="TopLevel"/> plus, when it is an object, its table.
/// </summary>
public static class SsotConfigParser
{
    public const string FileName = "ssot.json";

    private static readonly KeyTable<SsotConfig> TopLevel = new(
        "the top level",
        ("$schema", (r, p, c) => c),
        ("concepts", (r, p, c) => c with { Concepts = r.Entries(p, ConceptsReader.Read) }),
        ("critical", (r, p, c) => c with { Critical = r.Entries(p, CriticalReader.Read) }),
        ("legacy", (r, p, c) => c with { Legacy = r.Entries(p, LegacyReader.Read) }),
        ("configuration", (r, p, c) => c with { Configuration = r.Section(p, ConfigurationReader.Table, ConfigurationSection.Empty) ?? c.Configuration }),
        ("constants", (r, p, c) => c with { Constants = r.Entries(p, ConstantsReader.Read) }),
        ("preprocessorSymbolSets", (r, p, c) => c with { PreprocessorSymbolSets = PreprocessorSymbolSetsReader.Read(r, p.Value) }),
        ("tests", (r, p, c) => c with { Tests = r.PathGlobs(p.Value, "tests") }),
        ("exclude", (r, p, c) => c with { Exclude = r.PathGlobs(p.Value, "exclude") }),
        ("thresholds", (r, p, c) => c with { Thresholds = r.Section(p, ThresholdsReader.Table, Thresholds.Default) ?? c.Thresholds }),
        ("discovery", (r, p, c) => c with { Discovery = r.Section(p, DiscoveryReader.Table, DiscoverySection.Default) ?? c.Discovery }),
        ("testDoubles", (r, p, c) => c with { TestDoubles = r.Section(p, TestDoublesReader.Table, TestDoublesSection.Default) ?? c.TestDoubles }),
        ("obsoleteIsLegacy", (r, p, c) => c with { ObsoleteIsLegacy = r.Boolean(p.Value, "obsoleteIsLegacy") ?? c.ObsoleteIsLegacy }),
        ("cycles", (r, p, c) => c with { Cycles = r.Section(p, CyclesReader.Table, CyclesSection.Default) ?? c.Cycles }));

    internal static ImmutableArray<string> TopLevelKeys => TopLevel.Keys;

    internal static ImmutableArray<string> ConceptKeys => ConceptsReader.Table.Keys;

    internal static ImmutableArray<string> CriticalKeys => CriticalReader.Table.Keys;

    internal static ImmutableArray<string> LegacyKeys => LegacyReader.Table.Keys;

    internal static ImmutableArray<string> ConfigurationKeys => ConfigurationReader.Table.Keys;

    internal static ImmutableArray<string> ConstantsKeys => ConstantsReader.Table.Keys;

    internal static ImmutableArray<string> ThresholdsKeys => ThresholdsReader.Table.Keys;

    internal static ImmutableArray<string> DiscoveryKeys => DiscoveryReader.Table.Keys;

    internal static ImmutableArray<string> TestDoublesKeys => TestDoublesReader.Table.Keys;

    internal static ImmutableArray<string> VariableKeys => VariablesReader.Table.Keys;

    internal static ImmutableArray<string> CyclesKeys => CyclesReader.Table.Keys;

    public static SsotConfigParseResult Parse(SourceText text)
    {
        try
        {
            return Parse(new ConfigReader(text), text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug must not become an analyzer crash in a user's IDE: report it on the file instead.
            var span = new ConfigSpan(new TextSpan(0, 0), new LinePositionSpan(default, default));
            return new SsotConfigParseResult(SsotConfig.Empty, ImmutableArray.Create(new ConfigError("internal error while reading the file: " + e.Message, span)));
        }
    }

    private static SsotConfigParseResult Parse(ConfigReader reader, SourceText text)
    {
        var root = JsonReader.Parse(text.ToString(), out var syntaxError);
        if (root is null)
        {
            reader.Error(syntaxError!.Span, syntaxError.Message);
            return new SsotConfigParseResult(SsotConfig.Empty, reader.Errors);
        }

        if (root is not JsonObject rootObject)
        {
            reader.Error(root.Span, "the file must contain a JSON object, found " + root.KindName);
            return new SsotConfigParseResult(SsotConfig.Empty, reader.Errors);
        }

        var config = TopLevel.Read(reader, rootObject, SsotConfig.Empty);
        CrossSectionChecks.ReportLegacyCanonicals(reader, config.Concepts, config.Legacy);
        CrossSectionChecks.ReportDuplicateNames(reader, config.Concepts.Select(c => (c.Name, c.Span)), "concept");
        CrossSectionChecks.ReportDuplicateNames(reader, config.Constants.Select(c => (c.Name, c.Span)), "constants entry");
        return new SsotConfigParseResult(config, reader.Errors);
    }
}
