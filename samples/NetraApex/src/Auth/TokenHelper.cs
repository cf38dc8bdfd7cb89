namespace Netra.Backend.Auth;

/// <summary>
/// The original token helper. <c>Decode</c> is retired in favour of <see cref="Jwt.Decode"/>;
/// <see cref="StripBearer"/> is still the one place that parses the Authorization header.
/// </summary>
public static class TokenHelper
{
    public static TokenClaims Decode(string token) => Jwt.Decode(StripBearer(token));

    public static string StripBearer(string authorizationHeader)
    {
        const string prefix = "Bearer ";
        return authorizationHeader.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? authorizationHeader[prefix.Length..].Trim()
            : authorizationHeader.Trim();
    }
}
