using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>A project's C# parse options as the cache keeps them (<see cref="LoadSnapshot"/>).</summary>
internal sealed record ParseSettings(
    LanguageVersion LanguageVersion,
    DocumentationMode DocumentationMode,
    IReadOnlyList<string> PreprocessorSymbols,
    IReadOnlyDictionary<string, string> Features)
{
    public static ParseSettings From(CSharpParseOptions options)
        => new(
            options.SpecifiedLanguageVersion,
            options.DocumentationMode,
            options.PreprocessorSymbolNames.ToList(),
            new SortedDictionary<string, string>(options.Features.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal));

    public CSharpParseOptions ToOptions()
        => new CSharpParseOptions(LanguageVersion, DocumentationMode, SourceCodeKind.Regular, PreprocessorSymbols)
            .WithFeatures(Features);
}
