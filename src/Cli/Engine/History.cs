using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The score history the HTML report draws as a trend: a JSON-lines file that every run with <c>--history</c>
/// appends to. Lines that are not a record (not JSON, or JSON of another shape such as <c>[1,2]</c> or
/// <c>{"time": 5}</c>) are left in the file and skipped, so a hand-edited or truncated file never stops a run.
/// </summary>
internal static class History
{
    /// <summary>The runs recorded in the file's text (lines it cannot read are skipped) followed by this one.</summary>
    public static ImmutableArray<HistoryPoint> WithCurrent(string existing, ScoreReport score, int violations, DateTimeOffset now, bool missionOnly = false)
    {
        var points = ImmutableArray.CreateBuilder<HistoryPoint>();
        foreach (string line in existing.Split('\n'))
        {
            if (TryRead(line) is { } point)
            {
                points.Add(point);
            }
        }

        points.Add(new HistoryPoint(now, score.Overall.Percent, score.Production.Percent, score.Test.Percent, score.Mission.Percent, violations, missionOnly));
        return points.ToImmutable();
    }

    /// <summary>
    /// The file's text with the run appended as a last line: a last line without its newline gets one first instead of
    /// being glued to the new record. The command layer writes it through a temporary file.
    /// </summary>
    public static string Appended(string existing, HistoryPoint current)
    {
        string separator = existing.Length == 0 || existing.EndsWith('\n') ? string.Empty : "\n";
        return existing + separator + Write(current) + "\n";
    }

    private static string Write(HistoryPoint point)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("time", point.Time.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            WriteNumber(json, "overall", point.Overall);
            WriteNumber(json, "production", point.Production);
            WriteNumber(json, "test", point.Test);
            WriteNumber(json, "mission", point.Mission);
            json.WriteNumber("violations", point.Violations);
            json.WriteBoolean("missionOnly", point.MissionOnly);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The record on this line, or null when the line is not one (not JSON, not an object, no string "time").</summary>
    private static HistoryPoint? TryRead(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("time", out var time)
                || time.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return null;
            }

            return new HistoryPoint(when, Number(root, "overall"), Number(root, "production"), Number(root, "test"), Number(root, "mission"),
                root.TryGetProperty("violations", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int count) ? count : 0,
                root.TryGetProperty("missionOnly", out var m) && m.ValueKind == JsonValueKind.True);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double? Number(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
