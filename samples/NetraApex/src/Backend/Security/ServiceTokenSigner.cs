using System.Globalization;
using System.Security.Cryptography;
using Netra.Infrastructure.Configuration;

namespace Netra.Backend.Security;

/// <summary>Signs service-to-service calls (backend to auth service) with the shared service secret.</summary>
public sealed class ServiceTokenSigner(TimeProvider time)
{
    public ServiceTokenSigner() : this(TimeProvider.System)
    {
    }

    /// <summary>Returns <c>service:unixSeconds:signature</c> for the X-Service-Token header.</summary>
    public string CreateToken(string serviceName)
    {
        var secret = Environment.GetEnvironmentVariable("SERVICE_SECRET")
            ?? throw new MissingConfigurationException("SERVICE_SECRET");

        var issuedAt = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var material = Encoding.UTF8.GetBytes($"{serviceName}:{issuedAt}");
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), material));
        return $"{serviceName}:{issuedAt}:{signature}";
    }
}
