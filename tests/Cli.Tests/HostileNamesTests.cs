using System.Collections.Immutable;
using System.Text.Json;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Names and paths from user code can hold quotes, markup, ampersands and line breaks; no report may break or inject.</summary>
public sealed class HostileNamesTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quote' | pipe `tick` *star* [link](http://evil) %25 a:b,c\nsecond line";
    private const string HostilePath = "src/we ird/<b>&amp;\"q\"\n.cs";

    private static readonly CheckReport Report = Create();

    public static TheoryData<string> Formats => new() { "json", "sarif", "markdown", "github", "text" };

    [Fact]
    public void Json_and_sarif_round_trip_the_exact_strings()
    {
        using var json = JsonDocument.Parse(Render(new JsonReporter()));
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(Hostile, diagnostic.GetProperty("message").GetString());
        Assert.Equal(HostilePath, diagnostic.GetProperty("file").GetString());

        using var sarif = JsonDocument.Parse(Render(new SarifReporter()));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(Hostile, result.GetProperty("message").GetProperty("text").GetString());
        string uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
        Assert.Equal(HostilePath, Uri.UnescapeDataString(uri));
    }

    [Fact]
    public void Markdown_keeps_every_finding_on_one_table_row_and_injects_no_html()
    {
        string markdown = Render(new MarkdownReporter());

        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain("<b>", markdown);
        var row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| ⚠️", StringComparison.Ordinal));
        Assert.Equal(5, row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')); // 4 cells, no extra ones
        Assert.Contains("&lt;script&gt;alert", row);
        Assert.Contains("\\[link\\]", row);
        Assert.Contains("second line", row);
    }

    [Fact]
    public void Markdown_stays_within_the_github_comment_limit_on_any_input()
    {
        // 3,000 projects with long names, findings and load issues with 100,000-character messages, 2,000 analyzer failures.
        string huge = new('x', 100_000);
        var projects = Enumerable.Range(0, 3000).Select(i => $"Project{i:D4}.{new string('n', 200)}").ToImmutableArray();
        var files = projects.Select((p, i) => new ScoredFile($"src/{i}.cs", p, false)).ToImmutableArray();
        var findings = Enumerable.Range(0, 100).Select(i => new Finding("SSOT1001", "warning", false, $"src/{i}.cs", 1, 1, 1, 2, projects[i], huge, ImmutableArray<RelatedLocation>.Empty, $"{i:D32}")).ToImmutableArray();
        var failures = Enumerable.Range(0, 2000).Select(i => new AnalyzerFailure("Analyzer" + i, projects[i], huge)).ToImmutableArray();
        var analysis = new AnalysisResult("big.sln", "/repo", null, projects, files, findings,
            Enumerable.Range(0, 500).Select(i => new LoadIssue("warning", projects[i], huge + i)).ToImmutableArray(), failures,
            projects.Select(p => new AnalyzedProject(p, p + ".csproj", 0)).ToImmutableArray());
        var score = ScoreCalculator.Compute(files, findings);
        var report = new CheckReport("1.0.0", analysis, score, CoverageCalculator.Compute(analysis, projects.Select(p => p + ".csproj").ToImmutableArray(), new HashSet<string>()), new GateResult(false, huge), false);

        var writer = new StringWriter();
        new MarkdownReporter().Write(report, writer);
        string markdown = writer.ToString();

        Assert.InRange(markdown.Length, 60_000, MarkdownReporter.MaxCommentLength);
        Assert.EndsWith("… (cut to GitHub's 65,536-character limit on a comment; the JSON, SARIF or HTML report has everything)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| … and 2950 more (the 50 least compliant are shown) | | |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Gate failed:** " + new string('x', 400) + "…" + Environment.NewLine, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_annotations_stay_on_one_line_with_escaped_properties()
    {
        string annotations = Render(new GithubReporter());

        var line = Assert.Single(annotations.Split('\n'), l => l.StartsWith("::warning file=", StringComparison.Ordinal));
        Assert.Contains("file=src/we ird/<b>&amp;\"q\"%0A.cs,line=3,", line);
        Assert.EndsWith("%2525 a:b,c%0Asecond line", line.TrimEnd('\r'));
    }

    [Fact]
    public void Html_shows_the_text_and_runs_nothing()
    {
        string html = Render(new HtmlReporter());

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<j>", html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;", html);
        Assert.Contains("src/<wbr>we ird/<wbr>&lt;b&gt;&amp;amp;&quot;q&quot;&#10;.cs", html); // a line-break opportunity after each folder
    }

    [Fact]
    public void Svg_and_html_text_is_escaped()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;&#10;", Xml.Escape("<script>alert(\"x\")</script> & 'q'\n"));
        string svg = Badge.Svg(new BadgeData("<b>&\"", "1 < 2", "red", "#e05d44"));
        Assert.DoesNotContain("<b>", svg);
        Assert.Contains("aria-label=\"&lt;b&gt;&amp;&quot; compliance: 1 &lt; 2\"", svg);
        System.Xml.Linq.XDocument.Parse(svg); // well-formed
    }

    private static string Render(IReporter reporter)
    {
        var writer = new StringWriter();
        reporter.Write(Report, writer);
        return writer.ToString();
    }

    private static CheckReport Create()
    {
        var finding = new Finding("SSOT1001", "warning", false, HostilePath, 3, 5, 3, 9, "Pro<j>ect", Hostile, ImmutableArray.Create(new RelatedLocation(HostilePath, 1, 1)), "0123456789abcdef0123456789abcdef");
        var files = ImmutableArray.Create(new ScoredFile(HostilePath, "Pro<j>ect", false));
        var analysis = new AnalysisResult("in<put>.sln", "/repo", "ssot.json", ImmutableArray.Create("Pro<j>ect"), files, ImmutableArray.Create(finding),
            ImmutableArray.Create(new LoadIssue("warning", "Pro<j>ect", Hostile)), ImmutableArray<AnalyzerFailure>.Empty,
            ImmutableArray.Create(new AnalyzedProject("Pro<j>ect", "Pro<j>ect/Pro<j>ect.csproj", 0)));
        var score = ScoreCalculator.Compute(files, analysis.Findings);
        var coverage = CoverageCalculator.Compute(analysis, ImmutableArray.Create("Pro<j>ect/Pro<j>ect.csproj"), new HashSet<string>());
        return new CheckReport("1.0.0", analysis, score, coverage, new GateResult(true, Hostile), false);
    }
}
