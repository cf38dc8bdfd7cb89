namespace Netra.Backend.Notifications;

/// <summary>How often to retry a broadcast that no client acknowledged (copied from the Redis one, then tuned).</summary>
public sealed class RetryPolicy
{
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan DelayBefore(int attempt) => attempt <= 1 ? TimeSpan.Zero : Delay * (attempt - 1);
}
