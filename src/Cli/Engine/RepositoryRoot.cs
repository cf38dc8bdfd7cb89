namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The folder that code scanning and pull-request annotations resolve paths against: the CI checkout
/// (<c>GITHUB_WORKSPACE</c>, Azure Pipelines' <c>BUILD_SOURCESDIRECTORY</c>) when it contains the solution, else the
/// nearest folder at or above the solution with a <c>.git</c> folder or file (a worktree or submodule has a file).
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The CI variables that name the checkout, in the order they are tried.</summary>
    public static IReadOnlyList<string> CheckoutVariables { get; } = ["GITHUB_WORKSPACE", "BUILD_SOURCESDIRECTORY"];

    /// <summary>The repository root of <paramref name="directory"/> (absolute), or null when it is in none.</summary>
    public static string? Find(string directory, Func<string, string?> environment)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        foreach (string variable in CheckoutVariables)
        {
            if (environment(variable) is { Length: > 0 } checkout && Contains(Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkout)), full))
            {
                return Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkout));
            }
        }

        for (var current = new DirectoryInfo(full); current is not null; current = current.Parent)
        {
            string git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(current.FullName);
            }
        }

        return null;
    }

    private static bool Contains(string ancestor, string path)
        => path.Equals(ancestor, PathComparison)
            || path.StartsWith(ancestor + Path.DirectorySeparatorChar, PathComparison)
            || (ancestor.EndsWith(Path.DirectorySeparatorChar) && path.StartsWith(ancestor, PathComparison));

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
