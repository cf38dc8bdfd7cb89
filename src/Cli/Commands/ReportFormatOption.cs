using System.CommandLine;
using System.CommandLine.Parsing;
using System.ComponentModel;
using System.Reflection;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>--format</c>, built from <see cref="ReportFormat"/>: its accepted values, completions, help name and help
/// text are the enum's values (lower case; any case is accepted) and their descriptions, so a new format needs
/// no change here.
/// </summary>
internal static class ReportFormatOption
{
    /// <summary>Every format in declaration order.</summary>
    public static IReadOnlyList<ReportFormat> Formats { get; } = Enum.GetValues<ReportFormat>();

    public static Option<ReportFormat[]> Create()
    {
        var option = new Option<ReportFormat[]>("--format")
        {
            Description = "Report format: " + Describe() + ". Repeatable; pair each with an --output.",
            HelpName = string.Join("|", Formats.Select(Name)),
            AllowMultipleArgumentsPerToken = false,
            CustomParser = Parse,
        };
        option.CompletionSources.Add(Formats.Select(Name).ToArray());
        return option;
    }

    /// <summary>The name the command line and help use: the enum name in lower case.</summary>
    public static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format of that name in any case, or null. By name only: Enum.TryParse would also take "2" or "text,json".</summary>
    public static ReportFormat? Find(string name)
    {
        foreach (var format in Formats)
        {
            if (string.Equals(Name(format), name, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>"text, json, sarif (2.1.0), … or html (one self-contained page)".</summary>
    private static string Describe()
    {
        var parts = Formats.Select(f => Description(f) is { } description ? $"{Name(f)} ({description})" : Name(f)).ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1];
    }

    private static string? Description(ReportFormat format)
        => typeof(ReportFormat).GetField(format.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description;

    private static ReportFormat[] Parse(ArgumentResult result)
    {
        var formats = new List<ReportFormat>();
        foreach (var token in result.Tokens)
        {
            if (Find(token.Value) is { } format)
            {
                formats.Add(format);
            }
            else
            {
                result.AddError($"--format '{token.Value}' is not a report format; use one of: {string.Join(", ", Formats.Select(Name))}.");
            }
        }

        return formats.ToArray();
    }
}
