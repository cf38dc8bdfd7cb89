using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.TestKit.Internal;

/// <summary>Prints sources with marker lines under the spans a failure is about.</summary>
internal static class SourceRenderer
{
    public static string Render(IReadOnlyDictionary<string, string> texts, IEnumerable<(string Path, TextSpan Span, string Label)> marks)
    {
        var builder = new StringBuilder();
        foreach (var group in marks.GroupBy(m => m.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!texts.TryGetValue(group.Key, out string? text))
            {
                builder.AppendLine($"--- {group.Key} (not a test input)");
                foreach (var mark in group)
                {
                    builder.AppendLine($"    {mark.Label} at {mark.Span}");
                }

                continue;
            }

            var source = SourceText.From(text);
            builder.AppendLine($"--- {group.Key}");
            var byLine = group.ToLookup(m => source.Lines.GetLinePosition(m.Span.Start).Line);
            foreach (var line in source.Lines)
            {
                builder.Append($"{line.LineNumber + 1,4} | ").AppendLine(line.ToString());
                foreach (var mark in byLine[line.LineNumber])
                {
                    int column = mark.Span.Start - line.Start;
                    int width = Math.Max(1, Math.Min(mark.Span.Length, line.End - mark.Span.Start));
                    builder.Append("     | ").Append(' ', column).Append('^', width).Append(' ').AppendLine(mark.Label);
                }
            }
        }

        return builder.ToString();
    }
}
