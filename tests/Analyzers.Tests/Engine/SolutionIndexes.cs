using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>Builds the solution index ssot-check would pass, from other projects' sources, for analyzer tests.</summary>
internal static class SolutionIndexes
{
    /// <param name="config">The ssot.json text (without markup) the projects share.</param>
    /// <param name="resolvable">Configured type names that resolve in some project (the CLI computes these).</param>
    public static SolutionIndexText Build(string config, IEnumerable<Project> projects, params string[] resolvable)
        => Build(config, projects, Array.Empty<string>(), resolvable);

    /// <param name="files">The full paths of the solution's analyzed files (the CLI lists every scored file).</param>
    public static SolutionIndexText Build(string config, IEnumerable<Project> projects, IEnumerable<string> files, params string[] resolvable)
    {
        var configFile = new SsotConfigFile(AnalyzerTest.FullPath("ssot.json"), SsotConfigParser.Parse(SourceText.From(config)));
        var types = new List<DeclaredType>();
        foreach (var project in projects)
        {
            var compilation = AnalyzerTest.CompileProject(project.Assembly, project.Sources);
            var context = SsotCompilationContext.Create(configFile, project.IsTest);
            types.AddRange(DeclaredTypes.All(compilation, context, _ => true, CancellationToken.None));
        }

        return new SolutionIndexText(AnalyzerTest.FullPath("obj/" + SolutionIndexText.FileName), new SolutionIndex(types, resolvable, files));
    }

    public sealed record Project(string Assembly, bool IsTest, params (string Path, string Source)[] Sources);
}
