namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// How .NET configuration names one value two ways: the configuration key <c>Jwt:SecretKey</c> and the environment
/// variable <c>Jwt__SecretKey</c> (the environment-variables provider turns <c>__</c> into <c>:</c>). Keys compare
/// case-insensitively, as <c>IConfiguration</c> does.
/// </summary>
internal static class ConfigurationKeys
{
    public const string KeyDelimiter = ":";
    public const string EnvironmentDelimiter = "__";

    /// <summary>Compares names by their configuration-key form, ignoring case.</summary>
    public static readonly StringComparer Comparer = new KeyComparer();

    /// <summary><c>Jwt__SecretKey</c> → <c>Jwt:SecretKey</c>; a name without <c>__</c> is returned as is.</summary>
    public static string ToConfigurationKey(string name) =>
        name.Replace(EnvironmentDelimiter, KeyDelimiter, StringComparison.Ordinal);

    /// <summary><c>Jwt:SecretKey</c> → <c>Jwt__SecretKey</c>; a name without <c>:</c> is returned as is.</summary>
    public static string ToEnvironmentVariableName(string key) =>
        key.Replace(KeyDelimiter, EnvironmentDelimiter, StringComparison.Ordinal);

    /// <summary>Whether two names denote the same configuration value.</summary>
    public static bool Equal(string a, string b) =>
        string.Equals(ToConfigurationKey(a), ToConfigurationKey(b), StringComparison.OrdinalIgnoreCase);

    private sealed class KeyComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            string.Compare(x is null ? null : ToConfigurationKey(x), y is null ? null : ToConfigurationKey(y), StringComparison.OrdinalIgnoreCase);

        public override bool Equals(string? x, string? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : Equal(x, y);

        public override int GetHashCode(string obj) =>
            StringComparer.OrdinalIgnoreCase.GetHashCode(ToConfigurationKey(obj));
    }
}
