using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>
/// ssot-check runs the analyzers through the compiler, so a finding suppressed the way users suppress any Roslyn
/// rule (pragma, [SuppressMessage], .editorconfig severity none) is gone from the findings and from the score.
/// </summary>
public sealed class SuppressionTests
{
    [Fact]
    public async Task Pragma_SuppressMessage_and_editorconfig_none_remove_findings_from_the_score()
    {
        using var solution = new TempSolution();
        solution.Project("App");
        solution.Write("App/Router.cs", "namespace App; public class MessageRouter { }");
        solution.Write("App/Pragma.cs", "namespace App;\n#pragma warning disable SSOT1001\npublic class PragmaMessageRouter { }\n");
        solution.Write("App/Attribute.cs", "namespace App;\n[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Netra.Ssot\", \"SSOT1001\", Justification = \"test\")]\npublic class AttributeMessageRouter { }\n");
        solution.Write("App/Config.cs", "namespace App; public class ConfigMessageRouter { }");
        solution.Write("App/Counted.cs", "namespace App; public class CountedMessageRouter { }");
        solution.Write(".editorconfig", "root = true\n[App/Config.cs]\ndotnet_diagnostic.SSOT1001.severity = none\n");
        solution.Write("ssot.json", """{ "concepts": [{ "name": "MessageRouter", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""");

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root }, solution.Root, null, CancellationToken.None);

        Assert.Equal(new[] { "App/Counted.cs:1:29 SSOT1001" }, report.Analysis.Findings.Select(f => $"{f.File}:{f.Line}:{f.Column} {f.Id}"));
        Assert.Equal((4, 5), (report.Score.Overall.Compliant, report.Score.Overall.Scored));
    }
}
