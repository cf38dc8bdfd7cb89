using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Stable identities for findings: a violation keeps its fingerprint when lines are inserted above it or elsewhere,
/// and changes when its own line, message, file or rule changes. Identical findings in one file are told apart by
/// their order (the n-th occurrence), so two equal lines are two entries.
/// </summary>
internal static class Fingerprints
{
    /// <param name="findings">Findings in report order, each with the trimmed text of its first line.</param>
    public static ImmutableArray<Finding> Assign(ImmutableArray<(Finding Finding, string LineText)> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<Finding>(findings.Length);
        foreach (var (finding, lineText) in findings)
        {
            string identity = string.Join("\u001f", finding.Id, finding.File, lineText, finding.Message);
            int occurrence = seen.TryGetValue(identity, out int count) ? count + 1 : 1;
            seen[identity] = occurrence;
            builder.Add(finding with { Fingerprint = Hash(identity + "\u001f" + occurrence) });
        }

        return builder.MoveToImmutable();
    }

    private static string Hash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
}
