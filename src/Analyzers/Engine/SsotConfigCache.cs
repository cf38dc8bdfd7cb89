using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine;

/// <summary>
/// Finds ssot.json among a compilation's additional files and parses it once per file text: Roslyn keeps the
/// parse for as long as the text lives, so every analyzer and every keystroke reuses it.
/// </summary>
public static class SsotConfigCache
{
    private static readonly SourceTextValueProvider<SsotConfigParseResult> Provider = new(SsotConfigParser.Parse);

    /// <summary>The nearest ssot.json of the additional files (the longest path wins), or null.</summary>
    public static AdditionalText? FindConfigFile(AnalyzerOptions options)
    {
        AdditionalText? best = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(PathUtilities.GetFileName(file.Path), SsotConfigParser.FileName, StringComparison.OrdinalIgnoreCase)
                && (best is null || file.Path.Length > best.Path.Length
                    || (file.Path.Length == best.Path.Length && string.CompareOrdinal(file.Path, best.Path) < 0)))
            {
                best = file;
            }
        }

        return best;
    }

    /// <summary>
    /// The parsed configuration of the compilation. Without an ssot.json it is an empty one at the project folder
    /// (<c>build_property.projectdir</c>), so configuration-free rules run; null when even that is unknown.
    /// </summary>
#pragma warning disable RS1012 // A helper called by start actions that do register actions; it only reads the context.
    public static SsotConfigFile? Load(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        var file = FindConfigFile(context.Options);
        var text = file?.GetText(context.CancellationToken);
        if (file is null || text is null)
        {
            return context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out string? projectDirectory)
                && !string.IsNullOrEmpty(projectDirectory)
                ? SsotConfigFile.Absent(projectDirectory)
                : null;
        }

        return context.TryGetValue(text, Provider, out var parse)
            ? new SsotConfigFile(file.Path, parse)
            : new SsotConfigFile(file.Path, SsotConfigParser.Parse(text));
    }
}
