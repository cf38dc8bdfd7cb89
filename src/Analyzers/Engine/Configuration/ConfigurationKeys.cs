using System;
using System.Text;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>
/// How .NET configuration names one setting: keys are case-insensitive and <c>:</c>-separated, and the
/// environment-variable provider maps <c>__</c> to <c>:</c>, so <c>Jwt__SecretKey</c> and <c>jwt:secretkey</c>
/// are the same setting. Declared variables, reads and deployment manifests are all compared through this.
/// </summary>
public static class ConfigurationKeys
{
    public const char Separator = ':';

    public const string EnvironmentSeparator = "__";

    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The configuration form of a key or variable name: <c>__</c> becomes <c>:</c>.</summary>
    public static string Normalize(string key)
        => key.IndexOf(EnvironmentSeparator, StringComparison.Ordinal) < 0 ? key : key.Replace(EnvironmentSeparator, ":");

    /// <summary>The environment-variable form of a configuration key: <c>:</c> becomes <c>__</c>.</summary>
    public static string ToEnvironmentName(string key)
        => key.IndexOf(Separator) < 0 ? key : key.Replace(":", EnvironmentSeparator);

    public static bool AreSame(string left, string right) => Comparer.Equals(Normalize(left), Normalize(right));

    /// <summary>The full key of <paramref name="key"/> read under the section <paramref name="prefix"/> (null or empty: the root).</summary>
    public static string Combine(string? prefix, string key)
        => string.IsNullOrEmpty(prefix) ? key : new StringBuilder(prefix!.Length + 1 + key.Length).Append(prefix).Append(Separator).Append(key).ToString();
}
