using System.Text.Json;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Every report format on the sample, as approved files, and SARIF checked against the 2.1.0 schema's required structure.</summary>
[Collection(SampleCollection.Name)]
public sealed class ReportFormatTests(SampleFixture sample)
{
    [Fact]
    public void Sarif_report() => Approvals.Verify(Sarif());

    [Fact]
    public void Markdown_report() => Approvals.Verify(Render(new MarkdownReporter()));

    [Fact]
    public void Github_report() => Approvals.Verify(Render(new GithubReporter()));

    [Fact]
    public void Html_report() => Approvals.Verify(Render(new HtmlReporter()));

    [Fact]
    public void Html_report_draws_the_trend_of_the_history()
    {
        var history = System.Collections.Immutable.ImmutableArray.Create(
            new HistoryPoint(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), 70.0, 68.0, 80.0, 88.0, 14),
            new HistoryPoint(new DateTimeOffset(2026, 11, 8, 10, 0, 0, TimeSpan.Zero), 73.3, 70.2, 87.5, null, 12),
            new HistoryPoint(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), 77.7, 75.6, 87.5, 93.3, 10));
        var writer = new StringWriter();
        new HtmlReporter().Write(sample.Slnx with { History = history }, writer);
        string html = writer.ToString();

        string section = html[html.IndexOf("<h2>Trend</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Projects</h2>", StringComparison.Ordinal)];
        Approvals.Verify(section);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(section, "<polyline"));
    }

    [Fact]
    public void Badge_svg_and_endpoint_json()
        => Approvals.Verify(Badge.Svg(Badge.For(sample.Slnx)) + "---\n" + Badge.EndpointJson(Badge.For(sample.Slnx)) + "---\n" + Badge.Svg(Badge.For(sample.Slnx with { MissionOnly = true })));

    [Fact]
    public void Sarif_has_the_structure_the_2_1_0_schema_requires()
    {
        using var document = JsonDocument.Parse(Sarif());
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());

        // run.tool.driver.name is required; rules have unique ids and absolute help URIs.
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ssot-check", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.True(Uri.IsWellFormedUriString(r.GetProperty("helpUri").GetString(), UriKind.Absolute)));
        Assert.All(rules, r => Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" }));

        // Every result: a message with text, a level from the enum, a ruleIndex pointing at its rule, a physical
        // location with a relative URI under SRCROOT and a 1-based region, and a partial fingerprint.
        Assert.True(run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!.EndsWith('/'));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(sample.Slnx.Analysis.Findings.Length, results.Count);
        foreach (var result in results)
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            foreach (var location in result.GetProperty("locations").EnumerateArray()
                .Concat(result.TryGetProperty("relatedLocations", out var related) ? related.EnumerateArray() : Enumerable.Empty<JsonElement>()))
            {
                var physical = location.GetProperty("physicalLocation");
                var artifact = physical.GetProperty("artifactLocation");
                Assert.True(Uri.IsWellFormedUriString(artifact.GetProperty("uri").GetString(), UriKind.Relative));
                Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
                Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
            }

            Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty(SarifReporter.FingerprintKey).GetString());
        }

        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    private string Sarif()
        => Render(new SarifReporter()).Replace(new Uri(sample.Slnx.Analysis.RootDirectory.TrimEnd('/') + "/").AbsoluteUri, "file:///<sample>/");

    private string Render(IReporter reporter)
    {
        var writer = new StringWriter();
        reporter.Write(sample.Slnx, writer);
        return writer.ToString().Replace(SsotCheck.ToolVersion, "<version>");
    }
}
