using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config.Json;

namespace Netra.Ssot.Config;

/// <summary>A mistake in ssot.json, located at its line and column in the file.</summary>
public sealed class ConfigError
{
    public ConfigError(string message, ConfigSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public ConfigSpan Span { get; }

    /// <summary><c>path:line:col: message</c>, 1-based, the form editors and CI logs link.</summary>
    public string Format(string path)
    {
        var start = Span.LineSpan.Start;
        return string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3}", path, start.Line + 1, start.Character + 1, Message);
    }
}

/// <summary>What reading ssot.json text produced: the usable configuration and every error found on the way.</summary>
public sealed class SsotConfigParseResult
{
    public SsotConfigParseResult(SsotConfig config, ImmutableArray<ConfigError> errors)
    {
        Config = config;
        Errors = errors;
    }

    public SsotConfig Config { get; }

    public ImmutableArray<ConfigError> Errors { get; }

    public bool HasErrors => !Errors.IsEmpty;
}

/// <summary>
/// The one parser of ssot.json, shared by the analyzers and the CLI. It never throws: a syntax error yields an
/// empty configuration and one located error; a wrong key or value is reported and skipped, keeping the rest.
/// </summary>
public sealed class SsotConfigParser
{
    public const string FileName = "ssot.json";

    internal static readonly ImmutableArray<string> TopLevelKeys = ImmutableArray.Create(
        "$schema", "concepts", "critical", "legacy", "configuration", "constants", "preprocessorSymbolSets", "tests", "exclude", "thresholds", "discovery", "testDoubles", "obsoleteIsLegacy");

    internal static readonly ImmutableArray<string> ConceptKeys = ImmutableArray.Create(
        "name", "canonical", "match", "implements", "aliases", "scope", "missionCritical", "description");

    internal static readonly ImmutableArray<string> CriticalKeys = ImmutableArray.Create("symbol", "missionCritical", "projects", "reason");

    internal static readonly ImmutableArray<string> LegacyKeys = ImmutableArray.Create(
        "namespace", "type", "member", "path", "replacement", "reason", "missionCritical");

    internal static readonly ImmutableArray<string> ConfigurationKeys = ImmutableArray.Create("accessors", "variables");

    internal static readonly ImmutableArray<string> ConstantsKeys = ImmutableArray.Create("name", "type", "missionCritical");

    internal static readonly ImmutableArray<string> ThresholdsKeys = ImmutableArray.Create("overall", "mission", "coverage");

    internal static readonly ImmutableArray<string> DiscoveryKeys = ImmutableArray.Create("defaults", "ignoreNames", "families", "scope");

    internal static readonly ImmutableArray<string> TestDoublesKeys = ImmutableArray.Create("match", "ignore");

    private readonly SourceText _text;
    private readonly ImmutableArray<ConfigError>.Builder _errors = ImmutableArray.CreateBuilder<ConfigError>();

    private SsotConfigParser(SourceText text) => _text = text;

    public static SsotConfigParseResult Parse(SourceText text)
    {
        try
        {
            return new SsotConfigParser(text).Parse();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug must not become an analyzer crash in a user's IDE: report it on the file instead.
            var span = new ConfigSpan(new TextSpan(0, 0), new LinePositionSpan(default, default));
            return new SsotConfigParseResult(SsotConfig.Empty, ImmutableArray.Create(new ConfigError("internal error while reading the file: " + e.Message, span)));
        }
    }

