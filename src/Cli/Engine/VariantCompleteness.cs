using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// How completely one target framework of a project restored, from what the workspace and the restore know before
/// anything is compiled: whether it references its framework's core assembly, which projects it references (directly
/// or through others) lack theirs or did not load, and which packages the restore could not provide for that target
/// framework. A variant that misses one of these binds less of the code (an obsolete member called with an argument
/// of a missing type is not recognised, a referenced project without its framework has no usable types).
/// More complete sorts higher: a framework, then fewer broken project references, then fewer missing packages.
/// </summary>
/// <param name="TargetFramework">The variant's target framework (<c>net8.0</c>), or its project name when it has none.</param>
/// <param name="BrokenReferences">The referenced projects without framework references or that did not load, as <c>Lib (net452)</c>, sorted.</param>
/// <param name="MissingPackages">The packages the restore could not provide for this target framework, sorted.</param>
internal sealed record VariantCompleteness(string TargetFramework, bool HasFramework, IReadOnlyList<string> BrokenReferences, IReadOnlyList<string> MissingPackages)
    : IComparable<VariantCompleteness>
{
    /// <summary>How many names a description lists before it says how many more there are.</summary>
    private const int NamesShown = 3;

    /// <param name="missingPackages">The project's missing packages by target framework (<see cref="RestoreGraphErrors.MissingPackages"/>).</param>
    public static VariantCompleteness Of(Project variant, IReadOnlyDictionary<string, IReadOnlyList<string>> missingPackages)
    {
        string? framework = ProjectNames.TargetFramework(variant);
        return new VariantCompleteness(
            framework ?? variant.Name,
            HasFrameworkReference(variant),
            BrokenReferencesOf(variant),
            framework is not null && missingPackages.TryGetValue(framework, out var missing) ? missing : Array.Empty<string>());
    }

    /// <summary>
    /// Whether the variant references its framework's core assembly (what defines <c>System.Object</c>), as a restored
    /// project does; the workspace drops a reference whose file is missing, so an unrestored framework has none.
    /// </summary>
    public static bool HasFrameworkReference(Project project)
        => project.MetadataReferences.OfType<PortableExecutableReference>()
            .Any(r => Path.GetFileNameWithoutExtension(r.FilePath) is "System.Runtime" or "mscorlib" or "netstandard" or "System.Private.CoreLib");

    /// <summary>Nothing is missing: the framework, every referenced project's framework and every package.</summary>
    public bool IsComplete => HasFramework && BrokenReferences.Count == 0 && MissingPackages.Count == 0;

    /// <summary>In a few words: <c>restored completely</c>, or what is missing (<c>1 package not restored: Foo</c>).</summary>
    public string Description
    {
        get
        {
            if (IsComplete)
            {
                return "restored completely";
            }

            var parts = new List<string>();
            if (!HasFramework)
            {
                parts.Add("no framework references");
            }

            if (BrokenReferences.Count > 0)
            {
                parts.Add($"{Count(BrokenReferences.Count, "referenced project")} without framework references or not loaded: {Names(BrokenReferences)}");
            }

            if (MissingPackages.Count > 0)
            {
                parts.Add($"{Count(MissingPackages.Count, "package")} not restored: {Names(MissingPackages)}");
            }

            return string.Join("; ", parts);
        }
    }

    /// <summary>Positive when this variant is more complete than <paramref name="other"/>, zero when they are as complete.</summary>
    public int CompareTo(VariantCompleteness? other)
    {
        if (other is null)
        {
            return 1;
        }

        int framework = HasFramework.CompareTo(other.HasFramework);
        if (framework != 0)
        {
            return framework;
        }

        int references = other.BrokenReferences.Count.CompareTo(BrokenReferences.Count);
        return references != 0 ? references : other.MissingPackages.Count.CompareTo(MissingPackages.Count);
    }

    /// <summary>
    /// The projects the variant references, directly or through the projects it references, that lack framework
    /// references or are not in the solution (the workspace did not load them).
    /// </summary>
    private static List<string> BrokenReferencesOf(Project variant)
    {
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<ProjectId> { variant.Id };
        var pending = new Queue<Project>();
        pending.Enqueue(variant);
        while (pending.TryDequeue(out var project))
        {
            foreach (var reference in project.AllProjectReferences)
            {
                if (!seen.Add(reference.ProjectId))
                {
                    continue;
                }

                if (project.Solution.GetProject(reference.ProjectId) is not { } referenced)
                {
                    broken.Add($"a project referenced by {Display(project)} that did not load");
                    continue;
                }

                if (!HasFrameworkReference(referenced))
                {
                    broken.Add(Display(referenced));
                }

                pending.Enqueue(referenced);
            }
        }

        return broken.ToList();
    }

    private static string Display(Project project)
        => ProjectNames.TargetFramework(project) is { } framework ? $"{ProjectNames.Of(project)} ({framework})" : ProjectNames.Of(project);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Names(IReadOnlyList<string> names)
        => string.Join(", ", names.Take(NamesShown)) + (names.Count > NamesShown ? $" and {names.Count - NamesShown} more" : string.Empty);
}
