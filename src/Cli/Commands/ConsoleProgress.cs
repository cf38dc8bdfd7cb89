using System.Diagnostics;
using System.Globalization;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// Progress on stderr: one self-overwriting status line cut to the terminal's width, or, as a log (<c>-v detailed</c>
/// and above), one line per step with the seconds since the run started.
/// </summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    private readonly TextWriter _error;
    private readonly int? _width;
    private readonly Stopwatch? _log;
    private readonly object _gate = new();
    private int _lastLength;

    /// <param name="width">The terminal's columns; null never cuts a line (a redirected stderr).</param>
    /// <param name="log">Write every step as its own timed line instead of overwriting one status line.</param>
    public ConsoleProgress(TextWriter error, int? width, bool log = false)
    {
        _error = error;
        _width = width;
        _log = log ? Stopwatch.StartNew() : null;
    }

    /// <summary>Whether a command shows progress: never with --no-progress, and only when stderr is a real terminal.</summary>
    public static bool ShouldShow(bool noProgress, TextWriter error)
        => !noProgress && Terminal.IsErrorTerminal(error);

    public void Report(string value)
    {
        lock (_gate)
        {
            if (_log is not null)
            {
                _error.WriteLine(string.Format(CultureInfo.InvariantCulture, "[{0,6:0.00}s] {1}", _log.Elapsed.TotalSeconds, value));
                return;
            }

            string line = Cut(value, _width);
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

    /// <summary>
    /// The line in one less column than the terminal has (writing into the last column wraps on many terminals), ending
    /// in "..." when cut; unchanged without a width.
    /// </summary>
    public static string Cut(string line, int? width)
    {
        if (width is not { } columns)
        {
            return line;
        }

        int room = Math.Max(columns - 1, 4);
        return line.Length <= room ? line : string.Concat(line.AsSpan(0, room - 3), "...");
    }
}
