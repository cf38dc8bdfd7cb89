using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Engine.Solution;

/// <summary>What kind of type a declaration is, and the facts the duplicate rules group by.</summary>
[Flags]
#pragma warning disable CA1711 // a [Flags] enum of a declaration's traits; "Flags" says how to combine them
public enum DeclaredTypeFlags
#pragma warning restore CA1711
{
    None = 0,
    Class = 1,
    Struct = 2,
    Interface = 4,
    Enum = 8,
    Delegate = 16,
    Abstract = 32,
    Static = 64,
    Nested = 128,

    /// <summary>Declared in a test file (a test project or a <c>tests</c> glob).</summary>
    Test = 256,

    /// <summary>The first of <see cref="DeclaredType.Bases"/> is a base class; the rest are interfaces.</summary>
    HasBaseClass = 512,

    /// <summary>
    /// A database migration, generated in spirit: derives from a migration base (EF Core's <c>Migration</c> or
    /// <c>ModelSnapshot</c>, FluentMigrator's <c>Migration</c>) or carries <c>[Migration]</c> or <c>[DbContext]</c>.
    /// </summary>
    Migration = 1024,
}

/// <summary>
/// One source type of the solution as the duplicate rules see it: its names, where it is declared and what it
/// directly implements. The analyzers build these from their own compilation; ssot-check also passes the other
/// projects' declarations in (<see cref="SolutionIndex"/>), so a rule can relate types across projects.
/// </summary>
public sealed class DeclaredType
{
    public DeclaredType(
        string assembly,
        string metadataName,
        DeclaredTypeFlags flags,
        Location location,
        ImmutableArray<string> bases,
        ImmutableArray<string> baseChain = default,
        ImmutableArray<string> extensionPoints = default,
        string? displayName = null,
        ImmutableArray<string> memberNames = default,
        ImmutableArray<int> memberCode = default,
        ImmutableArray<SyntaxReference> declarations = default,
        string? memberlessAttributes = null,
        ImmutableArray<string> mappedEntities = default,
        ImmutableArray<string> propertyTypeNames = default)
    {
        Assembly = assembly;
        MetadataName = metadataName;
        Flags = flags;
        Location = location;
        Bases = bases;
        BaseChain = baseChain.IsDefault ? ImmutableArray<string>.Empty : baseChain;
        ExtensionPoints = extensionPoints.IsDefault ? ImmutableArray<string>.Empty : extensionPoints;
        MemberNames = memberNames.IsDefault ? ImmutableArray<string>.Empty : memberNames;
        _memberCode = memberCode.IsDefault && declarations.IsDefault ? ImmutableArray<int>.Empty : memberCode;
        _declarations = declarations;
        _memberlessAttributes = declarations.IsDefault ? memberlessAttributes : NotComputed;
        _propertyTypeNames = propertyTypeNames.IsDefault && declarations.IsDefault ? ImmutableArray<string>.Empty : propertyTypeNames;
        MappedEntities = mappedEntities.IsDefault ? ImmutableArray<string>.Empty : mappedEntities;
        Name = SymbolNames.SimpleName(metadataName);
        DisplayName = displayName ?? SymbolNames.DisplayName(metadataName);
        Arity = SymbolNames.Arity(metadataName);
        Namespace = SymbolNames.NamespaceOf(metadataName);
        Path = location.SourceTree?.FilePath ?? location.GetLineSpan().Path; // sorts compare it often: no line mapping
    }

    /// <summary>The assembly (project) that declares it; target-framework variants share it.</summary>
    public string Assembly { get; }

    public string MetadataName { get; }

    public string Name { get; }

    /// <summary>The name messages show: the simple name with its type parameters (<c>Repository&lt;T&gt;</c>).</summary>
    public string DisplayName { get; }

    public int Arity { get; }

    /// <summary>The namespace of the type (of the outermost type when nested); empty for the global namespace.</summary>
    public string Namespace { get; }

    public DeclaredTypeFlags Flags { get; }

    /// <summary>The first declaration's name token (a file location when it is in another compilation).</summary>
    public Location Location { get; }

    /// <summary>
    /// Metadata names of the base class (unless object; see <see cref="DeclaredTypeFlags.HasBaseClass"/>) and of the
    /// interfaces it declares directly, as definitions.
    /// </summary>
    public ImmutableArray<string> Bases { get; }

    /// <summary>
    /// Metadata names of every base class as definitions, the direct one first, up to (not including) object; a
    /// base that does not resolve ends the chain. SSOT1003 reads it: a same-name type that derives from another is a
    /// specialisation, not a copy.
    /// </summary>
    public ImmutableArray<string> BaseChain { get; }

