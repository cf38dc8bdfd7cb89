using System.Collections.Immutable;
using Netra.Ssot.Cli.Deployment;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// Turns the reads of a solution, the declared variables and the manifests into the inventory (docs/env.md):
/// <list type="bullet">
/// <item>one entry per name (compared as <see cref="ConfigurationKeys.NameComparer"/>): each declared variable and
/// each name a constant read reads; a declared key also lists the whole-section reads of a section above it;</item>
/// <item>required: a declared variable as declared (<c>required</c>, default true); an undeclared name when some
/// production read of that one key has no fallback (test reads and whole-section reads never make a name required);</item>
/// <item>a required variable is missing from a manifest that provides no name equal to it; an <c>appsettings*.json</c>
/// provides configuration keys, not a variable the code reads only through <c>System.Environment</c>.</item>
/// </list>
/// </summary>
internal static class InventoryBuilder
{
    public const string DeclaredRequired = "declared";
    public const string ReadWithoutFallback = "read without a fallback";

    public static (ImmutableArray<InventoryVariable> Variables, ImmutableArray<string> Unread) Build(
        ImmutableArray<ConfigVariable> declared,
        ImmutableArray<VariableRead> reads,
        IReadOnlyList<(string Path, DeploymentManifest Manifest)> manifests)
    {
        var byName = new Dictionary<string, List<VariableRead>>(ConfigurationKeys.NameComparer);
        var names = new List<string>();
        foreach (var read in reads)
        {
            if (!byName.TryGetValue(read.Key, out var list))
            {
                byName[read.Key] = list = new List<VariableRead>();
                names.Add(read.Key);
            }

            list.Add(read);
        }

        var variables = new List<InventoryVariable>();
        foreach (var variable in declared)
        {
            var own = reads.Where(r => VariableUsage.Reads(r, variable.Name)).ToImmutableArray();
            variables.Add(Entry(variable.Name, variable, own, manifests));
        }

        foreach (string name in names)
        {
            if (!declared.Any(v => ConfigurationKeys.AreSame(v.Name, name)))
            {
                variables.Add(Entry(name, declaration: null, byName[name].ToImmutableArray(), manifests));
            }
        }

        var unread = VariableUsage.Unread(declared, reads).Select(v => v.Name).ToImmutableArray();
        return (
            variables.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Name, StringComparer.Ordinal).ToImmutableArray(),
            unread);
    }

    private static InventoryVariable Entry(
        string name,
        ConfigVariable? declaration,
        ImmutableArray<VariableRead> reads,
        IReadOnlyList<(string Path, DeploymentManifest Manifest)> manifests)
    {
        var source = SourceOf(reads);
        string? because = declaration is not null
            ? declaration.Required ? DeclaredRequired : null
            : reads.Any(r => !r.IsTest && !r.IsSection && !r.HasFallback) ? ReadWithoutFallback : null;
        bool section = declaration is null && reads.All(r => r.IsSection);
        var missing = because is null
            ? ImmutableArray<string>.Empty
            : manifests.Where(m => !Provides(m.Manifest, name, source)).Select(m => m.Path).ToImmutableArray();
        return new InventoryVariable(
            name,
            source,
            declaration is not null,
            because is not null,
            because,
            declaration?.Secret ?? false,
            declaration?.Description,
            section,
            reads,
            missing);
    }

    private static VariableSource SourceOf(ImmutableArray<VariableRead> reads)
    {
        bool environment = reads.Any(r => r.Source == ConfigurationSource.EnvironmentVariable);
        bool configuration = reads.Any(r => r.Source == ConfigurationSource.ConfigurationKey);
        return (environment, configuration) switch
        {
            (true, true) => VariableSource.Both,
            (true, false) => VariableSource.Environment,
            (false, true) => VariableSource.Configuration,
            _ => VariableSource.None,
        };
    }

    private static bool Provides(DeploymentManifest manifest, string name, VariableSource source)
        => (manifest.Kind != ManifestKind.AppSettings || source != VariableSource.Environment) && manifest.Provides(name);
}
