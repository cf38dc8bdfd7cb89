using System.Collections.Immutable;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>A held-back finding is neither a new violation nor a known one, and it keeps its baseline entry from going stale.</summary>
public sealed class HeldBackBaselineTests
{
    private static Finding Finding(string id, string fingerprint, string? heldBack)
        => new(id, "warning", false, "App/Vendor.cs", 9, 57, 9, 83, "App", "type name 'Vendor.Sdk.PackageClient' passed to Type.GetType does not resolve", ImmutableArray<RelatedLocation>.Empty, fingerprint, heldBack);

    [Fact]
    public void A_held_back_finding_keeps_its_entry_and_is_neither_new_nor_known()
    {
        var entries = ImmutableArray.Create(
            new BaselineEntry("SSOT2003", "App/Vendor.cs", "f1", "m"),
            new BaselineEntry("SSOT2003", "App/Other.cs", "f2", "m"));
        var findings = ImmutableArray.Create(
            Finding("SSOT2003", "f1", "restore failed for App (NU1101)"),
            Finding("SSOT2003", "f3", "restore failed for App (NU1101)"));

        var comparison = Baseline.Compare("ssot-baseline.json", findings, entries);

        Assert.Empty(comparison.New);
        Assert.Empty(comparison.Known);
        Assert.Equal(new[] { "App/Other.cs f2" }, comparison.Stale.Select(e => $"{e.File} {e.Fingerprint}"));
    }

    [Fact]
    public void The_same_finding_not_held_back_is_known()
    {
        var comparison = Baseline.Compare(
            "ssot-baseline.json",
            ImmutableArray.Create(Finding("SSOT2003", "f1", heldBack: null)),
            ImmutableArray.Create(new BaselineEntry("SSOT2003", "App/Vendor.cs", "f1", "m")));

        Assert.Equal(new[] { "f1" }, comparison.Known.Select(f => f.Fingerprint));
        Assert.Empty(comparison.New);
        Assert.Empty(comparison.Stale);
    }
}
