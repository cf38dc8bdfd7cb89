using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Config;

/// <summary>An ssot.json at a path: the parsed configuration plus everything that depends on where it lives.</summary>
public sealed class SsotConfigFile
{
    public SsotConfigFile(string path, SsotConfigParseResult parse)
    {
        Path = PathUtilities.Normalize(path);
        RootDirectory = PathUtilities.GetDirectory(Path) ?? string.Empty;
        Config = parse.Config;
        Errors = parse.Errors;
    }

    /// <summary>
    /// No ssot.json: an empty configuration as if it were in <paramref name="directory"/>, so the rules that need no
    /// configuration still run (docs/config.md: every section is optional; without a file the configuration-free rules run).
    /// </summary>
    public static SsotConfigFile Absent(string directory)
        => new(PathUtilities.Normalize(directory).TrimEnd('/') + "/" + SsotConfigParser.FileName, new SsotConfigParseResult(SsotConfig.Empty, ImmutableArray<ConfigError>.Empty));

    /// <summary>The full path of the file, with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>The folder of the file: globs and report paths are relative to it.</summary>
    public string RootDirectory { get; }

    public SsotConfig Config { get; }

    public ImmutableArray<ConfigError> Errors { get; }

    public Location LocationOf(ConfigSpan span) => span.ToLocation(Path);

    /// <summary>The path relative to the folder of ssot.json, <c>/</c>-separated.</summary>
    public string RelativePath(string path) => PathUtilities.MakeRelative(RootDirectory, path);

    public bool IsExcluded(string relativePath) => MatchesAny(Config.Exclude, relativePath);

    public bool IsDeclaredTestPath(string relativePath) => MatchesAny(Config.Tests, relativePath);

    private static bool MatchesAny(ImmutableArray<PathGlob> globs, string relativePath)
    {
        foreach (var glob in globs)
        {
            if (glob.IsMatch(relativePath))
            {
                return true;
            }
        }

        return false;
    }
}
