using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.TestKit;

/// <summary>An expected diagnostic: its ID and where it is reported.</summary>
public sealed record ExpectedDiagnostic(string Id, string Path, TextSpan Span);

/// <summary>
/// Test-source markup: <c>{|SSOT1001:Name|}</c> marks the span where a diagnostic with that ID is expected.
/// Markers may nest. The same markup works in C# sources and in ssot.json.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string path, string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"{path}: '{{|' at offset {i} has no ':' after the diagnostic ID");
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                i = colon + 1;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}')
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"{path}: '|}}' at offset {i} closes nothing");
                }

                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, path, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"{path}: a '{{|{open.Peek().Id}:' marker is never closed");
        }

        return (text.ToString(), expected);
    }
}
