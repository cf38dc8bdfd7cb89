using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Loading;

internal enum InputKind
{
    Solution,
    Project,
    ProjectFolder,
}

/// <summary>What the user asked to check: a solution, a project, or a folder of projects; <c>Projects</c> are the ones to score.</summary>
internal sealed record ResolvedInput(InputKind Kind, string Path, string RootDirectory, IReadOnlyList<string> Projects);

/// <summary>Turns the &lt;path&gt; argument into a solution or projects, with a clear error otherwise.</summary>
internal static class InputResolver
{
    private static readonly string[] SolutionExtensions = { ".slnx", ".sln" };
    private static readonly string[] ProjectExtensions = { ".csproj" };

    public static ResolvedInput Resolve(string? path, string currentDirectory)
    {
        string full = Path.GetFullPath(path ?? ".", currentDirectory);
        if (File.Exists(full))
        {
            string extension = Path.GetExtension(full);
            if (SolutionExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return new ResolvedInput(InputKind.Solution, full, Path.GetDirectoryName(full)!, ReadSolution(full, path));
            }

            if (string.Equals(extension, SolutionFilter.Extension, StringComparison.OrdinalIgnoreCase))
            {
                // MSBuildWorkspace opens the filter itself (the solution with only the filter's projects); the score
                // counts those projects, and paths and ssot.json are found from the solution's folder.
                var (solution, filtered) = ReadFilter(full, path!);
                return new ResolvedInput(InputKind.Solution, full, Path.GetDirectoryName(solution)!, filtered);
            }

            if (ProjectExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return new ResolvedInput(InputKind.Project, full, Path.GetDirectoryName(full)!, new[] { full });
            }

            throw new SsotCheckException(CheckFailure.InvalidInput, $"'{path}' is not a solution (.sln, .slnx), solution filter (.slnf) or C# project (.csproj).");
        }

        if (!Directory.Exists(full))
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"'{path ?? "."}' does not exist. Pass a solution (.sln, .slnx), a project (.csproj) or a folder that contains one.");
        }

        var solutions = SolutionExtensions
            .SelectMany(e => Directory.EnumerateFiles(full, "*" + e))
            .Where(f => SolutionExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (solutions.Count > 0)
        {
            // The same solution in both formats (Name.sln and Name.slnx) is one solution: prefer .slnx.
            var stems = solutions.Select(Path.GetFileNameWithoutExtension).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (stems.Count > 1)
            {
                throw new SsotCheckException(
                    CheckFailure.InvalidInput,
                    $"'{path}' contains several solutions ({string.Join(", ", solutions.Select(Path.GetFileName))}); pass the one to check.");
            }

            string chosen = solutions.FirstOrDefault(s => s.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)) ?? solutions[0];
            return new ResolvedInput(InputKind.Solution, chosen, full, ReadSolution(chosen, chosen));
        }

        var projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(full, p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        return projects.Count switch
        {
            0 => throw new SsotCheckException(CheckFailure.InvalidInput, $"'{path ?? "."}' contains no solution (.sln, .slnx) and no C# project (.csproj)."),
            1 => new ResolvedInput(InputKind.Project, projects[0], full, projects),
            _ => new ResolvedInput(InputKind.ProjectFolder, full, full, projects),
        };
    }

    private static IReadOnlyList<string> ReadSolution(string full, string? display)
    {
        try
        {
            return SolutionFile.ReadProjectPaths(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"Cannot read the solution '{display}': {e.Message}");
        }
    }

    private static (string Solution, IReadOnlyList<string> Projects) ReadFilter(string full, string display)
    {
        try
        {
            return SolutionFilter.Read(full, display);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"Cannot read the solution filter '{display}': {e.Message}");
        }
    }

    private static bool IsBuildOutput(string root, string path)
    {
        var segments = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return segments.Any(s => s is "bin" or "obj" or "node_modules" || s.StartsWith('.'));
    }
}
