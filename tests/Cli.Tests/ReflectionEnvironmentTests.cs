using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// SSOT2003 on reflection into a package that did not restore: a target whose assembly is missing names nothing
/// that can be judged, and a type name that does not resolve because the package is missing is held back as
/// environment-caused, never counted (as is every SSOT2003 finding of a degraded project); private reflection into a
/// restored, compiled reference is not judged.
/// </summary>
public sealed class ReflectionEnvironmentTests
{
    private const string Source = """
        namespace App;

        public static class VendorInternals
        {
            public static System.Type? Pool() => typeof(Vendor.Sdk.PackageClient).Assembly.GetType("Vendor.Sdk.Internal.ConnectionPool");

            public static System.Type? Qualified() => System.Type.GetType("Vendor.Sdk.Internal.ConnectionPool, Vendor.Sdk");

            public static System.Type? Client() => System.Type.GetType("Vendor.Sdk.PackageClient");

            public static System.Type? Cache() => typeof(System.Text.StringBuilder).Assembly.GetType("System.Text.StringBuilderCache");

            public static System.Type? Typo() => System.Type.GetType("App.VendorInternal");
        }
        """;

    [Fact]
    public async Task Reflection_into_an_unrestored_package_is_held_back_or_not_judged_and_counts_in_no_score()
    {
        using var solution = new TempSolution();
        solution.Project("App", extra: """<ItemGroup><PackageReference Include="Netra.Ssot.NoSuchPackage" Version="1.0.0" /></ItemGroup>""");
        solution.Write("App/VendorInternals.cs", Source);
        solution.Write("ssot.json", """{ "thresholds": { "coverage": 0 } }""");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(
            new[]
            {
                "App/VendorInternals.cs:9:64 SSOT2003 held back: restore failed for App (NU1101)",
                "App/VendorInternals.cs:13:62 SSOT2003 held back: restore failed for App (NU1101)",
            },
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}{(f.HeldBack is null ? string.Empty : " held back: " + f.HeldBack)}"));
        Assert.Equal(new[] { ("SSOT2003", 2, 0) }, report.Score.Rules.Where(r => r.Count > 0).Select(r => (r.Id, r.Count, r.Violations)));
    }

    [Fact]
    public async Task In_a_restored_project_private_reflection_into_a_compiled_reference_is_not_judged_and_a_typo_is_a_violation()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/VendorInternals.cs", Source
            .Replace("typeof(Vendor.Sdk.PackageClient)", "typeof(System.Net.Http.HttpClient)", StringComparison.Ordinal)
            .Replace("\"Vendor.Sdk.Internal.ConnectionPool, Vendor.Sdk\"", "\"System.Net.Http.HttpConnectionPool, System.Net.Http\"", StringComparison.Ordinal)
            .Replace("\"Vendor.Sdk.Internal.ConnectionPool\"", "\"System.Net.Http.HttpConnectionPool\"", StringComparison.Ordinal)
            .Replace("\"Vendor.Sdk.PackageClient\"", "\"System.Net.Http.HttpClient, System.Net.Http\"", StringComparison.Ordinal));
        solution.Write("ssot.json", "{}");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        var finding = Assert.Single(report.Analysis.Findings);
        Assert.Equal(
            "App/VendorInternals.cs:13:62 SSOT2003 violation: type name 'App.VendorInternal' passed to Type.GetType does not resolve in this project or its references; fix the name, or use typeof(...) so the compiler checks it",
            $"{finding.File}:{finding.Line}:{finding.Column} {finding.Id} {(finding.IsViolation ? "violation" : "not counted")}: {finding.Message}");
    }
}
