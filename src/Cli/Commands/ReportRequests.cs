using System.CommandLine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// Turns <c>--format</c>, <c>--output</c> and <c>--report format=file</c> into the reports of one run. <c>--format</c>
/// and <c>--output</c> pair by position; without any <c>--format</c> each <c>--output</c> takes the format of its
/// extension (<see cref="FromExtension"/>); <c>--report</c> names both at once, so order cannot mix them up. A file
/// <c>-</c> is standard output, and at most one report may go there. No option at all: the text report on
/// standard output.
/// </summary>
internal static class ReportRequests
{
    /// <summary>The file name that means standard output.</summary>
    public const string StandardOutput = "-";

    public static Option<string[]> CreateReportOption() => new("--report")
    {
        Description = "A report and its file in one: format=file, e.g. --report sarif=ssot.sarif (repeatable; file '-' is standard output).",
        HelpName = "format=file",
    };

    /// <summary>The reports to write, or the <c>error: ...</c> lines that make the command line unusable.</summary>
    public static (IReadOnlyList<ReportRequest> Requests, IReadOnlyList<string> Errors) Resolve(
        IReadOnlyList<ReportFormat> formats, IReadOnlyList<string> outputs, IReadOnlyList<string> reports)
    {
        var requests = new List<ReportRequest>();
        var errors = new List<string>();
        if (formats.Count == 0)
        {
            foreach (string output in outputs)
            {
                if (FromExtension(output) is { } format)
                {
                    requests.Add(new ReportRequest(format, FileOrNull(output)));
                }
                else
                {
                    errors.Add($"error: --output '{output}' does not say its format by its extension ({Extensions}); add --format before it, or use --report <format>={output}.");
                }
            }
        }
        else if (outputs.Count > formats.Count)
        {
            errors.Add("error: each --output needs its own --format (e.g. --format json --output report.json), or an extension that names it.");
        }
        else
        {
            requests.AddRange(formats.Select((f, i) => new ReportRequest(f, i < outputs.Count ? FileOrNull(outputs[i]) : null)));
        }

        foreach (string report in reports)
        {
            int equals = report.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? report : report[..equals];
            if (equals <= 0 || equals == report.Length - 1)
            {
                errors.Add($"error: --report '{report}' is not format=file (e.g. --report sarif=ssot.sarif).");
            }
            else if (ReportFormatOption.Find(name) is { } format)
            {
                requests.Add(new ReportRequest(format, FileOrNull(report[(equals + 1)..])));
            }
            else
            {
                errors.Add($"error: --report '{report}': '{name}' is not a report format; use one of: {string.Join(", ", ReportFormatOption.Formats.Select(ReportFormatOption.Name))}.");
            }
        }

        if (requests.Count == 0 && errors.Count == 0)
        {
            requests.Add(new ReportRequest(ReportFormat.Text, null));
        }

        var toStandardOutput = requests.Where(r => r.OutputPath is null).Select(r => ReportFormatOption.Name(r.Format)).ToList();
        if (toStandardOutput.Count > 1)
        {
            errors.Add($"error: {toStandardOutput.Count} reports would go to standard output ({string.Join(", ", toStandardOutput)}); give all but one a file (--output <file>, or --report <format>=<file>).");
        }

        return (requests, errors);
    }

    /// <summary>The format a report file's extension names, or null: <c>.txt</c>, <c>.json</c>, <c>.sarif</c>, <c>.md</c>, <c>.html</c>.</summary>
    public static ReportFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => ReportFormat.Text,
        ".json" => ReportFormat.Json,
        ".sarif" => ReportFormat.Sarif,
        ".md" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    private const string Extensions = ".txt, .json, .sarif, .md, .html";

    private static string? FileOrNull(string path) => path == StandardOutput ? null : path;
}