    private SsotConfigParseResult Parse()
    {
        var root = JsonReader.Parse(_text.ToString(), out var syntaxError);
        if (root is null)
        {
            Error(syntaxError!.Span, syntaxError.Message);
            return Result(SsotConfig.Empty);
        }

        if (root is not JsonObject rootObject)
        {
            Error(root.Span, "the file must contain a JSON object, found " + root.KindName);
            return Result(SsotConfig.Empty);
        }

        var concepts = ImmutableArray<ConceptEntry>.Empty;
        var critical = ImmutableArray<CriticalEntry>.Empty;
        var legacy = ImmutableArray<LegacyEntry>.Empty;
        var configuration = ConfigurationSection.Empty;
        var constants = ImmutableArray<ConstantsEntry>.Empty;
        var symbolSets = ImmutableArray<ImmutableArray<string>>.Empty;
        var tests = ImmutableArray<PathGlob>.Empty;
        var exclude = ImmutableArray<PathGlob>.Empty;
        var thresholds = Thresholds.Default;
        var discovery = DiscoverySection.Default;
        var testDoubles = TestDoublesSection.Default;
        bool obsoleteIsLegacy = true;

        foreach (var property in Properties(rootObject, TopLevelKeys, "the top level"))
        {
            switch (property.Name)
            {
                case "concepts":
                    concepts = Entries(property, ReadConcept);
                    break;
                case "critical":
                    critical = Entries(property, ReadCritical);
                    break;
                case "legacy":
                    legacy = Entries(property, ReadLegacy);
                    break;
                case "configuration":
                    configuration = ReadConfiguration(property.Value) ?? configuration;
                    break;
                case "constants":
                    constants = Entries(property, ReadConstants);
                    break;
                case "preprocessorSymbolSets":
                    symbolSets = ReadSymbolSets(property.Value);
                    break;
                case "tests":
                    tests = Strings(property.Value, "tests", ValidatePathGlob).Select(p => new PathGlob(p)).ToImmutableArray();
                    break;
                case "exclude":
                    exclude = Strings(property.Value, "exclude", ValidatePathGlob).Select(p => new PathGlob(p)).ToImmutableArray();
                    break;
                case "thresholds":
                    thresholds = ReadThresholds(property.Value) ?? thresholds;
                    break;
                case "discovery":
                    discovery = ReadDiscovery(property.Value) ?? discovery;
                    break;
                case "testDoubles":
                    testDoubles = ReadTestDoubles(property.Value) ?? testDoubles;
                    break;
                case "obsoleteIsLegacy":
                    obsoleteIsLegacy = Boolean(property.Value, "obsoleteIsLegacy") ?? obsoleteIsLegacy;
                    break;
            }
        }

        ReportLegacyCanonicals(concepts, legacy);
        ReportDuplicateNames(concepts.Select(c => (c.Name, c.Span)), "concept");
        ReportDuplicateNames(constants.Select(c => (c.Name, c.Span)), "constants entry");

        return Result(new SsotConfig(concepts, critical, legacy, configuration, constants, symbolSets, tests, exclude, thresholds, discovery, testDoubles, obsoleteIsLegacy));
    }

    private SsotConfigParseResult Result(SsotConfig config) => new(config, _errors.ToImmutable());

    private ConceptEntry? ReadConcept(JsonObject entry)
    {
        string? name = null;
        string? canonical = null;
        var canonicalSpan = default(ConfigSpan);
        var match = ImmutableArray<NameGlob>.Empty;
        var implements = ImmutableArray<ConfigValue>.Empty;
        var aliases = ImmutableArray<ConfigValue>.Empty;
        var scope = ConceptScope.All;
        bool missionCritical = false;
        string? description = null;
        foreach (var property in Properties(entry, ConceptKeys, "a concept"))
        {
            switch (property.Name)
            {
                case "name":
                    name = String(property.Value, "name");
                    break;
                case "canonical":
                    canonical = MetadataName(property.Value, "canonical");
                    canonicalSpan = SpanOf(property.Value.Span);
                    break;
                case "match":
                    match = LocatedStrings(property.Value, "match", ValidateNameGlob).Select(p => new NameGlob(p.Value, p.Span)).ToImmutableArray();
                    break;
                case "implements":
                    implements = LocatedStrings(property.Value, "implements", ValidateMetadataName);
                    break;
                case "aliases":
                    aliases = LocatedStrings(property.Value, "aliases", ValidateMetadataName);
                    break;
                case "scope":
                    scope = ReadScope(property.Value) ?? scope;
                    break;
                case "missionCritical":
                    missionCritical = Boolean(property.Value, "missionCritical") ?? false;
                    break;
                case "description":
                    description = String(property.Value, "description");
                    break;
            }
        }

        if (name is null && !Has(entry, "name"))
        {
            Error(entry.Span, "a concept needs a \"name\"");
        }

        if (canonical is null && !Has(entry, "canonical"))
        {
            Error(entry.Span, "concept " + Describe(name) + "needs a \"canonical\" type (its metadata name, e.g. \"MyApp.Core.Service\")");
        }

        return name is null || canonical is null
            ? null
            : new ConceptEntry(name, canonical, canonicalSpan, match, implements, aliases, scope, missionCritical, description, SpanOf(entry.Span));
    }

