using System.Text;
using System.Text.Json;

namespace Netra.Ssot.Cli.Tests.Reliability;

/// <summary>
/// A project of damaged C#, checked once by the real ssot-check process: truncated and unbalanced files, random
/// bytes, 5,000-level nesting, a 50,000-line file, UTF-16 LE/BE with a BOM, Latin-1 bytes, hostile file names.
/// Most files also declare a second <c>*Router</c> of the concept <c>Router</c>, so an SSOT1001 at an exact
/// place proves that the file was read (in the right encoding, under its real name) and analyzed.
/// </summary>
public sealed class DamagedCorpus : IDisposable
{
    /// <summary>Every file of the project except the canonical Router.cs: name and bytes.</summary>
    internal static readonly IReadOnlyList<(string Name, byte[] Bytes)> Files = Create();

    public DamagedCorpus()
    {
        Temp.Write("ssot.json", """{ "concepts": [{ "name": "Router", "canonical": "Corpus.Router", "match": ["*Router"] }] }""");
        Temp.Project("Damaged");
        Temp.Write("Damaged/Router.cs", "namespace Corpus;\n\npublic class Router { }\n");
        foreach (var (name, bytes) in Files)
        {
            File.WriteAllBytes(Path.Combine(Temp.Root, "Damaged", name), bytes);
        }

        (ExitCode, Output, Error) = CliProcess.RunAsync(Temp.Root, "Damaged", "--format", "json").GetAwaiter().GetResult();
        Report = JsonDocument.Parse(Output.Length > 0 ? Output : "{}");
    }

    internal TempSolution Temp { get; } = new();

    internal int ExitCode { get; }

    internal string Output { get; }

    internal string Error { get; }

    internal JsonDocument Report { get; }

    public void Dispose()
    {
        Report.Dispose();
        Temp.Dispose();
    }

    private static List<(string, byte[])> Create()
    {
        var utf8 = new UTF8Encoding(false);
        var files = new List<(string, byte[])>
        {
            ("Truncated.cs", utf8.GetBytes("namespace Corpus;\n\npublic class TruncatedRouter { }\n\npublic class Cut\n{\n    public int M() { return \"never clo")),
            ("Unbalanced.cs", utf8.GetBytes("namespace Corpus;\n\npublic class UnbalancedRouter { }\n\npublic class Open\n{\n    void M() { { { if (true) { }\n")),
            ("DeepCasts.cs", utf8.GetBytes("namespace Corpus;\n\npublic class DeepCastsRouter\n{\n    public object M() => " + Repeat("(object)", 5000) + "1;\n}\n")),
            ("DeepCasts50k.cs", utf8.GetBytes("namespace Corpus;\n\npublic class DeepCasts50kRouter\n{\n    public object M() => " + Repeat("(object)", 50_000) + "1;\n}\n")),
            ("DeepParentheses.cs", utf8.GetBytes("namespace Corpus;\n\npublic class DeepParenthesesRouter\n{\n    public int M() => " + Repeat("(", 5000) + "1" + Repeat(")", 5000) + ";\n}\n")),
            ("DeepGenerics.cs", utf8.GetBytes("namespace Corpus;\n\npublic class DeepGenericsRouter\n{\n    public object M() => new " + Repeat("System.Collections.Generic.List<", 5000) + "int" + Repeat(">", 5000) + "();\n}\n")),
            ("Big.cs", utf8.GetBytes(BigFile())),
            ("Utf16Le.cs", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("namespace Corpus;\n\npublic class ÜtfLeRouter { public string S = \"ünïcödé ☃\"; }\n")).ToArray()),
            ("Utf16Be.cs", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("namespace Corpus;\n\npublic class ÜtfBeRouter { public string S = \"ünïcödé ☃\"; }\n")).ToArray()),
            ("Latin1.cs", Encoding.Latin1.GetBytes("namespace Corpus;\n\n// café, naïve: Latin-1 bytes, not UTF-8\npublic class Latin1Router { public string S = \"déjà vu\"; }\n")),
            ("with space.cs", utf8.GetBytes("namespace Corpus;\n\npublic class SpaceRouter { }\n")),
            ("ünïcödé ☃.cs", utf8.GetBytes("namespace Corpus;\n\npublic class UnicodeNameRouter { }\n")),
            ("quote'd.cs", utf8.GetBytes("namespace Corpus;\n\npublic class QuotedNameRouter { }\n")),
        };

        var random = new Random(13);
        var noise = new byte[4096];
        random.NextBytes(noise);
        files.Add(("RandomBytes.cs", noise));
        return files;
    }

    /// <summary>50,000 lines: 10,000 small classes, then the router on line 50,003.</summary>
    private static string BigFile()
    {
        var text = new StringBuilder("namespace Corpus;\n\n");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append("public class Big").Append(i).Append("\n{\n    public int Value => ").Append(i).Append(";\n}\n\n");
        }

        return text.Append("public class BigRouter { }\n").ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}

