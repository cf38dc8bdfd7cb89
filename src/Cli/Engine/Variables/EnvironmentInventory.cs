using System.Collections.Immutable;
using Netra.Ssot.Cli.Deployment;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// What <c>ssot-check env</c> found: data only, formatted by the Env reporters; the command decides the exit code
/// from <see cref="Missing"/>. Paths are relative to <see cref="RootDirectory"/> (docs/env.md).
/// </summary>
internal sealed record EnvironmentInventory(
    string Input,
    string RootDirectory,
    string? ConfigFile,
    ImmutableArray<InventoryVariable> Variables,
    ImmutableArray<DynamicRead> Dynamic,
    ImmutableArray<string> Unread,
    ImmutableArray<CheckedManifest> Manifests,
    ImmutableArray<LoadIssue> LoadIssues)
{
    /// <summary>Every (variable, manifest) pair where a required variable is not provided, by variable then manifest.</summary>
    public IEnumerable<(InventoryVariable Variable, string Manifest)> Missing
        => Variables.SelectMany(v => v.MissingFrom.Select(m => (v, m)));
}

/// <summary>Where the value of an inventory variable comes from, as the code reads it.</summary>
internal enum VariableSource
{
    /// <summary>Declared only: no read names it.</summary>
    None,

    /// <summary>Read through <c>System.Environment</c> only.</summary>
    Environment,

    /// <summary>Read through <c>IConfiguration</c> only.</summary>
    Configuration,

    /// <summary>Read both ways.</summary>
    Both,
}

/// <summary>
/// One environment variable or configuration key: read by the code (named by a constant), declared in
/// <c>configuration.variables</c>, or both. <see cref="Name"/> is the declared spelling, else the first read's.
/// <see cref="RequiredBecause"/> says why it is required (<c>declared</c>, <c>read without a fallback</c>) or null.
/// <see cref="MissingFrom"/> lists the manifests (report paths) that do not provide a required variable.
/// </summary>
internal sealed record InventoryVariable(
    string Name,
    VariableSource Source,
    bool Declared,
    bool Required,
    string? RequiredBecause,
    bool Secret,
    string? Description,
    bool Section,
    ImmutableArray<VariableRead> Reads,
    ImmutableArray<string> MissingFrom);

/// <summary>A manifest given with <c>--manifest</c>: its report path, format and the sources it takes variables from unseen.</summary>
internal sealed record CheckedManifest(string Path, ManifestKind Kind, int Variables, ImmutableArray<ManifestSourceNote> UnknownSources);

/// <summary>An unknown source of a manifest (<c>envFrom configMap 'api-config'</c>), at its place (report path, 1-based line).</summary>
internal sealed record ManifestSourceNote(string Description, string File, int Line, string? Scope);
