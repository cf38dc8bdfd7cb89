using System.ComponentModel;

namespace Netra.Ssot.Cli.Model;

/// <summary>
/// The report formats, in the order help lists them. The <c>--format</c> option's accepted values (the names in
/// lower case, any case accepted) and its help (each name with its <see cref="DescriptionAttribute"/>) come from
/// this enum, and <c>Reporters.For</c> maps each value in an exhaustive switch: a new format is one value here
/// and one reporter in <c>Reporting/</c>.
/// </summary>
internal enum ReportFormat
{
    Text,
    Json,
    [Description("2.1.0")]
    Sarif,
    [Description("a PR comment")]
    Markdown,
    [Description("workflow annotations")]
    Github,
    [Description("one self-contained page")]
    Html,
}
