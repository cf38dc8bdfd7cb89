using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Netra.Ssot.TestKit.Internal;

/// <summary>Compares expected and actual diagnostics by ID, file and exact span.</summary>
internal static class DiagnosticComparer
{
    public static void AssertSame(
        IReadOnlyList<ExpectedDiagnostic> expected,
        IReadOnlyList<ExpectedDiagnostic> actual,
        IReadOnlyDictionary<string, string> texts,
        ImmutableArray<Diagnostic> diagnostics)
    {
        var missing = Subtract(expected, actual);
        var unexpected = Subtract(actual, expected);
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return;
        }

        var marks = missing.Select(m => (m.Path, m.Span, $"expected {m.Id}, not reported"))
            .Concat(unexpected.Select(u => (u.Path, u.Span, $"reported {u.Id}, not expected")));
        throw new XunitException(
            $"Diagnostics differ from the markup: {missing.Count} missing, {unexpected.Count} unexpected." + Environment.NewLine
            + SourceRenderer.Render(texts, marks) + Environment.NewLine
            + "All reported:" + Environment.NewLine
            + string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d)));
    }

    private static List<ExpectedDiagnostic> Subtract(IReadOnlyList<ExpectedDiagnostic> from, IReadOnlyList<ExpectedDiagnostic> remove)
    {
        var remaining = from.ToList();
        foreach (var item in remove)
        {
            remaining.Remove(item);
        }

        return remaining;
    }
}
