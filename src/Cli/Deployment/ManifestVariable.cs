namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// One variable a manifest provides: its name as written (an environment variable such as <c>JWT_SECRET_KEY</c>, or a
/// configuration key such as <c>Jwt:SecretKey</c> from appsettings), the file and 1-based line and column where it is
/// written (for a docker-compose <c>env_file:</c>, the included file), and the scope inside the manifest that sets it
/// (<c>service api</c>, <c>Deployment/api container web</c>, <c>profile https</c>), or null for a flat file.
/// </summary>
internal sealed record ManifestVariable(string Name, string File, int Line, int Column, string? Scope)
{
    /// <summary>The name as a .NET configuration key (<c>Jwt__SecretKey</c> → <c>Jwt:SecretKey</c>).</summary>
    public string ConfigurationKey => ConfigurationKeys.ToConfigurationKey(Name);

    /// <summary>The name as an environment variable (<c>Jwt:SecretKey</c> → <c>Jwt__SecretKey</c>).</summary>
    public string EnvironmentVariableName => ConfigurationKeys.ToEnvironmentVariableName(Name);
}
