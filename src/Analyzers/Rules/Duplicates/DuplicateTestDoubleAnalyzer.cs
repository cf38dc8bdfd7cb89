using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Duplicates;

/// <summary>
/// SSOT1004: a second hand-written test double of the same interface or base class. At compilation end over the
/// compilation's test files, and with ssot-check's solution index across every test project; reported on each
/// repeat, with the double to share as an additional location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateTestDoubleAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.DuplicateTestDouble);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SsotCompilationContext.TryCreate(start) is not { } ssot)
            {
                return;
            }

            var index = SolutionIndex.Load(start);
            DeclaredTypeCollector.Register(start, ssot, (end, own, all) => Report(end, ssot, index, own, all));
        });
    }

    private static void Report(CompilationAnalysisContext context, SsotCompilationContext ssot, SolutionIndex? index, IReadOnlyList<DeclaredType> own, IReadOnlyList<DeclaredType> all)
    {
        if (own.Count == 0)
        {
            return;
        }

        var ownSet = new HashSet<DeclaredType>(own);
        foreach (var repeat in TestDoubleGroups.Find(all, ssot.Config.TestDoubles, index))
        {
            if (!ownSet.Contains(repeat.Duplicate))
            {
                continue;
            }

            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.DuplicateTestDouble,
                repeat.Duplicate.Location,
                missionCritical: false,
                entry: null,
                new[] { repeat.First.Location },
                repeat.Duplicate.DisplayName,
                ssot.ConfigFile.RelativePath(repeat.Duplicate.Path),
                SymbolNames.DisplayName(repeat.Doubled),
                Advice(repeat, ssot)));
        }
    }

    /// <summary>
    /// Use the shared double where it is; a double nested in another type (a test class's private helper) is not
    /// reachable from the repeat, so advise moving it out to a file both can use.
    /// </summary>
    private static string Advice(RepeatedDouble repeat, SsotCompilationContext ssot)
    {
        var first = repeat.First;
        string place = string.Equals(first.Path, repeat.Duplicate.Path, StringComparison.Ordinal) ? "same file" : ssot.ConfigFile.RelativePath(first.Path);
        int plus = first.MetadataName.LastIndexOf('+');
        if (plus < 0 || Encloses(first.Assembly, first.MetadataName.Substring(0, plus), repeat.Duplicate))
        {
            return "use the existing '" + first.DisplayName + "' (" + place + ")";
        }

        return "move the existing '" + first.DisplayName + "' out of '" + SymbolNames.DisplayNameOf(first.MetadataName.Substring(0, plus))
            + "' (" + place + ") to a shared file and use it in both";
    }

    /// <summary>Whether <paramref name="type"/> is declared inside <paramref name="container"/> (a metadata name) of <paramref name="assembly"/>.</summary>
    private static bool Encloses(string assembly, string container, DeclaredType type)
        => string.Equals(assembly, type.Assembly, StringComparison.Ordinal)
            && type.MetadataName.StartsWith(container + "+", StringComparison.Ordinal);
}
