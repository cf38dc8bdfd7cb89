namespace Netra.Ssot.Catalog;

/// <summary>
/// The rule IDs. They are stable: add freely, never rename or reuse one (SPEC.md is the contract).
/// </summary>
public static class RuleIdentifiers
{
    public const string InvalidConfig = "SSOT0001";
    public const string DuplicateConcept = "SSOT1001";
}
