using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Netra.Ssot.Catalog;

namespace Netra.Ssot.Engine;

/// <summary>
/// Creates rule diagnostics the same way for every rule, and is the one place that decides whether a diagnostic is
/// mission-critical: it is when the ssot.json entry it enforces says <c>"missionCritical": true</c> (the diagnostic is
/// then raised to error) or when the rule itself is mission-critical in <see cref="RuleCatalog"/> (SSOT0001; its
/// severity stays the rule's). The decision travels as the <see cref="DiagnosticProperties.MissionCritical"/>
/// property, which hosts read through <see cref="IsMissionCritical"/> only.
/// </summary>
public static class SsotDiagnostic
{
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        bool missionCritical,
        string? entry,
        IEnumerable<Location>? additionalLocations,
        params object?[] messageArgs)
        => CreateWith(descriptor, location, missionCritical, entry, additionalLocations, ImmutableDictionary<string, string?>.Empty, messageArgs);

    /// <summary>As <see cref="Create"/>, with more properties for a code fix.</summary>
    public static Diagnostic CreateWith(
        DiagnosticDescriptor descriptor,
        Location location,
        bool missionCritical,
        string? entry,
        IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?> properties,
        params object?[] messageArgs)
    {
        if (missionCritical || descriptor.CustomTags.Contains(RuleInfo.MissionCriticalTag))
        {
            properties = properties.Add(DiagnosticProperties.MissionCritical, "true");
        }

        if (entry is not null)
        {
            properties = properties.Add(DiagnosticProperties.Entry, entry);
        }

        return Diagnostic.Create(
            descriptor,
            location,
            missionCritical ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
            additionalLocations,
            properties,
            messageArgs);
    }

    /// <summary>Whether the diagnostic counts in the mission score (it was created mission-critical by this class).</summary>
    public static bool IsMissionCritical(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticProperties.MissionCritical, out string? flag) && flag == "true";

    /// <summary>
    /// A location a diagnostic of <paramref name="compilation"/> may carry: source locations of other
    /// compilations (another project of the solution) become file locations with the same line span.
    /// </summary>
    public static Location? Portable(Location location, Compilation compilation)
    {
        if (!location.IsInSource)
        {
            return null;
        }

        var tree = location.SourceTree!;
        return compilation.ContainsSyntaxTree(tree)
            ? location
            : Location.Create(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
