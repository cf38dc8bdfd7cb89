using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Env;

/// <summary>
/// SSOT0002 on a declared variable nothing reads, through a whole check: the reads of every project (one
/// multi-targeted) go into the solution index, so a variable read only by another project is read, one read only by
/// a test is not, and one read under a bound section is.
/// </summary>
public sealed class UnreadVariableCheckTests
{
    [Fact]
    public async Task A_declared_variable_only_a_test_reads_or_nothing_reads_is_reported_once_at_its_entry()
    {
        using var solution = new TempSolution();
        solution.Project("src/Api", extra: """<ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>""");
        solution.Write("src/Api/Settings.cs", """
            using Microsoft.Extensions.Configuration;

            namespace Api;

            public sealed class CacheOptions { public string? Url { get; set; } }

            public static class Settings
            {
                public static CacheOptions Cache(IConfiguration config) => config.GetSection("Cache").Get<CacheOptions>() ?? new CacheOptions();
            }
            """);
        solution.Project("src/Worker", "net10.0;net8.0");
        solution.Write("src/Worker/Job.cs", """
            namespace Worker;

            public static class Job
            {
                public static string? Queue() => System.Environment.GetEnvironmentVariable("QUEUE_URL");
            }
            """);
        solution.Project("tests/Worker.Tests");
        solution.Write("tests/Worker.Tests/JobTests.cs", """
            namespace Worker.Tests;

            public static class JobTests
            {
                public static string? Token() => System.Environment.GetEnvironmentVariable("TEST_TOKEN");
            }
            """);
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="src/Api/Api.csproj" />
              <Project Path="src/Worker/Worker.csproj" />
              <Project Path="tests/Worker.Tests/Worker.Tests.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", """
            {
              "tests": ["tests/**"],
              "configuration": {
                "variables": [
                  "QUEUE_URL",
                  "Cache__Url",
                  "TEST_TOKEN",
                  { "name": "FEATURE_FLAGS_URL", "required": false }
                ]
              }
            }
            """);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        Assert.Equal(
            [
                "ssot.json(7,7)-(7,19): warning configuration variable 'TEST_TOKEN' matches nothing the solution reads; fix the name or remove the entry",
                "ssot.json(8,7)-(8,57): warning configuration variable 'FEATURE_FLAGS_URL' matches nothing the solution reads; fix the name or remove the entry",
            ],
            report.Analysis.Findings
                .Where(f => f.Id == RuleIdentifiers.StaleConfigEntry)
                .Select(f => $"{f.File}({f.Line},{f.Column})-({f.EndLine},{f.EndColumn}): {f.Severity} {f.Message}"));
    }
}
