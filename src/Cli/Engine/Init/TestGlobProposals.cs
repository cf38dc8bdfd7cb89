using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// Proposes <c>tests</c> globs: a folder named <c>test</c> or <c>tests</c> that holds test projects (so their files
/// stay test code even when a test framework is not restored and detection fails, and shared test helpers in
/// it count as test code too), and a test-named project outside such a folder that is not detected as one.
/// </summary>
internal static class TestGlobProposals
{
    private static readonly string[] TestFolders = { "test", "tests" };

    private static readonly string[] TestProjectSuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".FunctionalTests", ".Specs", "Tests" };

    /// <param name="projects">The solution's project files.</param>
    /// <param name="detected">Whether each compiled project file was detected as a test project.</param>
    public static ImmutableArray<ProposedValue> Propose(string rootDirectory, IEnumerable<string> projects, IReadOnlyDictionary<string, bool> detected)
    {
        var byFolder = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var loose = new List<(string Glob, string Why)>();
        foreach (string project in projects)
        {
            string relative = ReportPaths.Relative(rootDirectory, project);
            string[] segments = relative.Split('/');
            int folder = Array.FindIndex(segments, 0, segments.Length - 1, s => TestFolders.Contains(s, StringComparer.OrdinalIgnoreCase));
            string name = Path.GetFileNameWithoutExtension(project);
            if (folder >= 0)
            {
                string glob = string.Join("/", segments.Take(folder + 1)) + "/**";
                if (!byFolder.TryGetValue(glob, out var list))
                {
                    byFolder[glob] = list = new List<string>();
                }

                list.Add(project);
            }
            else if (TestProjectSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) && segments.Length > 1
                && detected.TryGetValue(project, out bool isTest) && !isTest)
            {
                loose.Add((string.Join("/", segments.Take(segments.Length - 1)) + "/**", $"project {name} is named like a test project but was not detected as one (no test framework reference found)"));
            }
        }

        var proposals = ImmutableArray.CreateBuilder<ProposedValue>();
        foreach (var (glob, members) in byFolder)
        {
            int tests = members.Count(p => detected.TryGetValue(p, out bool isTest) && isTest);
            bool testNamed = members.Any(p => TestProjectSuffixes.Any(s => Path.GetFileNameWithoutExtension(p).EndsWith(s, StringComparison.Ordinal)));
            if (tests == 0 && !testNamed)
            {
                continue;
            }

            var notDetected = members.Where(p => !(detected.TryGetValue(p, out bool isTest) && isTest)).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
            string why = $"{members.Count} project(s) under {glob[..^3]}/, {tests} detected as test projects";
            why += notDetected.Count == 0
                ? "; the glob keeps them test code even where a test framework is not restored"
                : $"; without the glob {string.Join(", ", notDetected.Take(3))}{(notDetected.Count > 3 ? $" and {notDetected.Count - 3} more" : string.Empty)} would count as production code";
            proposals.Add(new ProposedValue(glob, why));
        }

        foreach (var (glob, why) in loose.DistinctBy(l => l.Glob).OrderBy(l => l.Glob, StringComparer.Ordinal))
        {
            proposals.Add(new ProposedValue(glob, why));
        }

        return proposals.ToImmutable();
    }
}
