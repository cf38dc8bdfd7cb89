using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
        start.RegisterSymbolAction(
            context =>
            {
                if (DeclaredTypes.From((INamedTypeSymbol)context.Symbol, ssot) is { } declared)
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
}
