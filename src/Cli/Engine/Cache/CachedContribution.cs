using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Cli.Engine.Variables;
using Netra.Ssot.Engine.Routes;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// An <see cref="IndexContribution"/> as the cache file keeps it (plain data: each declared type with every fact the
/// index holds, its place as a file location). <see cref="ToContribution"/> gives back what the index was built
/// from, or null when a part is missing (a damaged entry: the contribution is computed again).
/// </summary>
internal sealed record CachedContribution(
    IReadOnlyList<CachedType>? Types,
    IReadOnlyList<string>? Resolves,
    IReadOnlyList<CachedRoute>? Routes,
    IReadOnlyList<VariableRead>? Reads,
    bool ReadsCollected,
    string? Assembly,
    IReadOnlyList<string>? ReferencedAssemblies)
{
    public static CachedContribution From(IndexContribution contribution)
        => new(
            contribution.Types.Select(CachedType.From).ToList(),
            contribution.Resolves,
            contribution.Routes.Select(r => new CachedRoute(r.Template, r.Kind, r.FilePath, r.Line, r.PrefixKnown)).ToList(),
            contribution.Reads,
            contribution.Reads is not null,
            contribution.Assembly,
            contribution.ReferencedAssemblies);

    /// <summary>The contribution, or null when a part is missing.</summary>
    public IndexContribution? ToContribution()
    {
        if (Types is null || Resolves is null || Routes is null || (ReadsCollected && Reads is null) || Assembly is null || ReferencedAssemblies is null
            || Types.Any(t => t?.ToDeclaredType() is null) || Routes.Any(r => r?.Template is null || r.FilePath is null) || Resolves.Any(r => r is null)
            || ReferencedAssemblies.Any(r => r is null) || (Reads is not null && Reads.Any(r => r?.Key is null || r.File is null || r.Api is null || r.Project is null)))
        {
            return null;
        }

        return new IndexContribution(
            Types.Select(t => t.ToDeclaredType()!).ToList(),
            Resolves,
            Routes.Select(r => new ServedRoute(r.Template, r.Kind, r.FilePath, r.Line, r.PrefixKnown)).ToList(),
            ReadsCollected ? Reads : null,
            Assembly,
            ReferencedAssemblies);
    }
}

/// <summary>A served route as the cache keeps it (<see cref="ServedRoute"/>).</summary>
internal sealed record CachedRoute(string Template, ServedRouteKind Kind, string FilePath, int Line, bool PrefixKnown);

/// <summary>
/// A <see cref="DeclaredType"/> as the cache keeps it: every fact the index holds (<see cref="IndexDigest.DeclaredTypeFacts"/>),
/// its place as the file location the index gives a type of another compilation (full path, span, line span).
/// </summary>
internal sealed record CachedType(
    string Assembly,
    string MetadataName,
    string DisplayName,
    int Flags,
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartCharacter,
    int EndLine,
    int EndCharacter,
    IReadOnlyList<string> Bases,
    IReadOnlyList<string> BaseChain,
    IReadOnlyList<string> ExtensionPoints,
    IReadOnlyList<string> MemberNames,
    IReadOnlyList<int> MemberCode,
    string? MemberlessAttributes,
    IReadOnlyList<string> MappedEntities,
    IReadOnlyList<string> PropertyTypeNames)
{
    public static CachedType From(DeclaredType type)
    {
        var line = type.Location.GetLineSpan();
        return new CachedType(
            type.Assembly,
            type.MetadataName,
            type.DisplayName,
            (int)type.Flags,
            line.Path,
            type.Span.Start,
            type.Span.Length,
            line.StartLinePosition.Line,
            line.StartLinePosition.Character,
            line.EndLinePosition.Line,
            line.EndLinePosition.Character,
            type.Bases,
            type.BaseChain,
            type.ExtensionPoints,
            type.MemberNames,
            type.MemberCode,
            type.MemberlessAttributes,
            type.MappedEntities,
            type.PropertyTypeNames);
    }

    /// <summary>The declared type with a file location, or null when a part is missing.</summary>
    public DeclaredType? ToDeclaredType()
    {
        if (Assembly is null || MetadataName is null || DisplayName is null || Path is null || Bases is null || BaseChain is null || ExtensionPoints is null
            || MemberNames is null || MemberCode is null || MappedEntities is null || PropertyTypeNames is null
            || Start < 0 || Length < 0 || StartLine < 0 || StartCharacter < 0 || EndLine < 0 || EndCharacter < 0)
        {
            return null;
        }

        var location = Location.Create(
            Path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
        return new DeclaredType(
            Assembly,
            MetadataName,
            (DeclaredTypeFlags)Flags,
            location,
            Bases.ToImmutableArray(),
            BaseChain.ToImmutableArray(),
            ExtensionPoints.ToImmutableArray(),
            DisplayName,
            MemberNames.ToImmutableArray(),
            MemberCode.ToImmutableArray(),
            memberlessAttributes: MemberlessAttributes,
            mappedEntities: MappedEntities.ToImmutableArray(),
            propertyTypeNames: PropertyTypeNames.ToImmutableArray());
    }
}
