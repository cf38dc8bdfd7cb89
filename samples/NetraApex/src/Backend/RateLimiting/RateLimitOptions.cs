namespace Netra.Backend.RateLimiting;

public sealed class RateLimitOptions
{
    public const string DefaultRedisUrl = "redis://localhost:6379";

    public int PermitsPerWindow
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be positive.");
    } = 60;

    public TimeSpan Window
    {
        get;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be positive.");
    } = TimeSpan.FromMinutes(1);

    public string RedisUrl { get; init; } = DefaultRedisUrl;

    public static RateLimitOptions FromEnvironment() => new()
    {
        RedisUrl = Environment.GetEnvironmentVariable("REDIS_URL") ?? DefaultRedisUrl,
    };
}
