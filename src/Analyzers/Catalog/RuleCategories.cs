namespace Netra.Ssot.Catalog;

/// <summary>Diagnostic categories, one per rule family.</summary>
public static class RuleCategories
{
    public const string Architecture = "Netra.Ssot.Architecture";
    public const string Configuration = "Netra.Ssot.Configuration";
    public const string ConfigurationAccess = "Netra.Ssot.ConfigurationAccess";
    public const string Duplication = "Netra.Ssot.Duplication";
    public const string Imports = "Netra.Ssot.Imports";
    public const string Legacy = "Netra.Ssot.Legacy";
    public const string Routes = "Netra.Ssot.Routes";
}
