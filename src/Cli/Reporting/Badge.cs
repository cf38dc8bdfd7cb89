using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>What a badge says: the label, the score and its colour.</summary>
internal sealed record BadgeData(string Label, string Message, string Color, string ColorHex);

/// <summary>
/// The compliance badge: a shields.io "flat" style SVG (accessible title and aria-label) and the shields endpoint
/// JSON, of the overall score, or of the mission score under --mission-only. Red when the gate failed; otherwise
/// the colour follows the score on the shields scale: 100 brightgreen, from 95 green, 90 yellowgreen, 80 yellow,
/// 70 orange, below red.
/// </summary>
internal static class Badge
{
    public static BadgeData For(CheckReport report)
    {
        var score = report.MissionOnly ? report.Score.Mission : report.Score.Overall;
        string label = report.MissionOnly ? "SSOT mission" : "SSOT";
        if (score.Percent is not { } percent)
        {
            return new BadgeData(label, "no files", "lightgrey", "#9f9f9f");
        }

        // A failed gate is red whatever the number: the badge must not look healthy while CI fails.
        var (color, hex) = !report.Gate.Passed ? ("red", "#e05d44") : percent switch
        {
            >= 100.0 => ("brightgreen", "#4c1"),
            >= 95.0 => ("green", "#97ca00"),
            >= 90.0 => ("yellowgreen", "#a4a61d"),
            >= 80.0 => ("yellow", "#dfb317"),
            >= 70.0 => ("orange", "#fe7d37"),
            _ => ("red", "#e05d44"),
        };
        // A score that stands on part of the solution says so on the badge too.
        string coverage = report.Coverage.Files.IsComplete ? string.Empty : $" ({Score.Format(report.Coverage.Files.Percent)}% analyzed)";
        return new BadgeData(label, percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" + coverage, color, hex);
    }

    public static string EndpointJson(BadgeData badge)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("label", badge.Label);
            json.WriteString("message", badge.Message);
            json.WriteString("color", badge.Color);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Svg(BadgeData badge)
    {
        int labelWidth = TextWidth(badge.Label) + 10;
        int messageWidth = TextWidth(badge.Message) + 10;
        int width = labelWidth + messageWidth;
        string title = Xml.Escape(badge.Label + " compliance: " + badge.Message);
        string label = Xml.Escape(badge.Label);
        string message = Xml.Escape(badge.Message);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"20\" role=\"img\" aria-label=\"{title}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{title}</title>\n");
        svg.Append("  <linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <clipPath id=\"r\"><rect width=\"{width}\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>\n");
        svg.Append("  <g clip-path=\"url(#r)\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <rect width=\"{labelWidth}\" height=\"20\" fill=\"#555\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <rect x=\"{labelWidth}\" width=\"{messageWidth}\" height=\"20\" fill=\"{badge.ColorHex}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <rect width=\"{width}\" height=\"20\" fill=\"url(#s)\"/>\n");
        svg.Append("  </g>\n");
        svg.Append("  <g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">\n");
        AppendText(svg, label, labelWidth / 2.0);
        AppendText(svg, message, labelWidth + (messageWidth / 2.0));
        svg.Append("  </g>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendText(StringBuilder svg, string text, double center)
    {
        string x = center.ToString("0.#", CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\" aria-hidden=\"true\">{text}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"14\">{text}</text>\n");
    }

    /// <summary>Approximate width of 11px Verdana: narrow punctuation and digits, wide capitals.</summary>
    private static int TextWidth(string text)
    {
        double width = 0;
        foreach (char c in text)
        {
            width += c switch
            {
                '.' or ',' or ':' or ';' or 'i' or 'l' or '|' or '!' or '\'' => 3.8,
                ' ' => 3.9,
                'f' or 'j' or 't' or 'r' or 'I' => 4.6,
                'm' or 'w' or 'M' or 'W' or '%' => 10.5,
                >= 'A' and <= 'Z' => 7.8,
                _ => 7.0,
            };
        }

        return (int)Math.Ceiling(width);
    }
}

/// <summary>XML/HTML text and attribute escaping for the SVG and HTML reporters.</summary>
internal static class Xml
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                _ when char.IsControl(c) => string.Empty,
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