    private CriticalEntry? ReadCritical(JsonObject entry)
    {
        string? symbol = null;
        bool missionCritical = false;
        var projects = ImmutableArray<string>.Empty;
        string? reason = null;
        foreach (var property in Properties(entry, CriticalKeys, "a critical entry"))
        {
            switch (property.Name)
            {
                case "symbol":
                    symbol = Checked(property.Value, "symbol", NameSyntax.CheckSymbol);
                    break;
                case "missionCritical":
                    missionCritical = Boolean(property.Value, "missionCritical") ?? false;
                    break;
                case "projects":
                    projects = Strings(property.Value, "projects", validate: null);
                    break;
                case "reason":
                    reason = String(property.Value, "reason");
                    break;
            }
        }

        if (symbol is null)
        {
            if (Has(entry, "symbol"))
            {
                return null;
            }

            Error(entry.Span, "a critical entry needs a \"symbol\" (a type or namespace metadata name, or a documentation ID such as \"M:Ns.Type.Method(System.String)\")");
            return null;
        }

        return new CriticalEntry(symbol, missionCritical, projects, reason, SpanOf(entry.Span));
    }

    private LegacyEntry? ReadLegacy(JsonObject entry)
    {
        var targets = new List<(LegacyKind Kind, string Value, TextSpan Span)>();
        string? replacement = null;
        JsonValue? replacementValue = null;
        string? reason = null;
        bool missionCritical = false;
        foreach (var property in Properties(entry, LegacyKeys, "a legacy entry"))
        {
            switch (property.Name)
            {
                case "namespace":
                case "type":
                case "member":
                case "path":
                    var kind = property.Name switch
                    {
                        "namespace" => LegacyKind.Namespace,
                        "type" => LegacyKind.Type,
                        "member" => LegacyKind.Member,
                        _ => LegacyKind.Path,
                    };
                    string? value = String(property.Value, property.Name);
                    if (value is not null && ValidateLegacyTarget(kind, value) is { } problem)
                    {
                        Error(property.Value.Span, problem);
                    }
                    else if (value is not null)
                    {
                        targets.Add((kind, value, property.NameSpan));
                    }

                    break;
                case "replacement":
                    replacement = String(property.Value, "replacement");
                    replacementValue = property.Value;
                    break;
                case "reason":
                    reason = String(property.Value, "reason");
                    break;
                case "missionCritical":
                    missionCritical = Boolean(property.Value, "missionCritical") ?? false;
                    break;
            }
        }

        if (targets.Count == 0 && (Has(entry, "namespace") || Has(entry, "type") || Has(entry, "member") || Has(entry, "path")))
        {
            return null; // the invalid target was reported where it is written
        }

        if (targets.Count != 1)
        {
            Error(
                targets.Count == 0 ? entry.Span : targets[1].Span,
                "a legacy entry needs exactly one of \"namespace\", \"type\", \"member\" or \"path\"" + (targets.Count == 0 ? string.Empty : "; split it into one entry each"));
            return null;
        }

        var target = targets[0];
        if (replacement is not null && ValidateReplacement(target.Kind, replacement) is { } replacementProblem)
        {
            Error(replacementValue!.Span, "the replacement of a legacy " + target.Kind.ToString().ToLowerInvariant() + ": " + replacementProblem);
        }

        return new LegacyEntry(
            target.Kind,
            target.Value,
            target.Kind == LegacyKind.Path ? new PathGlob(target.Value) : null,
            replacement,
            reason,
            missionCritical,
            SpanOf(entry.Span));
    }

