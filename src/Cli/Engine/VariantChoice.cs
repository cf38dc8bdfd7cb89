using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The variants of one multi-targeted project to analyze (<see cref="TargetFrameworkVariants"/>), in name order, and
/// the note to show when its target frameworks restored unevenly (null otherwise).
/// </summary>
internal sealed record VariantChoice(IReadOnlyList<Project> Variants, string? Note);
