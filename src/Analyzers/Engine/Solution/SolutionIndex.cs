using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Configuration;
using Netra.Ssot.Engine.Routes;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// The whole solution's declarations, for rules that relate types across projects (SSOT1001's canonical place,
/// SSOT1003, SSOT1004, SSOT0002). An analyzer sees one compilation; ssot-check first collects every project's
/// <see cref="DeclaredType"/>s, builds this index once and hands the same object to each project's analyzers as
/// a <see cref="SolutionIndexText"/> among the additional files. Rules still report only on their own
/// compilation's types, so every finding goes through the compiler's suppression and severity machinery. In a
/// build or the IDE there is no index and the rules judge from the compilation alone.
/// </summary>
public sealed class SolutionIndex
{
    private readonly ImmutableHashSet<string> _resolvable;
    private readonly Dictionary<string, HashSet<string>>? _references;

    /// <param name="types">Source types of every analyzed project (target-framework variants merged), in a stable order.</param>
    /// <param name="resolvableNames">Configured type names that resolve in at least one project (<see cref="ResolvableNames"/>).</param>
    /// <param name="files">The full paths of every analyzed source file.</param>
    /// <param name="configurationReads">
    /// What every production read of the solution reads (<see cref="ReadKey"/>), for SSOT0002's declared variables
    /// nothing reads; null when not collected (ssot.json declares no variables).
    /// </param>
    /// <param name="routes">The routes every analyzed project serves (<see cref="EndpointCollector"/>), for SSOT4004.</param>
    /// <param name="projectReferences">
    /// Which analyzed assembly references which other analyzed assembly directly (target-framework variants merged),
    /// for SSOT1003's per-service copies; null when not collected.
    /// </param>
    public SolutionIndex(IEnumerable<DeclaredType> types, IEnumerable<string> resolvableNames, IEnumerable<string>? files = null, IEnumerable<ReadKey>? configurationReads = null, IEnumerable<ServedRoute>? routes = null, IEnumerable<(string Assembly, string Referenced)>? projectReferences = null)
    {
        if (projectReferences is not null)
        {
            _references = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (assembly, referenced) in projectReferences)
            {
                if (!_references.TryGetValue(assembly, out var direct))
                {
                    _references[assembly] = direct = new HashSet<string>(StringComparer.Ordinal);
                }

                direct.Add(referenced);
            }
        }

        Routes = (routes ?? Enumerable.Empty<ServedRoute>()).ToImmutableArray();
        // A location in another compilation's syntax tree cannot be reported (the driver rejects a diagnostic whose
        // locations are in trees outside the analyzed compilation): each type keeps its place as a file location.
        Types = types.Select(AsFileLocation).ToImmutableArray();
        _resolvable = resolvableNames.Concat(Types.Select(t => t.MetadataName)).ToImmutableHashSet(StringComparer.Ordinal);
        Files = (files ?? Enumerable.Empty<string>()).ToImmutableArray();
        ConfigurationReads = configurationReads?.ToImmutableArray();
    }

    /// <summary>What the production reads of the whole solution read, or null when they were not collected.</summary>
    public ImmutableArray<ReadKey>? ConfigurationReads { get; }

    /// <summary>The full paths of every analyzed source file of the solution (for path globs).</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>The routes every analyzed project serves, target-framework variants merged.</summary>
    public ImmutableArray<ServedRoute> Routes { get; }

    /// <summary>Source types of every analyzed project, target-framework variants merged.</summary>
    public ImmutableArray<DeclaredType> Types { get; }

    /// <summary>Whether a type metadata name resolves in at least one project (from source or a reference).</summary>
    public bool Resolves(string metadataName) => _resolvable.Contains(metadataName);

    /// <summary>Whether the project references were collected (ssot-check collects them; a test index may not).</summary>
    public bool KnowsProjectReferences => _references is not null;

    /// <summary>
    /// Whether one of two analyzed assemblies references the other, directly or through other analyzed assemblies
    /// (true for the same assembly, and when the references were not collected).
    /// </summary>
    public bool AreRelated(string a, string b)
        => _references is null || string.Equals(a, b, StringComparison.Ordinal) || References(a, b) || References(b, a);

    /// <summary>
    /// Whether <paramref name="assembly"/> references <paramref name="referenced"/>, directly or through other analyzed
    /// assemblies: the direction <see cref="AreRelated"/> forgets (false for the same assembly, and when the references
    /// were not collected). SSOT1003 reads it to tell the projects a parallel model was written from.
    /// </summary>
    public bool DependsOn(string assembly, string referenced)
        => _references is not null && !string.Equals(assembly, referenced, StringComparison.Ordinal) && References(assembly, referenced);

    private bool References(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            if (_references!.TryGetValue(pending.Pop(), out var direct))
            {
                foreach (string referenced in direct)
                {
                    if (string.Equals(referenced, to, StringComparison.Ordinal))
                    {
                        return true;
                    }

                    if (seen.Add(referenced))
                    {
                        pending.Push(referenced);
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The declarations of assemblies other than <paramref name="assembly"/>.</summary>
    public IEnumerable<DeclaredType> OtherThan(string assembly) => Types.Where(t => !string.Equals(t.Assembly, assembly, StringComparison.Ordinal));

    /// <summary>The index passed to this compilation's analyzers (a <see cref="SolutionIndexText"/>), or null (a build or the IDE).</summary>
#pragma warning disable RS1012 // A helper called by start actions that do register actions; it only reads the context.
    public static SolutionIndex? Load(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (file is SolutionIndexText index)
            {
                return index.Index;
            }
        }

        return null;
    }

    /// <summary>The configured type names (<see cref="SsotConfig.SymbolNames"/>) that resolve in at least one compilation.</summary>
    public static IEnumerable<string> ResolvableNames(SsotConfig config, IReadOnlyCollection<Compilation> compilations)
        => config.SymbolNames()
            .Distinct(StringComparer.Ordinal)
            .Where(name => compilations.Any(compilation => SymbolResolver.Resolve(compilation, name) is not null));

    private static DeclaredType AsFileLocation(DeclaredType type)
    {
        if (!type.Location.IsInSource)
        {
            return type;
        }

        var line = type.Location.GetLineSpan();
        var location = Location.Create(line.Path, type.Span, line.Span);
        return new DeclaredType(type.Assembly, type.MetadataName, type.Flags, location, type.Bases, type.BaseChain, type.ExtensionPoints, type.DisplayName, type.MemberNames, type.MemberCode, memberlessAttributes: type.MemberlessAttributes, mappedEntities: type.MappedEntities, propertyTypeNames: type.PropertyTypeNames);
    }
}
