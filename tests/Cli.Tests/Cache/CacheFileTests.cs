using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>The cache file is replaced whole: runs writing it at the same time never leave a mixed or partial file for a reader.</summary>
public sealed class CacheFileTests
{
    [Fact]
    public async Task Concurrent_writers_leave_one_complete_file_and_readers_never_see_a_part()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ssot-tests", Guid.NewGuid().ToString("N"));
        string file = Path.Combine(folder, "cache.json");
        try
        {
            string a = "{\"A\":\"" + new string('a', 200_000) + "\"}";
            string b = "{\"B\":\"" + new string('b', 300_000) + "\"}";
            var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
            using var stop = new CancellationTokenSource();
            var reader = Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    if (File.Exists(file))
                    {
                        string text = File.ReadAllText(file);
                        seen.Add(text == a ? "a" : text == b ? "b" : "partial");
                    }
                }
            });

            Parallel.For(0, 40, i => AnalysisCacheFile.Write(new CacheUpdate(file, i % 2 == 0 ? a : b), progress: null, CancellationToken.None));
            stop.Cancel();
            await reader;

            Assert.DoesNotContain("partial", seen);
            Assert.Contains(File.ReadAllText(file), new[] { a, b });
            Assert.Equal(new[] { "cache.json" }, Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
