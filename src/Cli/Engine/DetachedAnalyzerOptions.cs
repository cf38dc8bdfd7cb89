using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// A variant's analyzer options copied out of the workspace: the options of each of its compilation's syntax trees
/// and additional files, its global options and its additional files' texts. The workspace's own objects hold their
/// project's state, through it the workspace, its current solution and so every project's compilation (the
/// solution's source-generator cache keeps each project's compilation); a copy lets the analysis pass run after the
/// workspace is gone (docs/performance.md, "Memory").
/// </summary>
internal static class DetachedAnalyzerOptions
{
    /// <param name="additionalFiles">The additional files the variant's analyzers see (read here, once).</param>
    /// <param name="provider">The variant's options (the workspace's, possibly under host options).</param>
    /// <param name="compilation">The compilation whose syntax trees the analyzers ask options for.</param>
    /// <param name="hostFiles">Additional files of the host's own, added after the project's as they are (ssot.json, the solution index).</param>
    public static AnalyzerOptions Of(
        IEnumerable<AdditionalText> additionalFiles,
        AnalyzerConfigOptionsProvider provider,
        Compilation compilation,
        IEnumerable<AdditionalText> hostFiles,
        CancellationToken cancellationToken)
    {
        // Many trees share one options object (one per distinct set of .editorconfig sections): copy each once.
        var copies = new Dictionary<AnalyzerConfigOptions, AnalyzerConfigOptions>(ReferenceEqualityComparer.Instance);
        AnalyzerConfigOptions Copy(AnalyzerConfigOptions options)
        {
            if (!copies.TryGetValue(options, out var copy))
            {
                copy = new Snapshot(options.Keys.ToImmutableDictionary(k => k, k => options.TryGetValue(k, out string? value) ? value : string.Empty, AnalyzerConfigOptions.KeyComparer));
                copies[options] = copy;
            }

            return copy;
        }

        var trees = new Dictionary<SyntaxTree, AnalyzerConfigOptions>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            trees[tree] = Copy(provider.GetOptions(tree));
        }

        var texts = ImmutableArray.CreateBuilder<AdditionalText>();
        var textOptions = new Dictionary<AdditionalText, AnalyzerConfigOptions>();
        foreach (var file in additionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = file is LoadedText ? file : new LoadedText(file.Path, file.GetText(cancellationToken));
            texts.Add(loaded);
            textOptions[loaded] = Copy(provider.GetOptions(file));
        }

        // Not AnalyzerOptions.WithAdditionalFiles: it keeps the files and drops the options provider.
        texts.AddRange(hostFiles);
        return new AnalyzerOptions(texts.ToImmutable(), new Provider(Copy(provider.GlobalOptions), trees, textOptions));
    }

    /// <summary>An additional file with its text read (null when it could not be read, as the workspace's).</summary>
    internal sealed class LoadedText(string path, SourceText? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Provider(
        AnalyzerConfigOptions global,
        Dictionary<SyntaxTree, AnalyzerConfigOptions> trees,
        Dictionary<AdditionalText, AnalyzerConfigOptions> texts) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Snapshot(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => trees.GetValueOrDefault(tree) ?? None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => texts.GetValueOrDefault(textFile) ?? None;
    }

    private sealed class Snapshot(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
