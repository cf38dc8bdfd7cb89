namespace Netra.Backend.RateLimiting;

/// <summary>
/// Per-client request limiter in front of the chat and agent endpoints. Single-instance deployments count
/// in memory; staging runs several instances, so there the counters are shared through Redis.
/// </summary>
public sealed class RateLimiter
{
    private readonly RateLimitOptions _options;
    private readonly SlidingWindowCounter _local;
    private readonly TimeProvider _time;

    public RateLimiter(RateLimitOptions options, TimeProvider? time = null)
    {
        _options = options;
        _local = new SlidingWindowCounter(options.PermitsPerWindow, options.Window);
        _time = time ?? TimeProvider.System;
    }

    public ValueTask<bool> TryAcquireAsync(string clientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
#if STAGING
        return TryAcquireSharedAsync(clientId, cancellationToken);
#else
        return ValueTask.FromResult(_local.TryAcquire(clientId, _time.GetUtcNow()));
#endif
    }

#if STAGING
    private async ValueTask<bool> TryAcquireSharedAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var redis = new RedisConnection(_options.RedisUrl);
        await redis.ConnectAsync(cancellationToken);
        var count = await redis.IncrementAsync($"ratelimit:{clientId}", _options.Window, cancellationToken);
        return count <= _options.PermitsPerWindow;
    }
#endif
}
