using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netra.Ssot.Cli.Engine.Sharding;

/// <summary>The shard result as JSON: written by a shard run (the command layer writes the file), read by the merge.</summary>
internal static class ShardResultFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IgnoreReadOnlyProperties = true, // computed properties (Finding.IsViolation, ScoredFile.Analyzed)
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ShardResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Reads a shard result; a file that is not one (or of another layout) is a located error (exit 2).</summary>
    /// <param name="display">The path as the user wrote it, for messages.</param>
    public static ShardResult Read(string fullPath, string display)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"{display}: cannot read the shard result ({e.Message}).");
        }

        int format;
        try
        {
            using var document = JsonDocument.Parse(text);
            format = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("format", out var value)
                && value.TryGetInt32(out int number) ? number : 0;
        }
        catch (JsonException e)
        {
            throw Located(display, e);
        }

        if (format != ShardResult.CurrentFormat)
        {
            throw new SsotCheckException(
                CheckFailure.InvalidInput,
                $"{display}: not a shard result of this ssot-check (format {format}, expected {ShardResult.CurrentFormat}); write it with ssot-check --shard K/N --shard-output {display}.");
        }

        try
        {
            return JsonSerializer.Deserialize<ShardResult>(text, Options)
                ?? throw new SsotCheckException(CheckFailure.InvalidInput, $"{display}: the shard result is null.");
        }
        catch (JsonException e)
        {
            throw Located(display, e);
        }
    }

    private static SsotCheckException Located(string display, JsonException e)
        => new(
            CheckFailure.InvalidInput,
            e.LineNumber is { } line
                ? $"{display}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}: not a valid shard result: {e.Message.Split(" Path:")[0]}"
                : $"{display}: not a valid shard result: {e.Message}");
}
