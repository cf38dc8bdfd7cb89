using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>Where a read value comes from.</summary>
public enum ConfigurationSource
{
    /// <summary>The process environment, read through <c>System.Environment</c>.</summary>
    EnvironmentVariable,

    /// <summary><c>Microsoft.Extensions.Configuration</c>: any provider, environment variables included.</summary>
    ConfigurationKey,
}

/// <summary>
/// One direct read of an environment variable or a configuration key found in code: the API used, the key when it is
/// a constant (the whole path, sections included), and whether the code supplies a fallback value.
/// </summary>
public readonly struct ConfigurationRead
{
    public ConfigurationRead(string api, ConfigurationSource source, string? key, bool hasFallback, SyntaxNode syntax, bool isSection = false)
    {
        Api = api;
        IsSection = isSection;
        Source = source;
        Key = key;
        HasFallback = hasFallback;
        Syntax = syntax;
    }

    /// <summary>How the code reads, as a user would name it: <c>Environment.GetEnvironmentVariable</c>, <c>IConfiguration[]</c>.</summary>
    public string Api { get; }

    public ConfigurationSource Source { get; }

    /// <summary>
    /// The variable name or the full configuration key (<c>Jwt:SecretKey</c>), or null when the code computes it
    /// (a "dynamic" read: a non-constant key, a section of unknown path, or a read of everything).
    /// </summary>
    public string? Key { get; }

    /// <summary>Whether the code supplies a value for when the key is missing (<c>??</c>, a <c>defaultValue</c> argument).</summary>
    public bool HasFallback { get; }

    /// <summary>The call or indexer access that reads; findings are reported on it.</summary>
    public SyntaxNode Syntax { get; }

    public bool IsDynamic => Key is null;

    /// <summary>
    /// Whether the read takes a whole section (<c>Bind</c>, <c>Get&lt;T&gt;</c>, options binding) rather than one value:
    /// the keys under <see cref="Key"/> are read.
    /// </summary>
    public bool IsSection { get; }
}
