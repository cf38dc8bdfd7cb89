using Netra.Ssot.Cli.Engine;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>
/// The config corpus: every file under <c>Reliability/Configs</c> is given to the real command line with
/// <c>--config</c>, and its exit code and first stderr line must be exactly those of <c>expected.tsv</c>.
/// </summary>
public sealed class ConfigCorpusTests : IClassFixture<CorpusSolution>
{
    private readonly CorpusSolution _solution;

    public ConfigCorpusTests(CorpusSolution solution) => _solution = solution;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var row in CorpusTable.Read())
        {
            data.Add(row.File, row.ExitCode, row.FirstErrorLine);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_config_gives_its_exit_code_and_first_error_line(string file, int exitCode, string firstErrorLine)
    {
        string config = Path.Combine(CorpusTable.Folder, file);

        var (exit, output, error) = await CliRunner.RunAsync(_solution.Project, "--config", config, "--no-restore");

        string expected = firstErrorLine.Replace("{config}", SsotCheck.Display(config, Directory.GetCurrentDirectory()), StringComparison.Ordinal);
        Assert.Equal((exitCode, expected), (exit, error.Split(Environment.NewLine)[0]));
        if (exitCode == 0)
        {
            // A valid config is really used: its globs leave the one source file scored, and it is compliant.
            // (Overall may also count ssot.json, when it carries a stale entry: docs/scoring.md.)
            Assert.Contains("  production  100.0%  1/1 files compliant", output);
        }
    }

    [Fact]
    public void The_table_lists_every_corpus_file_once()
    {
        var listed = CorpusTable.Read().Select(r => r.File).ToList();
        var present = Directory.GetFiles(CorpusTable.Folder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(present, listed.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.True(listed.Count >= 40, $"the corpus has {listed.Count} configs");
    }
}

/// <summary>
/// <c>expected.tsv</c>: one row per corpus file, tab-separated: file, exit code, the exact first line of stderr
/// (<c>{config}</c> stands for the path as ssot-check displays it; <c>(none)</c> for no output). Lines starting with
/// <c>#</c> are comments.
/// </summary>
internal static class CorpusTable
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "Cli.Tests", "Reliability", "Configs");

    public static IEnumerable<(string File, int ExitCode, string FirstErrorLine)> Read()
    {
        foreach (string line in File.ReadAllLines(Path.Combine(Folder, "expected.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidDataException($"expected.tsv: '{line}' does not have 3 tab-separated columns");
            }

            yield return (columns[0], int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), columns[2] == "(none)" ? string.Empty : columns[2]);
        }
    }
}

/// <summary>A one-project solution, restored once, that every corpus config is checked against.</summary>
#pragma warning disable CA1001 // xUnit disposes the fixture through IAsyncLifetime.DisposeAsync, which disposes the solution
public sealed class CorpusSolution : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly TempSolution _solution = new();

    public string Project => Path.Combine(_solution.Root, "App");

    public async Task InitializeAsync()
    {
        _solution.Project("App");
        _solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        string empty = _solution.Write("empty.json", "{}");
        var (exit, _, error) = await CliRunner.RunAsync(Project, "--config", empty);
        if (exit != 0)
        {
            throw new InvalidOperationException($"the corpus solution does not check cleanly (exit {exit}): {error}");
        }
    }

    public Task DisposeAsync()
    {
        _solution.Dispose();
        return Task.CompletedTask;
    }
}
