using System.Text.RegularExpressions;

namespace Netra.Ssot.Cli.Tests;

/// <summary>The planted violations table of samples/NetraApex/EXPECTED.md: rule, file, line.</summary>
internal static partial class ExpectedViolations
{
    public static IReadOnlyList<(string Rule, string File, int Line)> Read()
        => File.ReadAllLines(Path.Combine(Repository.Sample, "EXPECTED.md"))
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["rule"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value)))
            .ToList();

    public static IReadOnlyList<(string Rule, string File, int Line)> For(string rule) => Read().Where(r => r.Rule == rule).ToList();

    [GeneratedRegex(@"^\|\s*(?<rule>SSOT\d{4})\s*\|\s*(?<file>[^|\s]+)\s*\|\s*(?<line>\d+)\s*\|")]
    private static partial Regex Row();
}
