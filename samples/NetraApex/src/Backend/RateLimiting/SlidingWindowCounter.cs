using System.Collections.Concurrent;

namespace Netra.Backend.RateLimiting;

/// <summary>In-process sliding-window counter: at most <c>permitLimit</c> acquisitions per client per window.</summary>
public sealed class SlidingWindowCounter(int permitLimit, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new(StringComparer.Ordinal);

    public bool TryAcquire(string clientId, DateTimeOffset now)
    {
        var hits = _hits.GetOrAdd(clientId, _ => new Queue<DateTimeOffset>());
        lock (hits)
        {
            while (hits.Count > 0 && now - hits.Peek() >= window)
            {
                hits.Dequeue();
            }

            if (hits.Count >= permitLimit)
            {
                return false;
            }

            hits.Enqueue(now);
            return true;
        }
    }
}
