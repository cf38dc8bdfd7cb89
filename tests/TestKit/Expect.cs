using Microsoft.CodeAnalysis;

namespace Netra.Ssot.TestKit;

/// <summary>
/// The severity and message of one expected diagnostic. A test passes one per <c>{|ID:span|}</c> marker to
/// <c>RunAsync</c>, in the order of the markers by file, then position (start, end, ID).
/// </summary>
public sealed record Expect(DiagnosticSeverity Severity, string Message)
{
    public static Expect Error(string message) => new(DiagnosticSeverity.Error, message);

    public static Expect Warning(string message) => new(DiagnosticSeverity.Warning, message);

    public static Expect Info(string message) => new(DiagnosticSeverity.Info, message);

    public static Expect Hidden(string message) => new(DiagnosticSeverity.Hidden, message);

    /// <summary>This expectation as C# a test can paste: <c>Expect.Warning("...")</c>.</summary>
    public override string ToString() => $"Expect.{Severity}({Literal(Message)})";

    private static string Literal(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
