using Microsoft.CodeAnalysis;
using Netra.Ssot.Config;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Cli.Engine.Init;

/// <summary>
/// What <c>init</c> looks up about declarations in the compiled solution: each type's symbol (in the compilation
/// that declares it), its shape, how often it is used, and which projects can see which (project references,
/// transitively).
/// </summary>
internal sealed class SolutionFacts
{
    private readonly Dictionary<string, Compilation> _compilationOfFile = new(StringComparer.Ordinal);
    private readonly Dictionary<DeclaredType, TypeShape?> _shapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DeclaredType, TypeTraits> _traits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, HashSet<string>> _reachable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _referencedBy = new(StringComparer.Ordinal);
    private readonly CompiledSolution _compiled;
    private readonly CancellationToken _cancellationToken;
    private Dictionary<(string Assembly, string MetadataName), TypeUse> _uses = new();

    public SolutionFacts(CompiledSolution compiled, SsotConfigFile config, CancellationToken cancellationToken)
    {
        _compiled = compiled;
        _cancellationToken = cancellationToken;
        Config = config;
        foreach (var variant in compiled.Variants)
        {
            foreach (var tree in variant.Compilation.SyntaxTrees)
            {
                _compilationOfFile.TryAdd(tree.FilePath, variant.Compilation);
            }
        }

        var direct = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var variant in compiled.Variants)
        {
            string assembly = variant.Compilation.AssemblyName ?? string.Empty;
            var references = direct.TryGetValue(assembly, out var found) ? found : direct[assembly] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in variant.Project.ProjectReferences)
            {
                if (variant.Project.Solution.GetProject(reference.ProjectId)?.AssemblyName is { } referenced)
                {
                    references.Add(referenced);
                }
            }
        }

        foreach (string assembly in direct.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(direct[assembly]);
            while (stack.Count > 0)
            {
                string next = stack.Pop();
                if (seen.Add(next) && direct.TryGetValue(next, out var further))
                {
                    foreach (string item in further)
                    {
                        stack.Push(item);
                    }
                }
            }

            _reachable[assembly] = seen;
        }

        // Counted over the closure: a restored project lists its transitive project references, an unrestored one only
        // its direct ones, and the count must not depend on that.
        foreach (var reachable in _reachable)
        {
            foreach (string referenced in reachable.Value.Where(r => r != reachable.Key))
            {
                _referencedBy[referenced] = _referencedBy.GetValueOrDefault(referenced) + 1;
            }
        }
    }

    /// <summary>The configuration the proposals are judged against (paths are relative to its folder).</summary>
    public SsotConfigFile Config { get; }

    /// <summary>How many other compiled projects reference the assembly, directly or through another (a shared library scores high).</summary>
    public int ReferencedBy(string assembly) => _referencedBy.GetValueOrDefault(assembly);

    /// <summary>Whether code in <paramref name="from"/> can use a type of <paramref name="to"/>: the same project or a reference, transitively.</summary>
    public bool CanSee(string from, string to) => from == to || (_reachable.TryGetValue(from, out var reachable) && reachable.Contains(to));

    public INamedTypeSymbol? Symbol(DeclaredType type)
        => _compilationOfFile.TryGetValue(type.Path, out var compilation) ? compilation.Assembly.GetTypeByMetadataName(type.MetadataName) : null;

    public TypeShape? Shape(DeclaredType type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            _shapes[type] = shape = Symbol(type) is { } symbol ? TypeShape.Of(symbol, _cancellationToken) : null;
        }

        return shape;
    }

    /// <summary>Whether the type is [Obsolete] and whether it can be used without being named; a type whose symbol is not found counts as findable without its name.</summary>
    public TypeTraits Traits(DeclaredType type)
    {
        if (!_traits.TryGetValue(type, out var traits))
        {
            _traits[type] = traits = Symbol(type) is { } symbol ? TypeTraits.Of(symbol) : new TypeTraits(false, true);
        }

        return traits;
    }

    /// <summary>Counts the references to these types across the solution (once; later calls replace the counts).</summary>
    public void CountUses(IEnumerable<DeclaredType> types)
    {
        var targets = types.Select(t => (t.Assembly, t.MetadataName)).ToList();
        _uses = TypeUseCounter.Count(_compiled.Variants.Select(v => v.Compilation), targets, _cancellationToken);
    }

    public TypeUse Use(DeclaredType type) => _uses.GetValueOrDefault((type.Assembly, type.MetadataName));

    public FamilyMember Member(DeclaredType type)
    {
        int references = Use(type).References;
        return new FamilyMember(type, references, references == 0 && !Traits(type).FoundWithoutName);
    }
}
