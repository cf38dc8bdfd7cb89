namespace Netra.Backend.Auth;

/// <summary>The claims the chat platform cares about.</summary>
public sealed record TokenClaims(string Subject, DateTimeOffset? ExpiresAt, IReadOnlyList<string> Roles)
{
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt <= now;

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
