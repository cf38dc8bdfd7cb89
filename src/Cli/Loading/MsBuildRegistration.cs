using Microsoft.Build.Locator;
using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// Registers the .NET SDK's MSBuild before any MSBuild or MSBuildWorkspace type loads. The SDK folder also
/// provides Microsoft.VisualStudio.SolutionPersistence, which MSBuildWorkspace needs for .slnx.
/// </summary>
internal static class MsBuildRegistration
{
    private static readonly object Gate = new();
    private static VisualStudioInstance? _instance;

    /// <summary>The registered SDK; the first call registers it.</summary>
    public static VisualStudioInstance EnsureRegistered()
    {
        lock (Gate)
        {
            if (_instance is not null)
            {
                return _instance;
            }

            var instances = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).ToList();
            if (instances.Count == 0)
            {
                throw new SsotCheckException(
                    CheckFailure.LoadFailed,
                    "No .NET SDK with MSBuild was found. Install the .NET SDK (the one in global.json, if the repository has one) and make sure 'dotnet' is on PATH.");
            }

            _instance = instances[0];
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterInstance(_instance);
            }

            return _instance;
        }
    }

    /// <summary>The dotnet executable of the registered SDK.</summary>
    public static string DotnetExecutable(VisualStudioInstance instance)
    {
        // MSBuildPath is <dotnet root>/sdk/<version>/
        var root = Directory.GetParent(instance.MSBuildPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))?.Parent;
        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string candidate = root is null ? name : Path.Combine(root.FullName, name);
        return File.Exists(candidate) ? candidate : name;
    }
}
