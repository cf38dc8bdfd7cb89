using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Under ssot-check the analyzers cannot see <c>IsTestProject</c> (the package that makes it visible is absent), and
/// an unrestored test project has no test-framework assembly: ssot-check reads both from MSBuild evaluation, so
/// such projects' files are test files for the analyzers (concept scopes) and for the score.
/// </summary>
public sealed class TestProjectDetectionTests
{
    private const string Config = """
        {
          "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"], "scope": "production" }]
        }
        """;

    [Fact]
    public async Task A_test_helper_project_that_declares_IsTestProject_without_a_framework_holds_test_files()
    {
        using var solution = new TempSolution();
        solution.Project("src/App");
        solution.Write("src/App/MessageRouter.cs", "namespace App;\npublic class MessageRouter { }\n");
        solution.Project("tests/Helpers", extra: "<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>");
        solution.Write("tests/Helpers/FakeMessageRouter.cs", "namespace Helpers;\npublic class FakeMessageRouter { }\n");
        solution.Write("ssot.json", Config);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(
            new[] { "src/App/MessageRouter.cs App production", "tests/Helpers/FakeMessageRouter.cs Helpers test" },
            report.Analysis.Files.Select(f => $"{f.Path} {f.Project} {(f.IsTest ? "test" : "production")}"));
        Assert.Empty(report.Analysis.Findings); // a production-scoped concept does not look at test files
        Assert.Equal((1, 1), (report.Score.Test.Compliant, report.Score.Test.Scored));
    }

    [Fact]
    public async Task An_unrestored_project_with_an_xunit_package_reference_holds_test_files()
    {
        using var solution = new TempSolution();
        solution.Project("src/App");
        solution.Write("src/App/MessageRouter.cs", "namespace App;\npublic class MessageRouter { }\n");
        solution.Project("tests/App.Tests", extra: """<ItemGroup><PackageReference Include="xunit" Version="2.9.3" /></ItemGroup>""");
        solution.Write("tests/App.Tests/StubMessageRouter.cs", "namespace App.Tests;\npublic class StubMessageRouter { }\n");
        solution.Write("ssot.json", Config);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, Restore = false }, solution.Root, null, CancellationToken.None);

        Assert.Equal(
            new[] { "src/App/MessageRouter.cs App production", "tests/App.Tests/StubMessageRouter.cs App.Tests test" },
            report.Analysis.Files.Select(f => $"{f.Path} {f.Project} {(f.IsTest ? "test" : "production")}"));
        Assert.Empty(report.Analysis.Findings);
    }
}
