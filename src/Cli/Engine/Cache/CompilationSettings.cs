using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// A project's C# compilation options as the cache keeps them (<see cref="LoadSnapshot"/>): every option a project
/// file or the command line can set. The resolvers (XML documentation includes, strong-name keys, assembly identity)
/// are the workspace's, recreated on load.
/// </summary>
internal sealed record CompilationSettings(
    OutputKind OutputKind,
    bool ReportSuppressedDiagnostics,
    string? ModuleName,
    string? MainTypeName,
    string? ScriptClassName,
    IReadOnlyList<string> Usings,
    OptimizationLevel OptimizationLevel,
    bool CheckOverflow,
    bool AllowUnsafe,
    string? CryptoKeyContainer,
    string? CryptoKeyFile,
    string CryptoPublicKey,
    bool? DelaySign,
    Platform Platform,
    ReportDiagnostic GeneralDiagnosticOption,
    int WarningLevel,
    IReadOnlyDictionary<string, ReportDiagnostic> SpecificDiagnosticOptions,
    bool ConcurrentBuild,
    bool Deterministic,
    bool PublicSign,
    MetadataImportOptions MetadataImportOptions,
    NullableContextOptions NullableContextOptions)
{
    public static CompilationSettings From(CSharpCompilationOptions options)
        => new(
            options.OutputKind,
            options.ReportSuppressedDiagnostics,
            options.ModuleName,
            options.MainTypeName,
            options.ScriptClassName,
            options.Usings.ToList(),
            options.OptimizationLevel,
            options.CheckOverflow,
            options.AllowUnsafe,
            options.CryptoKeyContainer,
            options.CryptoKeyFile,
            Convert.ToBase64String(options.CryptoPublicKey.IsDefault ? Array.Empty<byte>() : options.CryptoPublicKey.ToArray()),
            options.DelaySign,
            options.Platform,
            options.GeneralDiagnosticOption,
            options.WarningLevel,
            new SortedDictionary<string, ReportDiagnostic>(options.SpecificDiagnosticOptions.ToDictionary(d => d.Key, d => d.Value), StringComparer.Ordinal),
            options.ConcurrentBuild,
            options.Deterministic,
            options.PublicSign,
            options.MetadataImportOptions,
            options.NullableContextOptions);

    /// <summary>The options, with the resolvers a workspace gives a project in <paramref name="projectDirectory"/>.</summary>
    public CSharpCompilationOptions ToOptions(string projectDirectory)
        => new(
            OutputKind,
            reportSuppressedDiagnostics: ReportSuppressedDiagnostics,
            moduleName: ModuleName,
            mainTypeName: MainTypeName,
            scriptClassName: ScriptClassName,
            usings: Usings,
            optimizationLevel: OptimizationLevel,
            checkOverflow: CheckOverflow,
            allowUnsafe: AllowUnsafe,
            cryptoKeyContainer: CryptoKeyContainer,
            cryptoKeyFile: CryptoKeyFile,
            cryptoPublicKey: Convert.FromBase64String(CryptoPublicKey).ToImmutableArray(),
            delaySign: DelaySign,
            platform: Platform,
            generalDiagnosticOption: GeneralDiagnosticOption,
            warningLevel: WarningLevel,
            specificDiagnosticOptions: SpecificDiagnosticOptions,
            concurrentBuild: ConcurrentBuild,
            deterministic: Deterministic,
            xmlReferenceResolver: new XmlFileResolver(projectDirectory),
            sourceReferenceResolver: new SourceFileResolver(ImmutableArray<string>.Empty, projectDirectory),
            metadataReferenceResolver: null,
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default,
            strongNameProvider: new DesktopStrongNameProvider(),
            publicSign: PublicSign,
            metadataImportOptions: MetadataImportOptions,
            nullableContextOptions: NullableContextOptions);
}
