using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Netra.Infrastructure.Redis;

/// <summary>
/// A deliberately small Redis client: one TCP connection, RESP2, integer replies only.
/// Enough for the shared rate-limit counters; anything bigger belongs in a real client library.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    public const int DefaultPort = 6379;

    private readonly Uri _uri;
    private TcpClient? _client;
    private NetworkStream? _stream;

    public RedisConnection(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        _uri = new Uri(url, UriKind.Absolute);
        if (_uri.Scheme != "redis")
        {
            throw new ArgumentException($"Expected a redis:// URL, got '{url}'.", nameof(url));
        }
    }

    public string Host => _uri.Host;

    public int Port => _uri.Port > 0 ? _uri.Port : DefaultPort;

    public bool IsConnected => _client?.Connected == true;

    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        _client = new TcpClient { NoDelay = true };
        await _client.ConnectAsync(Host, Port, cancellationToken).ConfigureAwait(false);
        _stream = _client.GetStream();
    }

    /// <summary>INCR the key; on the first increment also set its time to live.</summary>
    public async Task<long> IncrementAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var count = await ExecuteIntegerAsync(cancellationToken, "INCR", key).ConfigureAwait(false);
        if (count == 1)
        {
            var milliseconds = ((long)timeToLive.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            await ExecuteIntegerAsync(cancellationToken, "PEXPIRE", key, milliseconds).ConfigureAwait(false);
        }

        return count;
    }

    public static byte[] EncodeCommand(params IReadOnlyList<string> arguments)
    {
        var builder = new StringBuilder();
        builder.Append('*').Append(arguments.Count).Append("\r\n");
        foreach (var argument in arguments)
        {
            builder.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n");
            builder.Append(argument).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private async Task<long> ExecuteIntegerAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var stream = _stream ?? throw new InvalidOperationException("Call ConnectAsync before sending commands.");
        await stream.WriteAsync(EncodeCommand(arguments), cancellationToken).ConfigureAwait(false);

        var reply = await ReadLineAsync(stream, cancellationToken).ConfigureAwait(false);
        return reply switch
        {
            [':', .. var number] => long.Parse(number, CultureInfo.InvariantCulture),
            ['-', .. var error] => throw new InvalidOperationException($"Redis error: {error}"),
            _ => throw new InvalidDataException($"Unexpected Redis reply '{reply}'."),
        };
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>(32);
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new EndOfStreamException("Redis closed the connection.");
            }

            if (one[0] == (byte)'\n' && buffer.Count > 0 && buffer[^1] == (byte)'\r')
            {
                return Encoding.UTF8.GetString(buffer.ToArray(), 0, buffer.Count - 1);
            }

            buffer.Add(one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        _client?.Dispose();
    }
}
