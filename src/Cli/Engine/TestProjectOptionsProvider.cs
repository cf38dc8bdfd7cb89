using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// A project's analyzer options with <c>build_property.IsTestProject = true</c> added, for a project that MSBuild
/// evaluation shows is a test project. The package makes the property visible to analyzers in a build
/// (CompilerVisibleProperty), but ssot-check loads projects that do not use the package, and a test project whose
/// framework was not restored has no test-framework assembly either; without this its test files would count as
/// production.
/// </summary>
public sealed class TestProjectOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptionsProvider _inner;

    public TestProjectOptionsProvider(AnalyzerConfigOptionsProvider inner)
    {
        _inner = inner;
        GlobalOptions = new TestProjectGlobalOptions(inner.GlobalOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _inner.GetOptions(tree);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);

    private sealed class TestProjectGlobalOptions(AnalyzerConfigOptions inner) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys
            => inner.Keys.Append(TestProjectDetector.IsTestProjectProperty).Distinct(KeyComparer);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            if (KeyComparer.Equals(key, TestProjectDetector.IsTestProjectProperty))
            {
                value = "true";
                return true;
            }

            return inner.TryGetValue(key, out value);
        }
    }
}
