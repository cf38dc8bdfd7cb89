using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Netra.Ssot.Config.Parsing;

/// <summary>Checks that need more than one entry or section: unique names, a canonical type that is itself legacy.</summary>
internal static class CrossSectionChecks
{
    /// <summary>A concept whose one implementation is itself retired code points every duplicate at legacy code.</summary>
    public static void ReportLegacyCanonicals(ConfigReader reader, ImmutableArray<ConceptEntry> concepts, ImmutableArray<LegacyEntry> legacy)
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
            reader.Error(
                concept.CanonicalSpan,
                "the canonical type " + NameSyntax.Quote(concept.Canonical) + " of concept " + NameSyntax.Quote(concept.Name) + " is itself legacy (legacy entry at line "
                    + line.ToString(CultureInfo.InvariantCulture) + "); " + choice);
        }
    }

    public static void ReportDuplicateNames(ConfigReader reader, IEnumerable<(string Name, ConfigSpan Span)> entries, string what)
    {
        var first = new Dictionary<string, ConfigSpan>(StringComparer.Ordinal);
        foreach (var (name, span) in entries)
        {
            if (first.TryGetValue(name, out var earlier))
            {
                int line = earlier.LineSpan.Start.Line + 1;
                reader.Error(span, "the " + what + " name " + NameSyntax.Quote(name) + " is already used on line " + line.ToString(CultureInfo.InvariantCulture) + "; names must be unique");
            }
            else
            {
                first.Add(name, span);
            }
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
}
