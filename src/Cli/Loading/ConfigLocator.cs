using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Loading;

/// <summary>Finds and reads ssot.json with the same parser the analyzers use.</summary>
public static class ConfigLocator
{
    /// <summary>The nearest ssot.json at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? FindUpward(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, SsotConfigParser.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads the file; an invalid file is a configuration error listing every mistake as path:line:col.</summary>
    public static (SsotConfigFile File, SourceText Text) Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            throw new SsotCheckException(ExitCodes.UsageOrConfigError, $"The configuration file '{displayPath}' does not exist.");
        }

        SourceText text;
        using (var stream = File.OpenRead(path))
        {
            text = SourceText.From(stream);
        }

        var parse = SsotConfigParser.Parse(text);
        if (parse.HasErrors)
        {
            throw new SsotCheckException(
                ExitCodes.UsageOrConfigError,
                string.Join(Environment.NewLine, parse.Errors.Select(e => e.Format(displayPath) + " [SSOT0001]"))
                    + Environment.NewLine + $"{displayPath} has {parse.Errors.Length} error(s); fix them and run again (see docs/config.md).",
                locatedLines: true);
        }

        return (new SsotConfigFile(path, parse), text);
    }
}
