using System.Runtime.InteropServices;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM into one cancellation of the whole run. The first signal cancels the token and
/// the run winds down (children killed, no partial files); a second signal, or a run still alive
/// <see cref="GracePeriod"/> after the first, exits at once with the same code. Safe against signals that arrive
/// while or after it is disposed.
/// </summary>
internal sealed class Signals : IDisposable
{
    /// <summary>How long a cancelled run may take to wind down before the process exits anyway.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = new();
    private readonly object _gate = new();
    private readonly TextWriter _error;
    private Timer? _deadline;
    private PosixSignal? _received;
    private bool _disposed;

    public Signals(TextWriter error)
    {
        _error = error;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
        }
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Whether a signal asked the run to stop.</summary>
    public bool Received
    {
        get
        {
            lock (_gate)
            {
                return _received is not null;
            }
        }
    }

    /// <summary>130 after SIGINT, 143 after SIGTERM (128 + the signal number, as a shell reports a process the signal killed).</summary>
    public int ExitCode
    {
        get
        {
            lock (_gate)
            {
                return _received == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;
            }
        }
    }

    /// <summary>The line printed when a run stops because of a signal.</summary>
    public string Message => ExitCode == ExitCodes.Terminated ? "Terminated (SIGTERM)." : "Cancelled.";

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        lock (_gate)
        {
            _disposed = true;
            _deadline?.Dispose();
            _cancellation.Dispose();
        }
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // the run stops itself; the runtime must not terminate it mid-write
        bool second;
        lock (_gate)
        {
            if (_disposed)
            {
                return; // Main is returning already
            }

            second = _received is not null;
            if (!second)
            {
                _received = context.Signal;
                _deadline = new Timer(_ => ExitNow(), null, GracePeriod, Timeout.InfiniteTimeSpan);
            }
        }

        if (second)
        {
            ExitNow(); // the user does not want to wait
            return;
        }

        try
        {
            _cancellation.Cancel();
        }
        catch (Exception e) when (e is ObjectDisposedException or AggregateException)
        {
            // A callback failed or the source went away while the run was ending; the run is cancelled either way.
        }
    }

    private void ExitNow()
    {
        try
        {
            _error.WriteLine(Message);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
        }

        Environment.Exit(ExitCode);
    }
}
