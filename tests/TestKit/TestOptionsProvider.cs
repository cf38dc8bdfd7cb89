using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Netra.Ssot.TestKit;

/// <summary>Analyzer config options for tests: global build properties (such as IsTestProject).</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions EmptyOptions = new(ImmutableDictionary<string, string>.Empty);

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions)
        => GlobalOptions = new DictionaryOptions(globalOptions.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase));

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
