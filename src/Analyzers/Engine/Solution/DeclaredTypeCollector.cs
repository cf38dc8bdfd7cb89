using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// For compilation-end rules over declarations: gathers the compilation's own types from symbol actions (no
/// scan of the compilation) and, at the end, hands the rule its own types plus the other projects' ones from the
/// solution index when ssot-check supplied it.
/// </summary>
public static class DeclaredTypeCollector
{
    /// <summary>
    /// The declarations already computed for a compilation, shared by the rules that collect them (SSOT1003, SSOT1004,
    /// SSOT0002), so each type is turned into a <see cref="DeclaredType"/> once per compilation, not once per rule.
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, SharedDeclarations> Shared = new();

    /// <param name="onEnd">Receives the own types and every type of the solution (own first) in place order.</param>
#pragma warning disable RS1012 // Registers the symbol and end actions on the caller's start context.
    public static void Register(
        CompilationStartAnalysisContext start,
        SsotCompilationContext ssot,
        Action<CompilationAnalysisContext, IReadOnlyList<DeclaredType>, IReadOnlyList<DeclaredType>> onEnd)
#pragma warning restore RS1012
    {
        var index = SolutionIndex.Load(start);
        var own = new ConcurrentBag<DeclaredType>();
        var shared = Shared.GetValue(start.Compilation, _ => new SharedDeclarations(ssot));
        if (!shared.Serves(ssot))
        {
            shared = new SharedDeclarations(ssot); // the same compilation under another configuration (a test host): do not share
        }

        start.RegisterSymbolAction(
            context =>
            {
                if (shared.Of((INamedTypeSymbol)context.Symbol, ssot) is { } declared)
                {
                    own.Add(declared);
                }
            },
            SymbolKind.NamedType);
        start.RegisterCompilationEndAction(context =>
        {
            var ownTypes = own.ToList();
            ownTypes.Sort(DeclaredType.CompareByPlace);
            var all = new List<DeclaredType>(ownTypes);
            if (index is not null)
            {
                all.AddRange(index.OtherThan(context.Compilation.AssemblyName ?? string.Empty));
            }

            onEnd(context, ownTypes, all);
        });
    }

    /// <summary>"Ns.Type (path:line)" for the other places a message names, at most three and a count.</summary>
    public static string Describe(IEnumerable<DeclaredType> types, Func<DeclaredType, string> describe)
    {
        var list = types.ToList();
        const int Shown = 3;
        string text = string.Join(", ", list.Take(Shown).Select(describe));
        return list.Count > Shown ? text + " and " + (list.Count - Shown) + " more" : text;
    }

    /// <summary>The declarations of one compilation under one configuration (the classification depends on it).</summary>
    private sealed class SharedDeclarations
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, DeclaredType?> _types = new(SymbolEqualityComparer.Default);
        private readonly Config.SsotConfig _config;
        private readonly string _root;
        private readonly bool _isTestProject;

        public SharedDeclarations(SsotCompilationContext ssot)
        {
            _config = ssot.Config;
            _root = ssot.ConfigFile.RootDirectory;
            _isTestProject = ssot.IsTestProject;
        }

        public bool Serves(SsotCompilationContext ssot)
            => ReferenceEquals(_config, ssot.Config) && _isTestProject == ssot.IsTestProject && string.Equals(_root, ssot.ConfigFile.RootDirectory, StringComparison.Ordinal);

        public DeclaredType? Of(INamedTypeSymbol type, SsotCompilationContext ssot)
        {
            if (_types.TryGetValue(type, out var known))
            {
                return known;
            }

            var declared = DeclaredTypes.From(type, ssot);
            return _types.TryAdd(type, declared) ? declared : _types[type];
        }
    }
}
