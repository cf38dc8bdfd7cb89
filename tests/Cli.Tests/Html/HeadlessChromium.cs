using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Netra.Ssot.Cli.Tests.Html;

/// <summary>
/// The Chromium installed on this machine, run headless to measure a page's layout. The page is shown in an iframe of
/// the asked width (a headless window is at least 500 px wide, an iframe can be narrower), a script measures it after
/// it loaded and writes the result into the outer page, and <c>--dump-dom</c> prints that page.
/// </summary>
internal static partial class HeadlessChromium
{
    /// <summary>Why the layout tests are skipped when no Chromium is found.</summary>
    public const string Missing = "Chromium not found (CHROMIUM_PATH, or chromium, chromium-browser, google-chrome, google-chrome-stable on PATH), "
        + "so the HTML report's layout is not checked in a browser: install it (Debian: apt-get install chromium; .ci/run does when it can)";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The browser's executable, or null when none is installed.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>
    /// What <paramref name="measure"/> returns, a JavaScript function body run with <c>doc</c> and <c>win</c> (the page's
    /// document and window) once the page, shown <paramref name="width"/> px wide, has loaded.
    /// </summary>
    public static async Task<string> MeasureAsync(string page, int width, bool dark, string measure)
    {
        string executable = Executable ?? throw new InvalidOperationException(Missing);
        string folder = Directory.CreateTempSubdirectory("ssot-chromium-").FullName;
        try
        {
            string harness = Path.Combine(folder, "harness.html");
            await File.WriteAllTextAsync(harness, Harness(page, width, measure));
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--mute-audio",
                "--user-data-dir=" + Path.Combine(folder, "profile"), $"--window-size={Math.Max(width + 40, 500)},1000",
                "--virtual-time-budget=5000", "--dump-dom", new Uri(harness).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            if (dark)
            {
                start.ArgumentList.Insert(0, "--force-dark-mode");
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{executable} did not finish within {Timeout.TotalSeconds} s");
            }

            var match = Measurements().Match(await output);
            return match.Success
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException($"{executable} exited {process.ExitCode} without measurements; stderr: {await errors}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The outer page: the measured page inline (srcdoc, so the script may read it) and the script.</summary>
    private static string Harness(string page, int width, string measure) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><style>:root { color-scheme:light dark; } body { margin:0; }</style></head>
        <body><iframe id="page" title="measured page" style="border:0;width:{{width}}px;height:8000px" srcdoc="{{WebUtility.HtmlEncode(page)}}"></iframe>
        <pre id="measurements"></pre>
        <script>
        window.addEventListener('load', () => {
          const frame = document.getElementById('page'), doc = frame.contentDocument, win = frame.contentWindow;
          let result;
          try { result = (() => { {{measure}} })(); } catch (e) { result = 'error: ' + e; }
          document.getElementById('measurements').textContent = result;
        });
        </script></body></html>
        """;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    [GeneratedRegex("<pre id=\"measurements\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Measurements();
}
