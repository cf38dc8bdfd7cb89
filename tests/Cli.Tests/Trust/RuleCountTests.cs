using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Scoring;

namespace Netra.Ssot.Cli.Tests.Trust;

/// <summary>The rules table: findings per rule, except SSOT1003, which reports each family member and counts families.</summary>
public sealed class RuleCountTests
{
    private const string RetryPolicy = "'RetryPolicy' is declared in 2 namespaces: App.Notifications (src/Notifications/RetryPolicy.cs), Infra.Redis (src/Redis/RetryPolicy.cs); declare a concept with one canonical type, or rename the one that is a different thing";
    private const string Client = "'Client' is declared in 3 namespaces: Api (src/Api/Client.cs), Old (src/Old/Client.cs), Sdk (src/Sdk/Client.cs); declare a concept with one canonical type, or rename the one that is a different thing";

    private static Finding At(string id, string file, string message, string severity = "info")
        => new(id, severity, false, file, 4, 21, 4, 32, "App", message, ImmutableArray<RelatedLocation>.Empty, file + message);

    [Fact]
    public void Ssot1003_counts_families_and_other_rules_count_findings()
    {
        var files = ImmutableArray.Create(new ScoredFile("src/a.cs", "App", false));
        var findings = ImmutableArray.Create(
            At("SSOT1003", "src/Notifications/RetryPolicy.cs", RetryPolicy),
            At("SSOT1003", "src/Redis/RetryPolicy.cs", RetryPolicy),
            At("SSOT1003", "src/Api/Client.cs", Client, "warning"),
            At("SSOT1003", "src/Old/Client.cs", Client, "warning"),
            At("SSOT1003", "src/Sdk/Client.cs", Client, "warning"),
            At("SSOT1004", "tests/A.cs", "double", "warning"),
            At("SSOT1004", "tests/B.cs", "double", "warning"));

        var rules = ScoreCalculator.Compute(files, findings).Rules;

        Assert.Equal(
            new[] { new RuleCount("SSOT1003", "Same type name in several namespaces", 2, 1, CountsFamilies: true), new RuleCount("SSOT1004", "Second hand-written test double", 2, 2) },
            rules.ToArray());
        Assert.Equal(("families", "findings"), (rules[0].Unit, rules[1].Unit));
        Assert.Equal("family", (rules[0] with { Count = 1 }).Unit);
    }
}
