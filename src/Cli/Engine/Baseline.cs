using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// Known violations, so that only new ones fail the gate ("zero new violations" on each change) while the score
/// still counts everything. Mission-critical violations are never written to a baseline and never match one.
/// </summary>
internal static class Baseline
{
    private const int FormatVersion = 1;

    public static ImmutableArray<BaselineEntry> Read(string path, string displayPath)
    {
        if (Directory.Exists(path))
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"{displayPath}: the baseline is a directory, not a file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"{displayPath}: the baseline cannot be read: {e.Message}");
        }

        return Parse(text, displayPath);
    }

    /// <summary>The entries of a baseline's text; a text that is not a baseline is a located error.</summary>
    public static ImmutableArray<BaselineEntry> Parse(string text, string displayPath)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("violations", out var violations) || violations.ValueKind != JsonValueKind.Array)
            {
                throw new SsotCheckException(CheckFailure.InvalidInput, $"{displayPath}:1:1: not a baseline: expected an object with a \"violations\" array (write one with --update-baseline)");
            }

            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var item in violations.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && item.TryGetProperty("fingerprint", out var fingerprint) && fingerprint.ValueKind == JsonValueKind.String)
                {
                    entries.Add(new BaselineEntry(
                        id.GetString()!,
                        item.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String ? file.GetString()! : string.Empty,
                        fingerprint.GetString()!,
                        item.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString()! : string.Empty));
                }
            }

            return entries.ToImmutable();
        }
        catch (JsonException e)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"{displayPath}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: the baseline is not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>The baseline text for these findings: their violations, mission-critical ones left out.</summary>
    public static string Write(IEnumerable<Finding> findings, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("tool", "ssot-check " + toolVersion);
            json.WriteString("note", "Known SSOT violations: only violations not listed here fail the gate. Mission-critical violations are never listed. Regenerate with --update-baseline.");
            json.WriteStartArray("violations");
            foreach (var finding in findings.Where(Baselinable).OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("file", finding.File);
                json.WriteString("fingerprint", finding.Fingerprint);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static BaselineComparison Compare(string path, ImmutableArray<Finding> findings, ImmutableArray<BaselineEntry> entries)
    {
        var unmatched = entries.GroupBy(e => (e.Id, e.Fingerprint)).ToDictionary(g => g.Key, g => g.Count());
        var newOnes = ImmutableArray.CreateBuilder<Finding>();
        var known = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings.Where(f => f.IsViolation))
        {
            var key = (finding.Id, finding.Fingerprint);
            if (Baselinable(finding) && unmatched.TryGetValue(key, out int left) && left > 0)
            {
                unmatched[key] = left - 1;
                known.Add(finding);
            }
            else
            {
                newOnes.Add(finding);
            }
        }

        // A held-back finding is not a violation, but its entry is not stale either: the environment hides whether
        // it was fixed, so it keeps its entry until a run that can judge it.
        foreach (var finding in findings.Where(f => f.HeldBack is not null))
        {
            var key = (finding.Id, finding.Fingerprint);
            if (unmatched.TryGetValue(key, out int left) && left > 0)
            {
                unmatched[key] = left - 1;
            }
        }

        // Whatever no finding used up is stale: the violation was fixed (or changed beyond recognition).
        var stale = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var entry in entries)
        {
            var key = (entry.Id, entry.Fingerprint);
            if (unmatched[key] > 0)
            {
                unmatched[key]--;
                stale.Add(entry);
            }
        }

        return new BaselineComparison(path, newOnes.ToImmutable(), known.ToImmutable(), stale.ToImmutable());
    }

    private static bool Baselinable(Finding finding) => finding.IsViolation && !finding.MissionCritical;
}
