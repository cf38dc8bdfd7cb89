using System.Collections.Immutable;
using Netra.Ssot.Cli.Deployment;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// <c>ssot-check env</c>: reads the manifests first (a bad one fails in a second, not after the load), loads and
/// compiles the solution as a check does, collects every configuration read and builds the inventory. Returns data;
/// throws <see cref="SsotCheckException"/> for a bad manifest or config (invalid input) and a failed load.
/// </summary>
internal static class SsotEnv
{
    public static async Task<EnvironmentInventory> RunAsync(EnvOptions options, string currentDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var input = InputResolver.Resolve(options.Path, currentDirectory);
        var config = LoadConfig(options, input, currentDirectory);
        var manifests = ReadManifests(options.Manifests, input.RootDirectory, currentDirectory);

        var (loaded, issues) = await SsotCheck.OpenAsync(input, options.Restore, options.Properties, currentDirectory, progress, cancellationToken);
        using var _ = loaded;
        var configFile = config ?? SsotConfigFile.Absent(input.RootDirectory);
        var compiled = await ProjectCompiler.CompileAsync(loaded.Solution, input.Projects.ToList(), configFile, input.RootDirectory, issues, progress, cancellationToken, loaded.Facts);
        if (compiled.Variants.Count == 0)
        {
            throw new SsotCheckException(CheckFailure.LoadFailed, "No project could be compiled." + SsotCheck.List(compiled.Issues));
        }

        progress?.Report("Collecting configuration reads");
        var reads = ConfigurationReadCollector.Collect(compiled, input.RootDirectory, cancellationToken);
        var (variables, unread) = InventoryBuilder.Build(configFile.Config.Configuration.Variables, reads.Constant, manifests);
        return new EnvironmentInventory(
            SsotCheck.Display(input.Path, currentDirectory),
            input.RootDirectory,
            config is null ? null : ReportPaths.Relative(input.RootDirectory, config.Path),
            variables,
            reads.Dynamic,
            unread,
            manifests.Select(m => Checked(m.Path, m.Manifest, input.RootDirectory)).ToImmutableArray(),
            compiled.Issues.Distinct().ToImmutableArray());
    }

    /// <summary>Each manifest read, with its report path; the first that cannot be read stops the run with its located error.</summary>
    private static List<(string Path, DeploymentManifest Manifest)> ReadManifests(IReadOnlyList<string> paths, string root, string currentDirectory)
    {
        var manifests = new List<(string, DeploymentManifest)>();
        foreach (string path in paths)
        {
            var result = ManifestReader.Read(Path.GetFullPath(path, currentDirectory));
            if (!result.Succeeded)
            {
                var error = result.Error with { File = SsotCheck.Display(result.Error.File, currentDirectory) };
                throw new SsotCheckException(CheckFailure.InvalidInput, error.Format(), locatedLines: true);
            }

            manifests.Add((ReportPaths.Relative(root, result.Manifest.Path), result.Manifest));
        }

        return manifests;
    }

    private static CheckedManifest Checked(string path, DeploymentManifest manifest, string root)
        => new(
            path,
            manifest.Kind,
            manifest.Variables.Length,
            manifest.UnknownSources
                .Select(s => new ManifestSourceNote(s.Description, ReportPaths.Relative(root, s.File), s.Line, s.Scope))
                .ToImmutableArray());

    private static SsotConfigFile? LoadConfig(EnvOptions options, ResolvedInput input, string currentDirectory)
    {
        string? path = options.ConfigPath is null
            ? ConfigLocator.FindUpward(input.RootDirectory)
            : Path.GetFullPath(options.ConfigPath, currentDirectory);
        return path is null ? null : ConfigLocator.Load(path, SsotCheck.Display(path, currentDirectory)).File;
    }
}
