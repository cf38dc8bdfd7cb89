using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// The projects a solution lists. MSBuildWorkspace also loads projects that are only referenced (an analyzer
/// project referenced with ReferenceOutputAssembly=false, a shared tool outside the solution); those are needed
/// to compile but are not what the user asked to score.
/// </summary>
internal partial class SolutionFile
{
    public static IReadOnlyList<string> ReadProjectPaths(string solutionPath)
    {
        string directory = Path.GetDirectoryName(solutionPath)!;
        IEnumerable<string> relative = solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
            ? XDocument.Load(solutionPath).Descendants().Where(e => e.Name.LocalName == "Project").Select(e => (string?)e.Attribute("Path")).OfType<string>()
            : ProjectLine().Matches(File.ReadAllText(solutionPath)).Select(m => m.Groups["path"].Value);
        return relative
            .Where(p => p.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    [GeneratedRegex("^Project\\(\"\\{[^}]+\\}\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"(?<path>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
