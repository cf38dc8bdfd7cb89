using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;

namespace Netra.Ssot.Analyzers.Tests.Catalog;

/// <summary>
/// The one mission-critical mechanism: <see cref="SsotDiagnostic"/> marks a diagnostic mission-critical when its entry
/// or its rule is, raises only the entry's to error, and <see cref="SsotDiagnostic.IsMissionCritical"/> reads the mark.
/// </summary>
public sealed class MissionCriticalTests
{
    private static readonly Location Somewhere = Location.Create("/repo/ssot.json", new TextSpan(0, 1), new LinePositionSpan(new(0, 0), new(0, 1)));

    [Fact]
    public void A_mission_critical_entry_marks_the_diagnostic_and_raises_it_to_error()
    {
        var diagnostic = SsotDiagnostic.Create(RuleCatalog.DuplicateConcept, Somewhere, missionCritical: true, "Concept", null, "A", "Concept", "B", "b.cs");

        Assert.Equal((DiagnosticSeverity.Error, true, "true"), (diagnostic.Severity, SsotDiagnostic.IsMissionCritical(diagnostic), diagnostic.Properties[DiagnosticProperties.MissionCritical]));
        Assert.Equal("Concept", diagnostic.Properties[DiagnosticProperties.Entry]);
    }

    [Fact]
    public void A_mission_critical_rule_marks_every_diagnostic_and_keeps_its_severity()
    {
        Assert.True(RuleCatalog.Find(RuleIdentifiers.InvalidConfig)!.MissionCritical);

        var diagnostic = SsotDiagnostic.Create(RuleCatalog.InvalidConfig, Somewhere, missionCritical: false, null, null, "oops");

        Assert.Equal((DiagnosticSeverity.Warning, true), (diagnostic.Severity, SsotDiagnostic.IsMissionCritical(diagnostic)));
        Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.Entry));
    }

    [Fact]
    public void Neither_entry_nor_rule_mission_critical_leaves_the_diagnostic_unmarked_at_its_default_severity()
    {
        var diagnostic = SsotDiagnostic.Create(RuleCatalog.SameNameTypes, Somewhere, missionCritical: false, null, null, "A", 2, "X, Y");

        Assert.Equal((DiagnosticSeverity.Info, false), (diagnostic.Severity, SsotDiagnostic.IsMissionCritical(diagnostic)));
        Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.MissionCritical));
    }

    [Fact]
    public void Only_SSOT0001_is_a_mission_critical_rule()
        => Assert.Equal(new[] { RuleIdentifiers.InvalidConfig }, RuleCatalog.Rules.Where(r => r.MissionCritical).Select(r => r.Id));
}
