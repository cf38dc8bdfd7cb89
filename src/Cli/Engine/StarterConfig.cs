using System.Collections.Immutable;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine;

/// <summary>One declaration of a family, with how often the solution names it (outside its own declaration).</summary>
/// <param name="Unused">No reference by name, and nothing else (attributes, base types, extension methods) can use it.</param>
internal sealed record FamilyMember(DeclaredType Type, int References, bool Unused);

/// <summary>
/// A same-name family proposed as a concept: the evidence that its members are one thing (identical or near-identical
/// bodies, the same public members), and the member suggested as canonical because the solution uses it most.
/// </summary>
/// <param name="Strength">How strong the evidence is: 4 identical bodies, 3 near-identical, 2 same public members, 1 most members shared.</param>
internal sealed record ConceptCandidate(string Name, FamilyMember Canonical, ImmutableArray<FamilyMember> Others, int Strength, string Evidence, string Why);

/// <summary>A proposed entry of a string list (<c>discovery.families</c>, <c>discovery.ignoreNames</c>, <c>tests</c>) and why.</summary>
internal sealed record ProposedValue(string Value, string Why);

/// <summary>A proposed <c>legacy</c> entry: a namespace or a type, with the replacement when one is clear.</summary>
internal sealed record LegacyProposal(string Kind, string Target, string? Replacement, string Why);

/// <summary>A same-name family left out of the proposals, with why (different members, partial copies, independent projects).</summary>
internal sealed record FamilyNote(string Name, ImmutableArray<FamilyMember> Members, string Why);

/// <summary>What <c>ssot-check init</c> found: the proposals and what they were drawn from.</summary>
internal sealed record StarterConfig(
    string Solution,
    string RootDirectory,
    ImmutableArray<ConceptCandidate> Concepts,
    ImmutableArray<ProposedValue> Families,
    ImmutableArray<ProposedValue> IgnoreNames,
    ImmutableArray<ProposedValue> Tests,
    ImmutableArray<LegacyProposal> Legacy,
    ImmutableArray<FamilyNote> NotProposed,
    int Projects,
    int Files,
    ImmutableArray<LoadIssue> LoadIssues);
