namespace Netra.Ssot.Catalog;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that the CLI and code fixes read.</summary>
public static class DiagnosticProperties
{
    /// <summary>
    /// "true" when the diagnostic is mission-critical (it then counts in the mission score). Set only by
    /// <c>Engine.SsotDiagnostic</c>, read only through <c>SsotDiagnostic.IsMissionCritical</c>.
    /// </summary>
    public const string MissionCritical = "ssot.missionCritical";

    /// <summary>The name of the ssot.json entry (concept, constants entry…) the diagnostic enforces.</summary>
    public const string Entry = "ssot.entry";

    /// <summary>The namespace whose <c>using</c> fixes the diagnostic (SSOT2002's code fix reads it).</summary>
    public const string Namespace = "ssot.namespace";

    /// <summary>What replaces a legacy reference or using: a type metadata name or a namespace (the legacy code fix reads it).</summary>
    public const string Replacement = "ssot.replacement";

    /// <summary>The metadata name of the type whose constant replaces a duplicated literal (the SSOT4003 code fix reads it).</summary>
    public const string ConstantType = "ssot.constantType";

    /// <summary>The name of that constant field.</summary>
    public const string ConstantMember = "ssot.constantMember";
}
