using Netra.Infrastructure.Configuration;

namespace Netra.Backend.Config;

/// <summary>
/// The single accessor for the service's required settings. Nothing else reads the environment:
/// a missing variable is reported here, at start-up, with every other missing one.
/// </summary>
public sealed record AppConfig(string ServiceSecret, string JwtSecretKey, Uri AuthServiceUrl)
{
    public static AppConfig FromEnvironment() => Create(
        serviceSecret: Environment.GetEnvironmentVariable("SERVICE_SECRET"),
        jwtSecretKey: Environment.GetEnvironmentVariable("JWT_SECRET_KEY"),
        authServiceUrl: Environment.GetEnvironmentVariable("AUTH_SERVICE_URL"));

    public static AppConfig Create(string? serviceSecret, string? jwtSecretKey, string? authServiceUrl)
    {
        var settings = new RequiredSettings();
        var config = new AppConfig(
            settings.Require("SERVICE_SECRET", serviceSecret),
            settings.Require("JWT_SECRET_KEY", jwtSecretKey),
            settings.RequireUri("AUTH_SERVICE_URL", authServiceUrl));
        settings.ThrowIfAnyMissing();
        return config;
    }

    /// <summary>Keeps secrets out of logs.</summary>
    public override string ToString() => $"AppConfig {{ AuthServiceUrl = {AuthServiceUrl} }}";
}
