using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Loading;

/// <summary>A loaded solution with everything that went wrong while loading it.</summary>
internal sealed record LoadedSolution(Solution Solution, IReadOnlyList<LoadIssue> Issues) : IDisposable
{
    public Workspace? Workspace { get; init; }

    /// <summary>What MSBuild evaluation says about each requested project, by full path (<see cref="ProjectEvaluator"/>).</summary>
    public IReadOnlyDictionary<string, ProjectFacts> Facts { get; init; } = new Dictionary<string, ProjectFacts>();

    public void Dispose() => Workspace?.Dispose();

    /// <summary>
    /// Makes the workspace forget its current solution (an empty one takes its place), so that the loaded
    /// <see cref="Solution"/>, which keeps every compilation made from it (its source-generator cache), can be
    /// collected once the caller lets go of this object too; the workspace stays open until disposed.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // MSBuildWorkspace must not be JIT-loaded before MSBuild is registered.
    public void CloseSolution()
    {
        if (Workspace is MSBuildWorkspace msbuild)
        {
            msbuild.CloseSolution();
        }
    }
}

/// <summary>Opens a solution or projects with MSBuildWorkspace. Call <see cref="MsBuildRegistration"/> first.</summary>
internal static class SolutionLoader
{
    [MethodImpl(MethodImplOptions.NoInlining)] // MSBuildWorkspace must not be JIT-loaded before MSBuild is registered.
    public static async Task<LoadedSolution> LoadAsync(
        ResolvedInput input,
        IReadOnlyDictionary<string, string>? properties,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        // The properties and items the analyzers cannot see (IsTestProject, declared test frameworks, restore output),
        // evaluated in this process while MSBuildWorkspace's build host loads the projects in its own.
        var evaluation = Task.Run(
            () => ProjectEvaluator.Evaluate(
                input.Projects.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && File.Exists(p)),
                properties ?? new Dictionary<string, string>(),
                cancellationToken),
            cancellationToken);
        var workspace = MSBuildWorkspace.Create(new Dictionary<string, string>(properties ?? new Dictionary<string, string>()));
        var failures = new ConcurrentQueue<WorkspaceDiagnostic>();
        workspace.RegisterWorkspaceFailedHandler(e => failures.Enqueue(e.Diagnostic));
        var loadProgress = new Progress<ProjectLoadProgress>(p =>
        {
            if (p.Operation == ProjectLoadOperation.Resolve)
            {
                string target = p.TargetFramework is null ? string.Empty : $" ({p.TargetFramework})";
                progress?.Report($"Loaded {Path.GetFileNameWithoutExtension(p.FilePath)}{target}");
            }
        });

        Solution solution;
        try
        {
            if (input.Kind == InputKind.Solution)
            {
                solution = await workspace.OpenSolutionAsync(input.Path, progress: loadProgress, cancellationToken: cancellationToken);
            }
            else
            {
                foreach (string project in input.Projects)
                {
                    if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, project, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue; // already loaded as a reference of an earlier project
                    }

                    try
                    {
                        await workspace.OpenProjectAsync(project, progress: loadProgress, cancellationToken: cancellationToken);
                    }
                    catch (Exception e) when (e is InvalidOperationException or IOException)
                    {
                        failures.Enqueue(new WorkspaceDiagnostic(WorkspaceDiagnosticKind.Failure, $"Cannot open project '{project}': {e.Message}"));
                    }
                }

                solution = workspace.CurrentSolution;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            workspace.Dispose();
            throw new SsotCheckException(CheckFailure.LoadFailed, $"Cannot open '{input.Path}': {e.Message}");
        }
        catch (Exception e) when (IsSolutionFormatError(e))
        {
            // The solution parser (Microsoft.VisualStudio.SolutionPersistence, loaded from the SDK) rejects the file:
            // bad input, not a bug of ours.
            workspace.Dispose();
            throw new SsotCheckException(CheckFailure.InvalidInput, $"Cannot read the solution '{input.Path}': {e.Message}");
        }

        // MSBuildWorkspace calls some warnings failures (a NU1603 version substitution is "Msbuild failed when
        // processing the file"); a failure is an error only when its project did not load.
        var names = ProjectNames.Unique(solution, input.Projects, input.RootDirectory);
        var issues = failures
            .Select(f => new LoadIssue(
                f.Kind == WorkspaceDiagnosticKind.Failure && !LoadedProjectNamed(f.Message, solution) ? "error" : "warning",
                ProjectNamed(f.Message, solution, names),
                Clean(f.Message)))
            .Distinct()
            .ToList();
        return new LoadedSolution(solution, issues) { Workspace = workspace, Facts = await evaluation };
    }

    private static bool IsSolutionFormatError(Exception e)
        => e.GetType().FullName?.StartsWith("Microsoft.VisualStudio.SolutionPersistence.", StringComparison.Ordinal) == true;

    private static bool LoadedProjectNamed(string message, Solution solution)
        => solution.Projects.Any(p => p.FilePath is not null && p.DocumentIds.Count > 0 && message.Contains(p.FilePath, StringComparison.OrdinalIgnoreCase));

    private static string? ProjectNamed(string message, Solution solution, IReadOnlyDictionary<string, string> names)
    {
        foreach (var project in solution.Projects)
        {
            if (project.FilePath is not null && message.Contains(project.FilePath, StringComparison.OrdinalIgnoreCase))
            {
                return ProjectNames.Display(names, project);
            }
        }

        int start = message.IndexOf('\'');
        int end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        if (end > start && message.Substring(start + 1, end - start - 1) is var quoted && quoted.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return names.TryGetValue(Config.PathUtilities.Normalize(quoted), out string? name) ? name : Path.GetFileNameWithoutExtension(quoted);
        }

        return null;
    }

    private static string Clean(string message) => message.Replace("\r", string.Empty).Replace("\n", " ").Trim();
}
