using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Projects are identified by their file path; the name shown for one is its file name when that is unique among
/// the solution's projects, otherwise its path relative to the solution folder (src/App/App.csproj and
/// tools/App/App.csproj are two projects, never one row).
/// </summary>
internal static class ProjectNames
{
    /// <summary>The project's file name without extension, or its workspace name when it has no file.</summary>
    public static string Of(Project project)
        => project.FilePath is { } path ? Path.GetFileNameWithoutExtension(path) : project.Name;

    /// <summary>The identity of a project: its normalized full path, or its name when it has no file.</summary>
    public static string KeyOf(Project project)
        => project.FilePath is { } path ? PathUtilities.Normalize(path) : project.Name;

    /// <summary>A unique display name for each project of the solution and each requested project file, by <see cref="KeyOf"/>.</summary>
    public static IReadOnlyDictionary<string, string> Unique(Solution solution, IEnumerable<string> requestedProjects, string rootDirectory)
    {
        var keys = solution.Projects
            .Select(KeyOf)
            .Concat(requestedProjects.Select(PathUtilities.Normalize))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in keys.GroupBy(Stem, StringComparer.OrdinalIgnoreCase))
        {
            foreach (string key in family)
            {
                names[key] = family.Count() == 1 || !Path.IsPathRooted(key) ? family.Key : ReportPaths.Relative(rootDirectory, key);
            }
        }

        return names;
    }

    /// <summary>The display name of <paramref name="project"/> among <paramref name="names"/> (from <see cref="Unique"/>).</summary>
    public static string Display(IReadOnlyDictionary<string, string> names, Project project)
        => names.TryGetValue(KeyOf(project), out string? name) ? name : Of(project);

    /// <summary>The target framework of a multi-targeted project's variant, or null.</summary>
    public static string? TargetFramework(Project project)
    {
        int open = project.Name.LastIndexOf('(');
        return open > 0 && project.Name.EndsWith(')') ? project.Name.Substring(open + 1, project.Name.Length - open - 2) : null;
    }

    private static string Stem(string key) => Path.IsPathRooted(key) ? Path.GetFileNameWithoutExtension(key) : key;
}
