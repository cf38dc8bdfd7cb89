using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Netra.Ssot.TestKit.Internal;

/// <summary>
/// Compares the severity and message of the diagnostics at the markers with the test's <see cref="Expect"/> list, one
/// per marker in marker order; on a difference it prints the actual list as C# to paste into the test.
/// </summary>
internal static class MessageComparer
{
    /// <summary>Markers and the diagnostics at them, ordered alike: file, start, end, ID (then message).</summary>
    public static void AssertSame(IReadOnlyList<Diagnostic> atMarkers, IReadOnlyList<Expect> expected)
    {
        var actual = atMarkers
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(d => (Diagnostic: d, Expect: new Expect(d.Severity, d.GetMessage(CultureInfo.InvariantCulture))))
            .ToList();
        if (actual.Select(a => a.Expect).SequenceEqual(expected))
        {
            return;
        }

        var lines = new List<string>
        {
            $"The severities and messages of the {actual.Count} marked diagnostic(s) differ from the {expected.Count} expected (one per marker, in marker order).",
        };
        for (int i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            string got = i < actual.Count ? actual[i].Expect.ToString() : "(none)";
            string want = i < expected.Count ? expected[i].ToString() : "(none)";
            if (got != want)
            {
                string where = i < actual.Count ? $"{actual[i].Diagnostic.Id} at {actual[i].Diagnostic.Location.GetLineSpan()}" : "no diagnostic";
                lines.Add($"  #{i + 1} ({where}):");
                lines.Add($"    expected {want}");
                lines.Add($"    actual   {got}");
            }
        }

        lines.Add("Actual was:");
        lines.Add(".RunAsync(");
        lines.Add(string.Join("," + Environment.NewLine, actual.Select(a => "    " + a.Expect)) + ")");
        throw new XunitException(string.Join(Environment.NewLine, lines));
    }
}