    private ConstantsEntry? ReadConstants(JsonObject entry)
    {
        string? name = null;
        string? type = null;
        bool missionCritical = false;
        foreach (var property in Properties(entry, ConstantsKeys, "a constants entry"))
        {
            switch (property.Name)
            {
                case "name":
                    name = String(property.Value, "name");
                    break;
                case "type":
                    type = MetadataName(property.Value, "type");
                    break;
                case "missionCritical":
                    missionCritical = Boolean(property.Value, "missionCritical") ?? false;
                    break;
            }
        }

        if (name is null || type is null)
        {
            if (!Has(entry, "name") || !Has(entry, "type"))
            {
                Error(entry.Span, "a constants entry needs a \"name\" and a \"type\"");
            }

            return null;
        }

        return new ConstantsEntry(name, type, missionCritical, SpanOf(entry.Span));
    }

    private ConfigurationSection? ReadConfiguration(JsonValue value)
    {
        if (Object(value, "configuration") is not { } section)
        {
            return null;
        }

        var accessors = ImmutableArray<string>.Empty;
        var variables = ImmutableArray<string>.Empty;
        foreach (var property in Properties(section, ConfigurationKeys, "\"configuration\""))
        {
            if (property.Name == "accessors")
            {
                accessors = Strings(property.Value, "accessors", ValidateMetadataName);
            }
            else
            {
                variables = Strings(property.Value, "variables", validate: null);
            }
        }

        return new ConfigurationSection(accessors, variables);
    }

    private ImmutableArray<ImmutableArray<string>> ReadSymbolSets(JsonValue value)
    {
        if (Array(value, "preprocessorSymbolSets") is not { } sets)
        {
            return ImmutableArray<ImmutableArray<string>>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var set in sets.Items)
        {
            if (set is JsonArray)
            {
                builder.Add(Strings(set, "a preprocessor symbol set", ValidateSymbol));
            }
            else
            {
                Error(set.Span, "each preprocessor symbol set must be an array of symbol names, such as [\"STAGING\"]; found " + set.KindName);
            }
        }

        return builder.ToImmutable();
    }

    private Thresholds? ReadThresholds(JsonValue value)
    {
        if (Object(value, "thresholds") is not { } section)
        {
            return null;
        }

        double? overall = null;
        double mission = Thresholds.Default.Mission;
        double coverage = Thresholds.Default.Coverage;
        foreach (var property in Properties(section, ThresholdsKeys, "\"thresholds\""))
        {
            double? number = Percentage(property.Value, property.Name);
            switch (property.Name)
            {
                case "overall":
                    overall = number;
                    break;
                case "mission":
                    mission = number ?? mission;
                    break;
                default:
                    coverage = number ?? coverage;
                    break;
            }
        }

        return new Thresholds(overall, mission, coverage);
    }

    private DiscoverySection? ReadDiscovery(JsonValue value)
    {
        if (Object(value, "discovery") is not { } section)
        {
            return null;
        }

        bool useDefaults = DiscoverySection.Default.UseDefaults;
        var ignoreNames = ImmutableArray<NameGlob>.Empty;
        var families = ImmutableArray<NameGlob>.Empty;
        var scope = DiscoverySection.Default.Scope;
        foreach (var property in Properties(section, DiscoveryKeys, "\"discovery\""))
        {
            switch (property.Name)
            {
                case "defaults":
                    useDefaults = Boolean(property.Value, "defaults") ?? useDefaults;
                    break;
                case "ignoreNames":
                    ignoreNames = LocatedStrings(property.Value, "ignoreNames", ValidateNameGlob).Select(p => new NameGlob(p.Value, p.Span)).ToImmutableArray();
                    break;
                case "families":
                    families = LocatedStrings(property.Value, "families", ValidateNamespaceGlob).Select(p => new NameGlob(p.Value, p.Span)).ToImmutableArray();
                    break;
                case "scope":
                    scope = ReadScope(property.Value) ?? scope;
                    break;
            }
        }

        return new DiscoverySection(useDefaults, ignoreNames, families, scope);
    }

