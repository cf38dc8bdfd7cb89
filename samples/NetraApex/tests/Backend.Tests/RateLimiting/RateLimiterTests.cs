using Netra.Backend.RateLimiting;

namespace Netra.Backend.Tests.RateLimiting;

public class RateLimiterTests
{
    [Fact]
    public async Task Rejects_requests_over_the_limit_until_the_window_has_passed()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var limiter = new RateLimiter(new RateLimitOptions { PermitsPerWindow = 2, Window = TimeSpan.FromSeconds(10) }, time);

        Assert.True(await limiter.TryAcquireAsync("client-1"));
        Assert.True(await limiter.TryAcquireAsync("client-1"));
        Assert.False(await limiter.TryAcquireAsync("client-1"));
        Assert.True(await limiter.TryAcquireAsync("client-2"));

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(await limiter.TryAcquireAsync("client-1"));
    }

    [Fact]
    public void Options_reject_a_non_positive_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitOptions { PermitsPerWindow = 0 });
        Assert.Equal(60, new RateLimitOptions().PermitsPerWindow);
    }

    private sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
