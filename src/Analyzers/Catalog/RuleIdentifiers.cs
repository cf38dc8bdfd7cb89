namespace Netra.Ssot.Catalog;

/// <summary>
/// The rule IDs. They are stable: add freely, never rename or reuse one (docs/rules/ and the README rule table are the contract).
/// </summary>
public static class RuleIdentifiers
{
    public const string InvalidConfig = "SSOT0001";
    public const string StaleConfigEntry = "SSOT0002";
    public const string DuplicateConcept = "SSOT1001";
    public const string AliasNotForwarding = "SSOT1002";
    public const string SameNameTypes = "SSOT1003";
    public const string DuplicateTestDouble = "SSOT1004";
    public const string CriticalSymbolMissing = "SSOT2001";
    public const string UnresolvedCanonicalName = "SSOT2002";
    public const string UnresolvedTypeNameString = "SSOT2003";
    public const string InactiveBranchDoesNotBind = "SSOT2004";
    public const string LegacyReference = "SSOT3001";
    public const string LegacyUsing = "SSOT3002";
    public const string LegacyPath = "SSOT3003";
    public const string ConfigurationOutsideAccessor = "SSOT4001";
    public const string UndeclaredVariable = "SSOT4002";
    public const string DuplicatedLiteral = "SSOT4003";
    public const string UnservedRoute = "SSOT4004";
    public const string NamespaceCycle = "SSOT5001";
}
