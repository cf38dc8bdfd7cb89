using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Engine.Init;
using Netra.Ssot.Cli.Loading;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// <c>ssot-check init</c>: loads the solution like a check, collects its declarations and proposes <c>tests</c>
/// globs, <c>legacy</c> entries, concepts for the same-name families with evidence of copying, and <c>discovery</c>
/// entries for the families without (<see cref="StarterConfigBuilder"/>). Returns data; <see cref="Reporting.StarterConfigWriter"/> writes the file.
/// </summary>
internal static class SsotInit
{
    public static async Task<StarterConfig> RunAsync(
        string? path,
        bool restore,
        IReadOnlyDictionary<string, string> properties,
        string currentDirectory,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var input = InputResolver.Resolve(path, currentDirectory);
        var (loaded, issues) = await SsotCheck.OpenAsync(input, restore, properties, currentDirectory, progress, cancellationToken);
        using var _ = loaded;

        // No configuration yet: an empty one, so default discovery ignores apply and paths are relative to the root.
        var empty = new SsotConfigFile(Path.Combine(input.RootDirectory, SsotConfigParser.FileName), SsotConfigParser.Parse(SourceText.From("{}")));
        var compiled = await ProjectCompiler.CompileAsync(loaded.Solution, input.Projects.ToList(), empty, input.RootDirectory, issues, progress, cancellationToken, loaded.Facts);
        if (compiled.Variants.Count == 0)
        {
            throw new SsotCheckException(CheckFailure.LoadFailed, "No project could be compiled." + SsotCheck.List(compiled.Issues));
        }

        progress?.Report("Looking for same-name families");
        var declarations = ProjectCompiler.Declarations(compiled, empty, cancellationToken);
        var (tests, legacy, families) = StarterConfigBuilder.Build(declarations, compiled, input.Projects, input.RootDirectory, cancellationToken);
        return new StarterConfig(
            SsotCheck.Display(input.Path, currentDirectory),
            input.RootDirectory,
            families.Concepts,
            families.Families,
            families.IgnoreNames,
            tests,
            legacy,
            families.NotProposed,
            compiled.ProjectNames.Count,
            compiled.Files.Count,
            compiled.Issues.Distinct().ToImmutableArray());
    }
}
