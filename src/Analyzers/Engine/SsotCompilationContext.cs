using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine;

/// <summary>How a source file counts: test or production, and whether ssot.json excludes it.</summary>
public readonly struct SourceFileKind
{
    public SourceFileKind(string relativePath, bool isTest, bool isExcluded)
    {
        RelativePath = relativePath;
        IsTest = isTest;
        IsExcluded = isExcluded;
    }

    /// <summary>The path relative to the folder of ssot.json, <c>/</c>-separated.</summary>
    public string RelativePath { get; }

    public bool IsTest { get; }

    public bool IsExcluded { get; }

    /// <summary>
    /// The one classification rule, shared by the analyzers (rule scopes) and ssot-check (scoring): a file is a
    /// test file in a test project or under a <c>tests</c> glob; <c>exclude</c> globs take it out entirely.
    /// </summary>
    public static SourceFileKind Of(SsotConfigFile? config, string path, bool isTestProject)
    {
        if (config is null)
        {
            return new SourceFileKind(PathUtilities.Normalize(path), isTestProject, isExcluded: false);
        }

        string relative = config.RelativePath(path);
        return new SourceFileKind(relative, isTestProject || config.IsDeclaredTestPath(relative), config.IsExcluded(relative));
    }
}

/// <summary>
/// What every rule needs to know about one compilation, built once at compilation start: the configuration and
/// how each file is classified. Cheap to query from hot callbacks.
/// </summary>
public sealed class SsotCompilationContext
{
    private readonly ConcurrentDictionary<SyntaxTree, SourceFileKind> _files = new();
    private readonly System.Func<SyntaxTree, SourceFileKind> _classify;

    /// <summary>
    /// The global analyzer option (an MSBuild property, as a build passes it) that names the host running the
    /// analyzers: ssot-check sets it to <see cref="SsotCheckHost"/>. A build or the IDE does not set it.
    /// </summary>
    public const string HostProperty = "build_property.SsotHost";

    /// <summary>The value of <see cref="HostProperty"/> under ssot-check.</summary>
    public const string SsotCheckHost = "ssot-check";

    private SsotCompilationContext(SsotConfigFile configFile, bool isTestProject, bool isSsotCheck)
    {
        ConfigFile = configFile;
        IsTestProject = isTestProject;
        IsSsotCheck = isSsotCheck;
        _classify = Compute;
    }

    public SsotConfigFile ConfigFile { get; }

    public SsotConfig Config => ConfigFile.Config;

    public bool IsTestProject { get; }

    /// <summary>
    /// Whether ssot-check runs the analyzers (<see cref="HostProperty"/> is <see cref="SsotCheckHost"/>), for rules
    /// that only make sense over a whole solution run; whether a solution index was passed is a separate question
    /// (<see cref="Solution.SolutionIndex.Load"/>).
    /// </summary>
    public bool IsSsotCheck { get; }

    /// <summary>
    /// The context of the compilation. Without an ssot.json it holds an empty configuration at the project folder, so
    /// the rules that need no configuration still run; null only when even the project folder is unknown (no
    /// <c>build_property.projectdir</c>), and the rules then stay silent.
    /// </summary>
    public static SsotCompilationContext? TryCreate(CompilationStartAnalysisContext context)
    {
        var configFile = SsotConfigCache.Load(context);
        if (configFile is null)
        {
            return null;
        }

        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        bool isSsotCheck = globalOptions.TryGetValue(HostProperty, out string? host) && host == SsotCheckHost;
        return new SsotCompilationContext(configFile, TestProjectDetector.IsTestProject(context.Compilation, globalOptions), isSsotCheck);
    }

    /// <summary>A context for a host that runs without an analyzer driver (ssot-check's own solution passes).</summary>
    public static SsotCompilationContext Create(SsotConfigFile configFile, bool isTestProject) => new(configFile, isTestProject, isSsotCheck: true);

    public SourceFileKind Classify(SyntaxTree tree) => _files.GetOrAdd(tree, _classify);

    private SourceFileKind Compute(SyntaxTree tree) => SourceFileKind.Of(ConfigFile, tree.FilePath, IsTestProject);
}
