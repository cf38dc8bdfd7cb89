using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.CodeFixes.Common;

/// <summary>
/// What the code fixes read from ssot.json, computed once: the parse per text of the file (a light bulb on an unchanged
/// ssot.json reuses it, an edit gives a new text and so a new parse) and the canonical-type table per parse and
/// compilation. Weak keys: an entry lives only as long as the text or compilation the IDE still holds.
/// </summary>
public static class CodeFixConfigCache
{
    private static readonly ConditionalWeakTable<SourceText, SsotConfigParseResult> Parses = new();
    private static readonly ConditionalWeakTable<SsotConfig, ConditionalWeakTable<Compilation, Dictionary<string, CanonicalType>>> Tables = new();

    /// <summary>The parse of this text of ssot.json: the same instance for the same text.</summary>
    public static SsotConfigParseResult Parse(SourceText text) => Parses.GetValue(text, SsotConfigParser.Parse);

    /// <summary>The configuration the analyzers of the project read (the same choice of file), or null without one.</summary>
    public static SsotConfig? Load(Project project, CancellationToken cancellationToken)
        => SsotConfigCache.FindConfigFile(project.AnalyzerOptions)?.GetText(cancellationToken) is { } text ? Parse(text).Config : null;

    /// <summary>The canonical types of <paramref name="config"/> in <paramref name="compilation"/>: the same instance for the same pair.</summary>
    public static IReadOnlyDictionary<string, CanonicalType> CanonicalTypesOf(SsotConfig config, Compilation compilation)
        => Tables.GetValue(config, _ => new ConditionalWeakTable<Compilation, Dictionary<string, CanonicalType>>())
            .GetValue(compilation, c => CanonicalTypes.Build(config, c));
}
