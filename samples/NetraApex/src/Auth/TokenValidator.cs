using System.Buffers.Text;
using System.Security.Cryptography;
using Netra.Infrastructure.Configuration;

namespace Netra.Backend.Auth;

/// <summary>Checks the signature and expiry of access tokens issued by the auth service.</summary>
public sealed class TokenValidator(TimeProvider time)
{
    public TokenValidator() : this(TimeProvider.System)
    {
    }

    public bool TryValidate(string token, out TokenClaims? claims)
    {
        claims = null;
        var secret = Environment.GetEnvironmentVariable("JWT_SECRET_KEY");
        if (string.IsNullOrEmpty(secret))
        {
            throw new MissingConfigurationException("JWT_SECRET_KEY");
        }

        var lastDot = token.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        var expected = Jwt.ComputeSignature(token[..lastDot], secret);
        byte[] actual;
        try
        {
            actual = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return false;
        }

        var decoded = Jwt.Decode(token);
        if (decoded.IsExpired(time.GetUtcNow()))
        {
            return false;
        }

        claims = decoded;
        return true;
    }
}
