using Microsoft.CodeAnalysis;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// A digest of everything in the whole-solution index that a project's analyzers can read: every declared type with
/// its place, names, flags, bases, members and member code; the analyzed files; the configuration reads; the served
/// routes; the configured names that resolve; and the project references (each variant's assembly and the
/// assemblies it references, with the length and time of each referenced file). A project's cached analysis is
/// reused only while this digest is the one it was analyzed with, so a cross-project finding reported in an unchanged
/// project (SSOT1001, SSOT1003, SSOT1004, SSOT4004, SSOT0002) follows a change anywhere else.
/// </summary>
internal static class IndexDigest
{
    /// <summary>
    /// The facts of a <see cref="DeclaredType"/> the digest adds (the others are computed from these). A rule reads a
    /// declared type of another project only through them; IndexDigestTests fails when DeclaredType gains a fact that
    /// is not here, so that a new fact cannot leave a cached finding stale.
    /// </summary>
    internal static readonly string[] DeclaredTypeFacts =
    [
        nameof(DeclaredType.Assembly), nameof(DeclaredType.MetadataName), nameof(DeclaredType.DisplayName), nameof(DeclaredType.Flags),
        nameof(DeclaredType.Location), nameof(DeclaredType.Bases), nameof(DeclaredType.BaseChain), nameof(DeclaredType.ExtensionPoints),
        nameof(DeclaredType.MemberNames), nameof(DeclaredType.MemberCode), nameof(DeclaredType.MemberlessAttributes),
        nameof(DeclaredType.MappedEntities), nameof(DeclaredType.PropertyTypeNames),
    ];

    /// <summary>The facts of a <see cref="DeclaredType"/> that follow from <see cref="DeclaredTypeFacts"/>.</summary>
    internal static readonly string[] DerivedFacts =
    [
        nameof(DeclaredType.Name), nameof(DeclaredType.Arity), nameof(DeclaredType.Namespace), nameof(DeclaredType.Path),
        nameof(DeclaredType.Span), nameof(DeclaredType.BaseClass), nameof(DeclaredType.IsConcrete),
    ];

    /// <param name="resolvableNames">
    /// The configured names that resolve, as the index was built with them (<see cref="IndexContributions.ResolvableNames"/>):
    /// a type declared in a file that is not scored (generated, excluded) is in no declared type, but may resolve a configured name.
    /// </param>
    public static string Of(CompiledSolution compiled, SolutionIndex index, IEnumerable<string> resolvableNames, string rootDirectory, ReferenceStamps stamps)
    {
        using var digest = new Digest();
        foreach (string name in resolvableNames.Order(StringComparer.Ordinal))
        {
            digest.Add("resolves", name);
        }

        foreach (var variant in compiled.Variants)
        {
            // From what compiling it told (a variant the cache kept uncompiled has no compilation to ask).
            var facts = variant.Facts ?? throw new InvalidOperationException($"{variant.Variant} has no compilation facts: it was compiled without the cache.");
            digest.Add("variant", variant.Variant, facts.AssemblyName);
            foreach (var name in facts.ReferencedAssemblies.Order(StringComparer.Ordinal))
            {
                digest.Add("assembly", name);
            }

            foreach (var reference in facts.References.Order(StringComparer.Ordinal))
            {
                digest.Add("reference", reference, stamps.Of(reference));
            }
        }

        foreach (var type in index.Types)
        {
            var span = type.Location.GetLineSpan();
            digest.Add(
                "type",
                type.Assembly,
                type.MetadataName,
                type.DisplayName,
                (int)type.Flags,
                ReportPaths.Relative(rootDirectory, type.Path),
                type.Span.Start,
                type.Span.Length,
                span.StartLinePosition,
                span.EndLinePosition);
            digest.Add("bases", string.Join(',', type.Bases), string.Join(',', type.BaseChain), string.Join(',', type.ExtensionPoints));
            digest.Add("members", string.Join(',', type.MemberNames), string.Join(',', type.MemberCode));
            digest.Add("evidence", type.MemberlessAttributes ?? "\u0000", string.Join(',', type.MappedEntities), string.Join(',', type.PropertyTypeNames));
        }

        foreach (string file in index.Files)
        {
            digest.Add("file", ReportPaths.Relative(rootDirectory, file));
        }

        if (index.ConfigurationReads is { } reads)
        {
            foreach (var read in reads)
            {
                digest.Add("read", read.Key, read.IsSection);
            }
        }
        else
        {
            digest.Add("reads not collected");
        }

        foreach (var route in index.Routes)
        {
            digest.Add("route", route.Template, route.Kind, ReportPaths.Relative(rootDirectory, route.FilePath), route.Line, route.PrefixKnown);
        }

        return digest.Finish();
    }
}
