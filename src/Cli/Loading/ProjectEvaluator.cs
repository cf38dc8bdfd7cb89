using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Exceptions;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Evaluates project files in-process with the SDK's MSBuild (registered by <see cref="MsBuildRegistration"/>) to
/// read what MSBuildWorkspace does not expose: properties and items as declared, whether or not restore succeeded.
/// Evaluation runs no target, so it costs a fraction of the design-time build.
/// </summary>
internal static class ProjectEvaluator
{
    /// <summary>The facts of each project that evaluates, by full path; a project that does not evaluate is left out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // MSBuild types must not be JIT-loaded before MSBuild is registered.
    public static IReadOnlyDictionary<string, ProjectFacts> Evaluate(
        IEnumerable<string> projectPaths,
        IReadOnlyDictionary<string, string> properties,
        CancellationToken cancellationToken)
    {
        var facts = new Dictionary<string, ProjectFacts>(StringComparer.OrdinalIgnoreCase);
        using var collection = new ProjectCollection(new Dictionary<string, string>(properties));
        foreach (string path in projectPaths.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var project = collection.LoadProject(path);
                facts[path] = Read(project);
            }
            catch (Exception e) when (e is InvalidProjectFileException or IOException or UnauthorizedAccessException)
            {
                // MSBuildWorkspace names the same failure as a load issue; nothing more to learn here.
            }
        }

        collection.UnloadAllProjects();
        return facts;
    }

    private static ProjectFacts Read(Project project)
    {
        var packages = project.GetItems("PackageReference").Select(i => i.EvaluatedInclude).ToList();
        // Only a project that references packages can miss them: an SDK project without any compiles against the
        // SDK's targeting packs whether or not it was restored, so its missing assets file degrades nothing.
        bool restoresPackages = packages.Count > 0;
        string assets = project.GetPropertyValue("ProjectAssetsFile");
        if (assets.Length == 0)
        {
            assets = Path.Combine(project.GetPropertyValue("MSBuildProjectExtensionsPath"), "project.assets.json");
        }

        string restoreOutput = Path.GetFullPath(Path.Combine(project.GetPropertyValue("MSBuildProjectExtensionsPath"), "project.assets.json"), project.DirectoryPath);
        return new ProjectFacts(
            project.FullPath,
            string.Equals(project.GetPropertyValue("IsTestProject").Trim(), "true", StringComparison.OrdinalIgnoreCase),
            packages.FirstOrDefault(TestProjectDetector.IsTestFrameworkPackage),
            restoresPackages ? Path.GetFullPath(assets, project.DirectoryPath) : null,
            project.GetItems("ProjectReference")
                .Where(i => !string.Equals(i.GetMetadataValue("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
                .Select(i => Path.GetFullPath(i.EvaluatedInclude, project.DirectoryPath))
                .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList())
        {
            RestoreOutput = Path.GetFullPath(assets, project.DirectoryPath),
            EvaluationInputs = project.Imports
                .Select(i => i.ImportedProject.FullPath)
                .Append(restoreOutput)
                .Distinct(StringComparer.Ordinal)
                .ToList(),
        };
    }
}
