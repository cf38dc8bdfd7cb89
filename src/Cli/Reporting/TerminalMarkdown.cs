using System.Text.RegularExpressions;

namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// A documentation page as a terminal shows it: the Markdown as written, with every relative link
/// (<c>[index](../architecture.md#the-solution-index)</c>, <c>[SSOT1001](SSOT1001.md)</c>) made a full URL of the
/// published docs, since a terminal can open a URL but not a path inside a repository it does not have.
/// </summary>
internal static partial class TerminalMarkdown
{
    public static string WithAbsoluteLinks(string markdown, Uri pageUri)
        => RelativeLink().Replace(markdown, match => $"]({new Uri(pageUri, match.Groups["target"].Value).AbsoluteUri})");

    /// <summary><c>](target)</c> where target has no scheme (not <c>https:</c>, <c>mailto:</c>).</summary>
    [GeneratedRegex(@"\]\((?<target>(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