/// <summary>What the damaged corpus must give: a normal run, every file scored, every router found where it is.</summary>
public sealed class DamagedSourceTests(DamagedCorpus corpus) : IClassFixture<DamagedCorpus>
{
    [Fact]
    public void The_run_completes_normally_without_a_crash_or_an_analyzer_failure()
    {
        // Exit 1, not a crash: files that cannot be analyzed are neither compliant nor analyzed, so the gate fails.
        Assert.True(corpus.ExitCode == 1, $"exit {corpus.ExitCode}; stderr:\n{corpus.Error}");
        Assert.Equal(string.Empty, corpus.Error);
        Assert.Equal(0, corpus.Report.RootElement.GetProperty("analyzerFailures").GetArrayLength());
    }

    [Fact]
    public void Every_damaged_file_is_scored()
    {
        // Router.cs and the 14 damaged files, DeepCasts50k.cs among them although it was not analyzed. The four
        // files that cannot be analyzed (too deep, binary, truncated, unbalanced) are neither compliant nor analyzed.
        var files = corpus.Report.RootElement.GetProperty("files");
        Assert.Equal(DamagedCorpus.Files.Count + 1, files.GetProperty("scored").GetInt32());
        Assert.Equal(DamagedCorpus.Files.Count + 1, files.GetProperty("production").GetInt32());
        Assert.Equal(1, files.GetProperty("compliant").GetInt32()); // Router.cs: every other file declares a second router or cannot be analyzed
        var coverage = corpus.Report.RootElement.GetProperty("coverage").GetProperty("files");
        Assert.Equal((DamagedCorpus.Files.Count + 1 - 4, DamagedCorpus.Files.Count + 1), (coverage.GetProperty("analyzed").GetInt32(), coverage.GetProperty("total").GetInt32()));
    }

    [Fact]
    public void The_compiler_errors_and_the_file_too_deep_to_analyze_are_load_issues_of_the_project()
    {
        var issues = corpus.Report.RootElement.GetProperty("loadIssues").EnumerateArray().ToList();
        Assert.Equal(
            new[]
            {
                "DeepCasts50k.cs(5,159986): code nested more than 20,000 levels deep; the file was not analyzed (analyzing it would overflow the stack), so it counts as not compliant and not analyzed.",
                "RandomBytes.cs(1,1): the file could not be read as text (it looks binary); the file does not parse, so it counts as not compliant and not analyzed.",
                "Truncated.cs(7,29): CS1010 Newline in constant; the file does not parse, so it counts as not compliant and not analyzed.",
                "Unbalanced.cs(7,33): CS1513 } expected; the file does not parse, so it counts as not compliant and not analyzed.",
            },
            issues.Skip(1).Select(i => i.GetProperty("message").GetString()));
        Assert.All(issues, i => Assert.Equal(("warning", "Damaged"), (i.GetProperty("severity").GetString(), i.GetProperty("project").GetString())));
        Assert.Matches(@"^Damaged has \d+ compiler error\(s\); findings in its files may be incomplete\.$", issues[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_double_quote_in_a_file_name_is_a_load_issue_and_the_file_is_still_analyzed()
    {
        using var temp = new TempSolution();
        temp.Write("ssot.json", """{ "concepts": [{ "name": "Router", "canonical": "Corpus.Router", "match": ["*Router"] }] }""");
        temp.Project("Quoted");
        temp.Write("Quoted/Router.cs", "namespace Corpus;\n\npublic class Router { }\n");
        temp.Write("Quoted/say \"hi\".cs", "namespace Corpus;\n\npublic class QuotedRouter { }\n");

        var (exit, output, error) = await CliProcess.RunAsync(temp.Root, "Quoted", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("SSOT1001", "say \"hi\".cs", 3, 14), (finding.GetProperty("id").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));

        // MSBuild's Csc task refuses a double quote in a file name (dotnet build fails the same way); the design-time
        // build says so, and the file is still analyzed from the project's item list.
        var issue = Assert.Single(json.RootElement.GetProperty("loadIssues").EnumerateArray());
        Assert.Equal(("warning", "Quoted"), (issue.GetProperty("severity").GetString(), issue.GetProperty("project").GetString()));
        Assert.StartsWith(
            $"Msbuild failed when processing the file '{Path.Combine(temp.Root, "Quoted", "Quoted.csproj")}' with message: Invalid command line switch for \"csc\". System.ArgumentException: Illegal quote in the command line value [say \"hi\".cs].",
            issue.GetProperty("message").GetString());
    }

    [Fact]
    public void Each_readable_file_is_analyzed_in_its_encoding_and_under_its_real_name()
    {
        var found = corpus.Report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "SSOT1001")
            .Select(d => $"{d.GetProperty("file").GetString()}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()})")
            .Order(StringComparer.Ordinal)
            .ToList();

        string[] expected =
        [
            "Big.cs(50003,14)",
            "DeepCasts.cs(3,14)",
            "DeepGenerics.cs(3,14)",
            "DeepParentheses.cs(3,14)",
            "Latin1.cs(4,14)",
            "Truncated.cs(3,14)",
            "Unbalanced.cs(3,14)",
            "Utf16Be.cs(3,14)",
            "Utf16Le.cs(3,14)",
            "quote'd.cs(3,14)",
            "with space.cs(3,14)",
            "ünïcödé ☃.cs(3,14)",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Utf16_text_is_decoded_not_read_as_bytes()
    {
        var message = corpus.Report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("file").GetString() == "Utf16Be.cs")
            .GetProperty("message").GetString();
        Assert.StartsWith("'ÜtfBeRouter' is a second implementation of concept 'Router'", message);
    }
}
