using Netra.Ssot.Catalog;

namespace Netra.Ssot.Analyzers.Tests.Catalog;

/// <summary>
/// The rules whose finding means "this name does not resolve" are marked once, in the catalog, so ssot-check can
/// hold their findings back in a project whose restore or references failed.
/// </summary>
public sealed class EnvironmentSensitiveRulesTests
{
    [Fact]
    public void Exactly_the_rules_about_names_that_do_not_resolve_are_environment_sensitive()
    {
        Assert.Equal(
            new[] { "SSOT0002", "SSOT2001", "SSOT2002", "SSOT2003" },
            RuleCatalog.Rules.Where(r => r.EnvironmentSensitive).Select(r => r.Id));
        Assert.All(
            RuleCatalog.Rules,
            r => Assert.Equal(r.EnvironmentSensitive, r.Descriptor.CustomTags.Contains(RuleInfo.EnvironmentSensitiveTag)));
    }
}
