using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// The hand-written C# files on disk of projects that could not be analyzed, so the coverage counts what the
/// score does not stand on. A project's files are the <c>*.cs</c> under its folder, without build output
/// (<c>bin</c>, <c>obj</c>), hidden folders, folders of other projects, generated files and <c>exclude</c> matches.
/// </summary>
internal static class SourceCensus
{
    private static readonly EnumerationOptions TopLevel = new() { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint };

    /// <returns>Paths relative to <paramref name="rootDirectory"/>, as reports show them.</returns>
    public static IReadOnlySet<string> FilesOf(IEnumerable<string> projectFiles, SsotConfigFile? config, string rootDirectory)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (string project in projectFiles)
        {
            if (Path.GetDirectoryName(project) is { } folder && Directory.Exists(folder))
            {
                Collect(folder, isProjectFolder: true, config, rootDirectory, files);
            }
        }

        return files;
    }

    private static void Collect(string folder, bool isProjectFolder, SsotConfigFile? config, string rootDirectory, HashSet<string> files)
    {
        try
        {
            if (!isProjectFolder && Directory.EnumerateFiles(folder, "*.csproj", TopLevel).Any())
            {
                return; // another project's folder: its files are that project's
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*.cs", TopLevel))
            {
                if (!GeneratedFiles.IsGenerated(file) && !SourceFileKind.Of(config, file, isTestProject: false).IsExcluded)
                {
                    files.Add(ReportPaths.Relative(rootDirectory, file));
                }
            }

            foreach (string child in Directory.EnumerateDirectories(folder, "*", TopLevel))
            {
                string name = Path.GetFileName(child);
                if (name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
                {
                    Collect(child, isProjectFolder: false, config, rootDirectory, files);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be read adds nothing; the project is already named as not analyzed.
        }
    }
}
