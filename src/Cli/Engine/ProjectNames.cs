using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Engine;

public static class ProjectNames
{
    /// <summary>The project's name without the target framework MSBuildWorkspace appends ("A(net10.0)" → "A").</summary>
    public static string Of(Project project)
        => project.FilePath is { } path ? Path.GetFileNameWithoutExtension(path) : project.Name;

    /// <summary>The target framework of a multi-targeted project's variant, or null.</summary>
    public static string? TargetFramework(Project project)
    {
        int open = project.Name.LastIndexOf('(');
        return open > 0 && project.Name.EndsWith(')') ? project.Name.Substring(open + 1, project.Name.Length - open - 2) : null;
    }
}
