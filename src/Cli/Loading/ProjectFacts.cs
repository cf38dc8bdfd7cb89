namespace Netra.Ssot.Cli.Loading;

/// <summary>
/// What MSBuild evaluation says about a project file, read in the workspace host because the analyzers cannot see
/// it: whether it declares itself a test project, which test framework it references (declared, even when the
/// package was never restored), where its restore output lives and which projects it references.
/// </summary>
/// <param name="Path">The full path of the project file.</param>
/// <param name="DeclaresTestProject">The MSBuild property <c>IsTestProject</c> is <c>true</c>.</param>
/// <param name="TestFrameworkPackage">The first <c>PackageReference</c> that names a test framework or the test SDK, or null.</param>
/// <param name="AssetsFile">The restore output (<c>project.assets.json</c>) of a PackageReference project, or null when the project does not restore that way.</param>
/// <param name="ProjectReferences">The full paths of the C# and VB projects whose output it references (those MSBuildWorkspace loads).</param>
internal sealed record ProjectFacts(
    string Path,
    bool DeclaresTestProject,
    string? TestFrameworkPackage,
    string? AssetsFile,
    IReadOnlyList<string> ProjectReferences)
{
    /// <summary>
    /// The files evaluation read besides the project file (every imported .props/.targets: Directory.Build.*, SDK
    /// and package imports, restore's nuget.g.props) and the restore output it points at (project.assets.json, also
    /// for a project without packages), by full path: what the cache of <c>--cache</c> keys a project on.
    /// </summary>
    public IReadOnlyList<string> EvaluationInputs { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Where the restore writes its output (<c>project.assets.json</c>), whether or not evaluation saw a package reference
    /// (a multi-targeted project may reference its packages only for some target frameworks), or null when unknown.
    /// </summary>
    public string? RestoreOutput { get; init; }

    /// <summary>A test project by declaration or by its test-framework reference.</summary>
    public bool IsTestProject => DeclaresTestProject || TestFrameworkPackage is not null;
}
