using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// Concepts across projects that do not reference each other. SSOT1002 for an alias in a project that does not
/// reference the canonical type's project: no build can judge it (the canonical does not resolve there), ssot-check
/// can, because the solution index knows every project's types. SSOT1001 for a concept of another kind (an enum).
/// </summary>
public sealed class CrossProjectConceptTests
{
    [Fact]
    public async Task An_alias_whose_project_cannot_see_the_canonical_project_is_reported_and_one_that_can_and_forwards_is_not()
    {
        using var solution = new TempSolution();
        solution.Project("src/Main");
        solution.Write("src/Main/Controller.cs", "namespace Main;\npublic class Controller\n{\n    public void Backup(string path) { }\n}\n");
        solution.Project("src/Rpc");
        solution.Write("src/Rpc/ControllerRpcProxy.cs", "namespace Rpc;\npublic sealed class ControllerRpcProxy\n{\n    public void Backup(string path) => System.Console.WriteLine(path);\n}\n");
        solution.Project("src/Cli", extra: """<ItemGroup><ProjectReference Include="../Main/Main.csproj" /></ItemGroup>""");
        solution.Write("src/Cli/ControllerShim.cs", "namespace Cli;\npublic sealed class ControllerShim\n{\n    private readonly Main.Controller _inner = new();\n    public void Backup(string path) => _inner.Backup(path);\n}\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="src/Main/Main.csproj" />
              <Project Path="src/Rpc/Rpc.csproj" />
              <Project Path="src/Cli/Cli.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", """
            { "concepts": [{ "name": "Controller", "canonical": "Main.Controller", "aliases": ["Rpc.ControllerRpcProxy", "Cli.ControllerShim"] }] }
            """);

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        Assert.Equal(
            new[]
            {
                "src/Rpc/ControllerRpcProxy.cs:2:21 warning SSOT1002 [Rpc] alias 'ControllerRpcProxy' of concept 'Controller' neither derives from nor forwards to the canonical 'Controller' (src/Main/Controller.cs, in assembly Main, which this project does not reference); derive from it or delegate to an instance of it -> src/Main/Controller.cs:2",
            },
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Severity} {f.Id} [{f.Project}] {f.Message} -> {string.Join(", ", f.Related.Select(r => $"{r.File}:{r.Line}"))}"));
    }

    [Fact]
    public async Task A_concept_declared_for_an_enum_reports_the_second_enum_in_another_project_instead_of_silencing_it()
    {
        using var solution = new TempSolution();
        solution.Project("src/Ordering");
        solution.Write("src/Ordering/OrderStatus.cs", "namespace Ordering.Domain;\npublic enum OrderStatus { Submitted, Paid }\n");
        solution.Project("src/Web");
        solution.Write("src/Web/OrderStatus.cs", "namespace Web.Models;\npublic enum OrderStatus { Submitted, Paid, Shipped }\npublic sealed class OrderStatusBadge { }\n");
        solution.Write("All.slnx", """
            <Solution>
              <Project Path="src/Ordering/Ordering.csproj" />
              <Project Path="src/Web/Web.csproj" />
            </Solution>
            """);
        solution.Write("ssot.json", """{ "concepts": [{ "name": "OrderStatus", "canonical": "Ordering.Domain.OrderStatus", "match": ["*OrderStatus*"] }] }""");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Empty(report.Analysis.LoadIssues);
        Assert.Equal(
            new[] { "src/Web/OrderStatus.cs:2:13 warning SSOT1001 [Web] 'OrderStatus' is a second implementation of concept 'OrderStatus'; the canonical one is 'OrderStatus' (src/Ordering/OrderStatus.cs) -> src/Ordering/OrderStatus.cs:2" },
            report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Severity} {f.Id} [{f.Project}] {f.Message} -> {string.Join(", ", f.Related.Select(r => $"{r.File}:{r.Line}"))}"));
    }
}