    private TestDoublesSection? ReadTestDoubles(JsonValue value)
    {
        if (Object(value, "testDoubles") is not { } section)
        {
            return null;
        }

        var match = TestDoublesSection.DefaultMatch;
        var ignore = ImmutableArray<ConfigValue>.Empty;
        foreach (var property in Properties(section, TestDoublesKeys, "\"testDoubles\""))
        {
            if (property.Name == "match")
            {
                match = LocatedStrings(property.Value, "match", ValidateNameGlob).Select(p => new NameGlob(p.Value, p.Span)).ToImmutableArray();
            }
            else
            {
                ignore = LocatedStrings(property.Value, "ignore", ValidateMetadataName);
            }
        }

        return new TestDoublesSection(match, ignore);
    }

    private ConceptScope? ReadScope(JsonValue value)
    {
        switch (String(value, "scope"))
        {
            case null:
                return null;
            case "all":
                return ConceptScope.All;
            case "production":
                return ConceptScope.Production;
            case "test":
                return ConceptScope.Test;
            case var other:
                Error(value.Span, "\"scope\" must be \"production\", \"test\" or \"all\"; found " + NameSyntax.Quote(other));
                return null;
        }
    }

    private ImmutableArray<T> Entries<T>(JsonProperty property, Func<JsonObject, T?> read)
        where T : class
    {
        if (Array(property.Value, property.Name) is not { } array)
        {
            return ImmutableArray<T>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is JsonObject obj)
            {
                if (read(obj) is { } entry)
                {
                    builder.Add(entry);
                }
            }
            else
            {
                Error(item.Span, "each item of \"" + property.Name + "\" must be an object; found " + item.KindName);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The object's properties with known keys; unknown and repeated keys are reported and skipped.</summary>
    private IEnumerable<JsonProperty> Properties(JsonObject obj, ImmutableArray<string> knownKeys, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (!knownKeys.Contains(property.Name))
            {
                string? suggestion = Suggest(property.Name, knownKeys);
                Error(
                    property.NameSpan,
                    "unknown key " + NameSyntax.Quote(property.Name) + " in " + where
                        + (suggestion is null ? "." : "; did you mean \"" + suggestion + "\"?")
                        + " Expected one of: " + string.Join(", ", knownKeys.Where(k => k != "$schema")));
                continue;
            }

            if (!seen.Add(property.Name))
            {
                Error(property.NameSpan, "the key " + NameSyntax.Quote(property.Name) + " appears twice in " + where + "; keep one");
                continue;
            }

            yield return property;
        }
    }

    private JsonObject? Object(JsonValue value, string key)
    {
        if (value is JsonObject obj)
        {
            return obj;
        }

        Error(value.Span, "\"" + key + "\" must be an object; found " + value.KindName);
        return null;
    }

    private JsonArray? Array(JsonValue value, string key)
    {
        if (value is JsonArray array)
        {
            return array;
        }

        Error(value.Span, "\"" + key + "\" must be an array; found " + value.KindName);
        return null;
    }

    private string? String(JsonValue value, string key)
    {
        if (value is JsonString s)
        {
            if (s.Value.Trim().Length == 0)
            {
                Error(value.Span, "\"" + key + "\" must not be empty");
                return null;
            }

            return s.Value;
        }

        Error(value.Span, "\"" + key + "\" must be a string; found " + value.KindName);
        return null;
    }

    private string? MetadataName(JsonValue value, string key) => Checked(value, key, NameSyntax.CheckTypeName);

    /// <summary>A string that <paramref name="check"/> accepts; its message is reported at the string otherwise.</summary>
    private string? Checked(JsonValue value, string key, Func<string, string?> check)
    {
        string? text = String(value, key);
        if (text is not null && check(text) is { } problem)
        {
            Error(value.Span, problem);
            return null;
        }

        return text;
    }

    private bool? Boolean(JsonValue value, string key)
    {
        if (value is JsonBoolean b)
        {
            return b.Value;
        }

        Error(value.Span, "\"" + key + "\" must be true or false; found " + value.KindName);
        return null;
    }

    private double? Percentage(JsonValue value, string key)
    {
        if (value is JsonNumber n)
        {
            if (n.Value is >= 0 and <= 100)
            {
                return n.Value;
            }

            Error(value.Span, "\"" + key + "\" is a percentage and must be between 0 and 100");
            return null;
        }

        Error(value.Span, "\"" + key + "\" must be a number between 0 and 100; found " + value.KindName);
        return null;
    }

    private ImmutableArray<string> Strings(JsonValue value, string key, Func<string, string?>? validate)
        => LocatedStrings(value, key, validate).Select(v => v.Value).ToImmutableArray();

    /// <summary>The valid strings of an array, each with its place in the file (for SSOT0002 on one item).</summary>
    private ImmutableArray<ConfigValue> LocatedStrings(JsonValue value, string key, Func<string, string?>? validate)
    {
        if (Array(value, key) is not { } array)
        {
            return ImmutableArray<ConfigValue>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ConfigValue>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is not JsonString s)
            {
                Error(item.Span, "each item of \"" + key + "\" must be a string; found " + item.KindName);
            }
            else if (s.Value.Trim().Length == 0)
            {
                Error(item.Span, "items of \"" + key + "\" must not be empty");
            }
            else if (validate?.Invoke(s.Value) is { } problem)
            {
                Error(item.Span, problem);
            }
            else
            {
                builder.Add(new ConfigValue(s.Value, SpanOf(item.Span)));
            }
        }

        return builder.ToImmutable();
    }

