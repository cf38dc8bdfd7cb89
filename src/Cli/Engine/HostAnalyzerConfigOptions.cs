using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// A project's analyzer config options with global build properties that ssot-check sets as the host, over the
/// project's own: the analyzers then read what ssot-check decided (for example <c>build_property.SsotConfigFile</c>,
/// the configuration file it read, whatever its name, and <c>build_property.SsotHost = ssot-check</c>, the host mode)
/// exactly as they read what a build passes them.
/// </summary>
internal sealed class HostAnalyzerConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptionsProvider _project;

    public HostAnalyzerConfigOptions(AnalyzerConfigOptionsProvider project, ImmutableDictionary<string, string> hostGlobals)
    {
        _project = project;
        GlobalOptions = new Overlay(hostGlobals, project.GlobalOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _project.GetOptions(tree);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _project.GetOptions(textFile);

    private sealed class Overlay(ImmutableDictionary<string, string> host, AnalyzerConfigOptions project) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => host.Keys.Union(project.Keys, KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            => host.TryGetValue(key, out value) || project.TryGetValue(key, out value);
    }
}
