namespace Netra.Ssot.Cli.Commands;

/// <summary>One self-overwriting status line on stderr, shown only when stderr is a terminal.</summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    private readonly TextWriter _error;
    private readonly object _gate = new();
    private int _lastLength;

    public ConsoleProgress(TextWriter error) => _error = error;

    /// <summary>Whether a command shows progress: never with --no-progress, and only when stderr is a real terminal.</summary>
    public static bool ShouldShow(bool noProgress, TextWriter error)
        => !noProgress && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);

    public void Report(string value)
    {
        lock (_gate)
        {
            string line = value.Length > 100 ? string.Concat(value.AsSpan(0, 97), "...") : value;
            _error.Write("\r" + line.PadRight(_lastLength));
            _lastLength = line.Length;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            if (_lastLength > 0)
            {
                _error.Write("\r" + new string(' ', _lastLength) + "\r");
                _lastLength = 0;
            }
        }
    }
}
