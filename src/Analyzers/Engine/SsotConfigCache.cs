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

    /// <summary>
    /// The MSBuild property that names the configuration file under any name (the package makes it visible to the
    /// analyzers; ssot-check sets it to the file it read). <c>none</c> means: run without a configuration.
    /// </summary>
    public const string ConfigFileProperty = "build_property.SsotConfigFile";

    /// <summary>
    /// The configuration among the additional files: the one <see cref="ConfigFileProperty"/> names, whatever its
    /// file name; without that property, the nearest <c>ssot.json</c> (the longest path wins). Null when there is none,
    /// when the property says <c>none</c>, or when the file it names is not an additional file.
    /// </summary>
    public static AdditionalText? FindConfigFile(AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ConfigFileProperty, out string? chosen)
            && !string.IsNullOrWhiteSpace(chosen))
        {
            return FindChosen(options, chosen.Trim());
        }

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

    private static AdditionalText? FindChosen(AnalyzerOptions options, string chosen)
    {
        if (string.Equals(chosen, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A relative value (dotnet build -p:SsotConfigFile=ci-ssot.json: a global property the package's targets
        // cannot make absolute) is relative to the project folder, as MSBuild resolves the additional file.
        string wanted = PathUtilities.Normalize(chosen);
        if (!PathUtilities.IsRooted(wanted)
            && options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out string? projectDirectory)
            && !string.IsNullOrEmpty(projectDirectory))
        {
            wanted = PathUtilities.Resolve(projectDirectory!, wanted);
        }

        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(PathUtilities.Normalize(file.Path), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
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