    /// <summary>
    /// The <see cref="Bases"/> declared by a test library (<see cref="TestLibraries"/>): extension points of the test
    /// tooling such as AutoFixture's <c>ICustomization</c>, not seams of the code under test.
    /// </summary>
    public ImmutableArray<string> ExtensionPoints { get; }

    /// <summary>
    /// The names of the members the type declares itself (fields, properties, methods, events, enum members, nested
    /// types; no constructors, no accessors, no compiler-generated names), distinct and sorted ordinally. SSOT1003
    /// compares them: same-name types whose members differ are probably different things (<see cref="CopyEvidence"/>).
    /// </summary>
    public ImmutableArray<string> MemberNames { get; }

    /// <summary>
    /// Fingerprints of the code of its methods and of its properties with bodies (constructors left out), sorted
    /// (<see cref="Solution.MemberCode"/>): two types with the same fingerprints carry the same code.
    /// </summary>
    /// <remarks>
    /// Computed on first use from the declarations when the type comes from a compilation: only SSOT1003 reads it, for
    /// the few same-name types it compares, so the analyzers do not hash every method of every type.
    /// </remarks>
    public ImmutableArray<int> MemberCode
    {
        get
        {
            if (_memberCode.IsDefault)
            {
                // Benign race: two threads compute the same value.
                _memberCode = Solution.MemberCode.HashesOf(_declarations);
            }

            return _memberCode;
        }
    }

    private ImmutableArray<int> _memberCode;

    /// <summary>
    /// When the declarations written by hand (generated files left out) declare no member of their own (their content is
    /// generated from their attributes, as a <c>[JsonSerializable(typeof(X))] partial class Context : JsonSerializerContext
    /// { }</c>): the attributes they carry, each without whitespace and comments, sorted and joined by new lines (empty
    /// when none). Null when they declare members (a record's or class's parameter list counts).
    /// </summary>
    /// <remarks>Computed on first use from the declarations, like <see cref="MemberCode"/>.</remarks>
    public string? MemberlessAttributes
    {
        get
        {
            if (ReferenceEquals(_memberlessAttributes, NotComputed))
            {
                // Benign race: two threads compute the same value.
                _memberlessAttributes = OwnDeclarations.AttributesWhenMemberless(_declarations);
            }

            return _memberlessAttributes;
        }
    }

    /// <summary>
    /// The entities this type maps for Entity Framework Core (metadata names): the <c>T</c> of a <c>DbContext</c>'s
    /// <c>DbSet&lt;T&gt;</c> properties, or of the <c>IEntityTypeConfiguration&lt;T&gt;</c> it implements. SSOT1003 reads
    /// them: a persistence entity and the value object it stores are two layers, not copies (<see cref="CopyEvidence"/>).
    /// </summary>
    public ImmutableArray<string> MappedEntities { get; }

    /// <summary>
    /// The simple names the types of its properties are written with (<c>ICollection&lt;BaseItemEntity&gt;</c> gives
    /// <c>ICollection</c> and <c>BaseItemEntity</c>), distinct and sorted ordinally: whether an entity navigates to another.
    /// </summary>
    /// <remarks>Computed on first use from the declarations' syntax, like <see cref="MemberCode"/>.</remarks>
    public ImmutableArray<string> PropertyTypeNames
    {
        get
        {
            if (_propertyTypeNames.IsDefault)
            {
                // Benign race: two threads compute the same value.
                _propertyTypeNames = OwnDeclarations.PropertyTypeNames(_declarations);
            }

            return _propertyTypeNames;
        }
    }

    private ImmutableArray<string> _propertyTypeNames;

    /// <summary>A sentinel no attribute text can be (compared by reference).</summary>
    private static readonly string NotComputed = new('\0', 1);
    private string? _memberlessAttributes;
    private readonly ImmutableArray<SyntaxReference> _declarations;

    public string? BaseClass => Is(DeclaredTypeFlags.HasBaseClass) ? Bases[0] : null;

    public string Path { get; }

    public TextSpan Span => Location.SourceSpan;

    public bool Is(DeclaredTypeFlags flag) => (Flags & flag) == flag;

    /// <summary>A class or struct that can be instantiated: the kinds that "implement" something.</summary>
    public bool IsConcrete => (Is(DeclaredTypeFlags.Class) || Is(DeclaredTypeFlags.Struct)) && !Is(DeclaredTypeFlags.Abstract) && !Is(DeclaredTypeFlags.Static);

    /// <summary>Sorts declarations the same way in every run: by file, then position.</summary>
    public static int CompareByPlace(DeclaredType a, DeclaredType b)
    {
        int byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Span.Start.CompareTo(b.Span.Start);
    }

    public override string ToString() => MetadataName;
}
