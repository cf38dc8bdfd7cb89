using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The compilations of <c>ssot-check</c> skip the compiler's nullable flow analysis (<c>NullableWalker</c>): the CLI
/// reports no compiler warnings (only errors count, and nullable analysis reports none) and no SSOT rule reads flow
/// state, so the walker's work (about 8% of a cold run's samples) was thrown away. Declared nullable annotations
/// (<c>string?</c> in a signature) are unchanged. Roslyn reads the switch from the parse options' feature
/// <c>run-nullable-analysis</c> (<c>never</c>), which every syntax tree of a compilation carries.
/// </summary>
internal static class NullableFlowAnalysis
{
    public const string Feature = "run-nullable-analysis";

    /// <summary>The solution with the feature set to <c>never</c> in every C# project's parse options.</summary>
    public static Solution Skipped(Solution solution)
    {
        foreach (var project in solution.Projects)
        {
            if (project.ParseOptions is CSharpParseOptions options && !(options.Features.TryGetValue(Feature, out string? value) && value == "never"))
            {
                var features = options.Features.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                features[Feature] = "never";
                solution = solution.WithProjectParseOptions(project.Id, options.WithFeatures(features));
            }
        }

        return solution;
    }
}
