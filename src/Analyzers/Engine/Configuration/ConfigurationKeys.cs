using System;
using System.Text;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>
/// How .NET configuration names one setting: keys are case-insensitive and <c>:</c>-separated, and the
/// environment-variable provider maps <c>__</c> to <c>:</c>, so <c>Jwt__SecretKey</c> and <c>jwt:secretkey</c>
/// are the same setting (a single <c>_</c> is not a separator: <c>JWT_SECRET_KEY</c> is not <c>Jwt:SecretKey</c>).
/// Declared variables, reads in code and deployment manifests are all compared through this one class.
/// </summary>
public static class ConfigurationKeys
{
    public const char Separator = ':';

    public const string EnvironmentSeparator = "__";

    /// <summary>Compares keys already in their configuration form (<see cref="Normalize"/>), ignoring case.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Compares names in either form, ignoring case: <c>Jwt__SecretKey</c> equals <c>jwt:secretkey</c>. For sets and
    /// dictionaries keyed by names as written (a manifest's, a read's).
    /// </summary>
    public static readonly StringComparer NameComparer = new NormalizingComparer();

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

    /// <summary>Whether <paramref name="key"/> lies under the section <paramref name="section"/> (<c>Jwt:SecretKey</c> under <c>Jwt</c>), in either form.</summary>
    public static bool IsUnder(string key, string section)
    {
        string normalizedKey = Normalize(key);
        string normalizedSection = Normalize(section);
        return normalizedKey.Length > normalizedSection.Length
            && normalizedKey[normalizedSection.Length] == Separator
            && normalizedKey.StartsWith(normalizedSection, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class NormalizingComparer : StringComparer
    {
        public override int Compare(string? x, string? y)
            => string.Compare(x is null ? null : Normalize(x), y is null ? null : Normalize(y), StringComparison.OrdinalIgnoreCase);

        public override bool Equals(string? x, string? y)
            => x is null || y is null ? ReferenceEquals(x, y) : AreSame(x, y);

        public override int GetHashCode(string obj) => Comparer.GetHashCode(Normalize(obj));
    }
}