    private static string? ValidateMetadataName(string name) => NameSyntax.CheckTypeName(name);

    private static string? ValidateNameGlob(string glob)
    {
        foreach (char c in glob)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '*' or '?'))
            {
                return NameSyntax.Quote(glob) + " is not a simple-name glob; use letters, digits, _, * and ? only (it matches a type's simple name, without namespace or generic arguments)";
            }
        }

        return null;
    }

    private static string? ValidateNamespaceGlob(string glob)
    {
        foreach (char c in glob)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '?'))
            {
                return NameSyntax.Quote(glob) + " is not a namespace glob; use letters, digits, _, ., * and ? only (for example \"MyApp.Providers.*\")";
            }
        }

        return null;
    }

    private static string? ValidatePathGlob(string glob)
        => glob.IndexOf(':') >= 0 || glob.StartsWith("/", StringComparison.Ordinal)
            ? NameSyntax.Quote(glob) + " must be a path relative to the folder of ssot.json, such as \"tests/**\""
            : null;

    private static string? ValidateSymbol(string symbol)
    {
        bool valid = symbol.Length > 0 && (char.IsLetter(symbol[0]) || symbol[0] == '_');
        foreach (char c in symbol)
        {
            valid &= char.IsLetterOrDigit(c) || c == '_';
        }

        return valid ? null : NameSyntax.Quote(symbol) + " is not a valid preprocessor symbol";
    }

    private static string? ValidateLegacyTarget(LegacyKind kind, string value) => kind switch
    {
        LegacyKind.Namespace => NameSyntax.CheckNamespace(value),
        LegacyKind.Type => NameSyntax.CheckTypeName(value),
        LegacyKind.Member => NameSyntax.CheckMemberId(value),
        _ => ValidatePathGlob(value),
    };

    /// <summary>A replacement is of the same kind as its entry; a member's may leave out its prefix. Paths take none.</summary>
    private static string? ValidateReplacement(LegacyKind kind, string value) => kind switch
    {
        LegacyKind.Namespace => NameSyntax.CheckNamespace(value),
        LegacyKind.Type => NameSyntax.CheckTypeName(value),
        LegacyKind.Member => NameSyntax.CheckMemberId(value.Length > 1 && value[1] == ':' ? value : "M:" + value),
        _ => null,
    };

    /// <summary>A concept whose one implementation is itself retired code points every duplicate at legacy code.</summary>
    private void ReportLegacyCanonicals(ImmutableArray<ConceptEntry> concepts, ImmutableArray<LegacyEntry> legacy)
    {
        foreach (var concept in concepts)
        {
            if (LegacyEntryCovering(concept.Canonical, legacy) is not { } entry)
            {
                continue;
            }

            int line = entry.Span.LineSpan.Start.Line + 1;
            string choice = entry.Replacement is null
                ? "choose the type that replaces it as canonical"
                : entry.Kind == LegacyKind.Type
                    ? "choose the replacement " + NameSyntax.Quote(entry.Replacement) + " as canonical"
                    : "choose the replacement in " + NameSyntax.Quote(entry.Replacement) + " as canonical";
            _errors.Add(new ConfigError(
                "the canonical type " + NameSyntax.Quote(concept.Canonical) + " of concept " + NameSyntax.Quote(concept.Name) + " is itself legacy (legacy entry at line "
                    + line.ToString(CultureInfo.InvariantCulture) + "); " + choice,
                concept.CanonicalSpan));
        }
    }

    /// <summary>The legacy type entry of the type or of a type it is nested in, else the legacy namespace entry around it.</summary>
    private static LegacyEntry? LegacyEntryCovering(string typeName, ImmutableArray<LegacyEntry> legacy)
    {
        int plus = typeName.IndexOf('+');
        string outermost = plus < 0 ? typeName : typeName.Substring(0, plus);
        int dot = outermost.LastIndexOf('.');
        string ns = dot < 0 ? string.Empty : outermost.Substring(0, dot);
        LegacyEntry? byNamespace = null;
        foreach (var entry in legacy)
        {
            if (entry.Kind == LegacyKind.Type
                && (typeName == entry.Target || typeName.StartsWith(entry.Target + "+", StringComparison.Ordinal)))
            {
                return entry;
            }

            if (entry.Kind == LegacyKind.Namespace && byNamespace is null && ns.Length > 0
                && (ns == entry.Target || ns.StartsWith(entry.Target + ".", StringComparison.Ordinal)))
            {
                byNamespace = entry;
            }
        }

        return byNamespace;
    }

    private void ReportDuplicateNames(IEnumerable<(string Name, ConfigSpan Span)> entries, string what)
    {
        var first = new Dictionary<string, ConfigSpan>(StringComparer.Ordinal);
        foreach (var (name, span) in entries)
        {
            if (first.TryGetValue(name, out var earlier))
            {
                int line = earlier.LineSpan.Start.Line + 1;
                _errors.Add(new ConfigError("the " + what + " name " + NameSyntax.Quote(name) + " is already used on line " + line.ToString(CultureInfo.InvariantCulture) + "; names must be unique", span));
            }
            else
            {
                first.Add(name, span);
            }
        }
    }

    /// <summary>Whether the key is written at all (a wrong value is reported once, not again as missing).</summary>
    private static bool Has(JsonObject obj, string key) => obj.Properties.Any(p => p.Name == key);

    private static string Describe(string? name) => name is null ? string.Empty : NameSyntax.Quote(name) + " ";

    /// <summary>The closest known key within two edits, to turn a typo into a fix.</summary>
    private static string? Suggest(string key, ImmutableArray<string> knownKeys)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (var candidate in knownKeys)
        {
            if (Math.Abs(key.Length - candidate.Length) >= bestDistance)
            {
                continue; // the lengths alone are too far apart (and a 100,000-character key costs nothing)
            }

            int distance = EditDistance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private void Error(TextSpan span, string message) => _errors.Add(new ConfigError(message, SpanOf(span)));

    private ConfigSpan SpanOf(TextSpan span)
    {
        var clamped = TextSpan.FromBounds(Math.Min(span.Start, _text.Length), Math.Min(span.End, _text.Length));
        return new ConfigSpan(clamped, _text.Lines.GetLinePositionSpan(clamped));
    }
}
