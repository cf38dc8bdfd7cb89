using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// The analysis of one compiled variant (a project, or one target framework of it) as the cache keeps it: what it
/// was computed from (<see cref="Inputs"/>) and what it found. A later run reuses it for the same variant when every
/// input is the same again (<see cref="ProjectReuse"/>).
/// </summary>
/// <param name="ProjectPath">The project file, relative to the solution folder.</param>
/// <param name="Variant">The variant's name with its target framework, as load issues show it.</param>
/// <param name="Inputs">The digests of what the variant's analysis depends on, in the order a change is named (<see cref="VariantInputs"/>).</param>
/// <param name="Outcome">What the analysis found (its <see cref="VariantOutcome.Order"/> is the position it had then).</param>
/// <param name="Contribution">
/// Its part of the whole-solution index, reused by a later run when every input but the index is the same again
/// (<see cref="VariantInputs.Own"/>); null in an entry of an older layout.
/// </param>
/// <param name="Compilation">
/// What compiling it told the run, with what its compilation is made of: a later run with the same compilation inputs
/// does not compile it unless it must (<see cref="CompilationFacts"/>); null in an entry of an older layout.
/// </param>
internal sealed record CachedVariant(
    string ProjectPath,
    string Variant,
    IReadOnlyList<InputDigest> Inputs,
    VariantOutcome Outcome,
    CachedContribution? Contribution = null,
    CompilationFacts? Compilation = null);

/// <summary>One input of a variant's analysis and the SHA-256 of what it was.</summary>
/// <param name="Input">What it is, as the progress log names a change: "its source files", "the solution index", ...</param>
internal sealed record InputDigest(string Input, string Digest);
