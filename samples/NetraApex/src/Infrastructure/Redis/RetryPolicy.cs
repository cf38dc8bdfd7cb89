namespace Netra.Infrastructure.Redis;

/// <summary>How often and how long to retry a Redis command after a connection failure.</summary>
public sealed class RetryPolicy(int maxAttempts, TimeSpan firstDelay)
{
    public static RetryPolicy Default { get; } = new(maxAttempts: 3, firstDelay: TimeSpan.FromMilliseconds(50));

    public int MaxAttempts { get; } = maxAttempts;

    /// <summary>Exponential back-off: the first delay, doubled on every further attempt.</summary>
    public TimeSpan DelayBefore(int attempt) => attempt <= 1 ? TimeSpan.Zero : firstDelay * Math.Pow(2, attempt - 2);
}
