using Microsoft.CodeAnalysis;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Everything on disk a run's result depends on, read from the loaded solution after the run: the input file,
/// ssot.json, every project file with what its evaluation imported and its restore output, every source,
/// additional and analyzer-config (.editorconfig, .globalconfig) file, referenced assemblies and analyzers (source
/// generators) of the repository, the
/// files that would change the result by appearing (Directory.Build.*, .editorconfig, global.json, nuget.config
/// from each project folder up), and the C# files listed in each project folder.
/// </summary>
/// <remarks>
/// Not recorded, because something recorded already determines them: files of the SDK (the key has its version and
/// folder), of the NuGet package folder (a package version never changes content; project.assets.json names the
/// versions), and what the SDK generates under obj/ from the evaluated project (AssemblyInfo, GlobalUsings,
/// the generated .editorconfig; a fresh clone has none of them before the load).
/// </remarks>
internal static class CacheInputs
{
    /// <summary>Files whose appearance would change evaluation or analysis, looked for in each project folder and above.</summary>
    private static readonly string[] Probed =
    {
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Build.rsp",
        ".editorconfig", "global.json", "nuget.config", "NuGet.config", "NuGet.Config",
    };

    private static readonly string[] DerivedSuffixes = { ".AssemblyInfo.cs", ".AssemblyAttributes.cs", ".GlobalUsings.g.cs", ".GeneratedMSBuildEditorConfig.editorconfig" };

    public static (List<FileStamp> Files, List<FolderListing> Folders) Collect(
        Solution solution,
        IReadOnlyDictionary<string, ProjectFacts> facts,
        string inputPath,
        IReadOnlyList<string> requestedProjects,
        string? configPath,
        string sdkRoot,
        CancellationToken cancellationToken)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal) { inputPath };
        if (configPath is not null)
        {
            files.Add(configPath);
        }

        var projectFolders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string project in requestedProjects.Where(File.Exists))
        {
            files.Add(project);
            projectFolders.Add(Path.GetDirectoryName(project)!);
        }

        foreach (var fact in facts.Values)
        {
            files.UnionWith(fact.EvaluationInputs);
        }

        foreach (var project in solution.Projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (project.FilePath is { } projectFile)
            {
                files.Add(projectFile);
                projectFolders.Add(Path.GetDirectoryName(projectFile)!);
            }

            files.UnionWith(project.Documents.Select(d => d.FilePath).OfType<string>());
            files.UnionWith(project.AdditionalDocuments.Select(d => d.FilePath).OfType<string>());
            files.UnionWith(project.AnalyzerConfigDocuments.Select(d => d.FilePath).OfType<string>());
            files.UnionWith(project.MetadataReferences.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>());
            files.UnionWith(project.AnalyzerReferences.Select(r => r.FullPath).OfType<string>()); // source generators change the compilation
        }

        foreach (string folder in projectFolders)
        {
            for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
            {
                files.UnionWith(Probed.Select(name => Path.Combine(directory.FullName, name)));
            }
        }

        string packages = PackageFolder();
        var recorded = files
            .Where(f => Path.IsPathFullyQualified(f) && !IsUnder(f, sdkRoot) && !IsUnder(f, packages) && !IsDerived(f))
            .ToList();
        var stamps = new FileStamp[recorded.Count];
        Parallel.For(0, recorded.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => stamps[i] = FileStamp.Take(recorded[i]));

        // A compiled file outside every project folder (a linked file): its folder is listed too.
        var outside = files
            .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !IsDerived(f) && !projectFolders.Any(p => IsUnder(f, p)))
            .Select(f => Path.GetDirectoryName(f)!)
            .Where(d => !IsUnder(d, sdkRoot) && !IsUnder(d, packages))
            .Distinct(StringComparer.Ordinal);
        var folders = projectFolders.Select(f => FolderListing.Take(f, recursive: true))
            .Concat(outside.Order(StringComparer.Ordinal).Select(f => FolderListing.Take(f, recursive: false)))
            .ToList();
        return (stamps.ToList(), folders);
    }

    /// <summary>The NuGet global packages folder (NUGET_PACKAGES, else ~/.nuget/packages).</summary>
    private static string PackageFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A file the SDK writes under obj/ from the evaluated project, whose inputs are recorded.</summary>
    internal static bool IsDerived(string path)
        => path.Replace('\\', '/').Contains("/obj/", StringComparison.OrdinalIgnoreCase)
            && DerivedSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static bool IsUnder(string path, string folder)
    {
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }
}
