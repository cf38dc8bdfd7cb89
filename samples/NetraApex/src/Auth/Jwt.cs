using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Netra.Backend.Auth;

/// <summary>Compact JWT (HS256) encoding and decoding. The replacement for the retired <c>TokenHelper.Decode</c>.</summary>
public static class Jwt
{
    private const string Header = """{"alg":"HS256","typ":"JWT"}""";

    /// <summary>Reads the claims of a token without checking its signature (see <see cref="TokenValidator"/>).</summary>
    public static TokenClaims Decode(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw new FormatException("A JWT has three dot-separated parts.");
        }

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var root = payload.RootElement;

        var subject = root.TryGetProperty("sub", out var sub) ? sub.GetString() : null;
        if (string.IsNullOrEmpty(subject))
        {
            throw new FormatException("The token has no 'sub' claim.");
        }

        DateTimeOffset? expiresAt = root.TryGetProperty("exp", out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64())
            : null;

        var roles = root.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(role => role.GetString() ?? string.Empty).ToArray()
            : [];

        return new TokenClaims(subject, expiresAt, roles);
    }

    /// <summary>Creates a signed HS256 token.</summary>
    public static string Sign(TokenClaims claims, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var payload = new Dictionary<string, object>
        {
            ["sub"] = claims.Subject,
            ["roles"] = claims.Roles,
        };
        if (claims.ExpiresAt is { } expiresAt)
        {
            payload["exp"] = expiresAt.ToUnixTimeSeconds();
        }

        var unsigned = $"{Encode(Encoding.UTF8.GetBytes(Header))}.{Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        return $"{unsigned}.{Encode(ComputeSignature(unsigned, secret))}";
    }

    internal static byte[] ComputeSignature(string unsignedToken, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(unsignedToken));

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
