using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Engine;

/// <summary>One run in the history file: when, and the four scores.</summary>
public sealed record HistoryPoint(DateTimeOffset Time, double? Overall, double? Production, double? Test, double? Mission, int Violations);

/// <summary>
/// The score history the HTML report draws as a trend: a JSON-lines file that every run with <c>--history</c>
/// appends to. Lines it cannot read are skipped, so a hand-edited or truncated file never stops a run.
/// </summary>
public static class History
{
    public static ImmutableArray<HistoryPoint> Append(string path, ScoreReport score, int violations, DateTimeOffset now)
    {
        var points = ImmutableArray.CreateBuilder<HistoryPoint>();
        if (File.Exists(path))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (TryRead(line) is { } point)
                {
                    points.Add(point);
                }
            }
        }

        var current = new HistoryPoint(now, score.Overall.Percent, score.Production.Percent, score.Test.Percent, score.Mission.Percent, violations);
        points.Add(current);
        File.AppendAllText(path, Write(current) + "\n");
        return points.ToImmutable();
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
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static HistoryPoint? TryRead(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (!root.TryGetProperty("time", out var time) || !DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return null;
            }

            return new HistoryPoint(when, Number(root, "overall"), Number(root, "production"), Number(root, "test"), Number(root, "mission"),
                root.TryGetProperty("violations", out var v) && v.TryGetInt32(out int count) ? count : 0);
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
