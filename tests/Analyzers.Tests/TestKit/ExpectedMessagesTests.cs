using Microsoft.CodeAnalysis;
using Netra.Ssot.Rules.Legacy;
using Netra.Ssot.TestKit;
using Xunit.Sdk;

namespace Netra.Ssot.Analyzers.Tests.TestKit;

/// <summary>The kit requires a severity and a message for every marked diagnostic and prints the actual ones to paste.</summary>
public sealed class ExpectedMessagesTests
{
    private const string Message = "'using Old;' imports legacy namespace 'Old'; remove it";

    private static AnalyzerTest Test() => new(new LegacyUsingAnalyzer())
    {
        Config = """{ "legacy": [{ "namespace": "Old" }] }""",
        Sources =
        {
            ("src/Old.cs", "namespace Old { public sealed class X { } }"),
            ("src/Use.cs", "using {|SSOT3002:Old|};\nnamespace App; public sealed class Use { }"),
        },
    };

    [Fact]
    public async Task The_right_severity_and_message_pass()
        => await Test().RunAsync(Expect.Warning(Message));

    [Fact]
    public async Task A_marker_without_an_expectation_fails_and_prints_the_actual_list()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Test().RunAsync());

        Assert.Equal(
            string.Join(Environment.NewLine,
                "The severities and messages of the 1 marked diagnostic(s) differ from the 0 expected (one per marker, in marker order).",
                "  #1 (SSOT3002 at /repo/src/Use.cs: (0,6)-(0,9)):",
                "    expected (none)",
                $"    actual   Expect.Warning(\"{Message}\")",
                "Actual was:",
                ".RunAsync(",
                $"    Expect.Warning(\"{Message}\"))"),
            failure.Message);
    }

    [Fact]
    public async Task A_wrong_severity_or_message_fails()
    {
        var severity = await Assert.ThrowsAsync<XunitException>(() => Test().RunAsync(Expect.Error(Message)));
        var message = await Assert.ThrowsAsync<XunitException>(() => Test().RunAsync(Expect.Warning(Message + ".")));
        var extra = await Assert.ThrowsAsync<XunitException>(() => Test().RunAsync(Expect.Warning(Message), Expect.Warning(Message)));

        Assert.Contains($"    expected Expect.Error(\"{Message}\"){Environment.NewLine}    actual   Expect.Warning(\"{Message}\")", severity.Message, StringComparison.Ordinal);
        Assert.Contains($"    expected Expect.Warning(\"{Message}.\"){Environment.NewLine}    actual   Expect.Warning(\"{Message}\")", message.Message, StringComparison.Ordinal);
        Assert.Contains($"  #2 (no diagnostic):{Environment.NewLine}    expected Expect.Warning(\"{Message}\"){Environment.NewLine}    actual   (none)", extra.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectation_prints_as_csharp_with_escapes()
        => Assert.Equal("Expect.Info(\"a \\\"b\\\" c\\\\d\\n\")", new Expect(DiagnosticSeverity.Info, "a \"b\" c\\d\n").ToString());
}
