using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Solution;

namespace Netra.Ssot.Rules.Configuration;

/// <summary>
/// SSOT0002: an ssot.json entry that names a type or glob matching nothing, reported at the entry in the file.
/// One project cannot see the whole solution, so a build judges a type name only when its namespace is visible
/// ("the namespace is here, the type is not": misspelt or removed); ssot-check, which passes the solution index,
/// judges every name against the whole solution and also reports name globs that match no type at all, and the
/// declared configuration variables no production read of the solution reads (<see cref="UnreadVariables"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaleConfigEntryAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.StaleConfigEntry);

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
            if (index?.ConfigurationReads is { } reads && !ssot.Config.Configuration.Variables.IsEmpty)
            {
                start.RegisterCompilationEndAction(end => UnreadVariables.Report(end, ssot, reads));
            }

            if (IsEmpty(ssot.Config))
            {
                return;
            }

            if (index is null)
            {
                start.RegisterCompilationEndAction(end => ReportTypeNames(end, ssot, index: null));
                return;
            }

            DeclaredTypeCollector.Register(start, ssot, (end, _, all) =>
            {
                ReportTypeNames(end, ssot, index);
                ReportGlobs(end, ssot, all);
            });
        });
    }

    private static bool IsEmpty(SsotConfig config) => !config.References().Any() && config.Tests.IsEmpty;

    private static void ReportTypeNames(CompilationAnalysisContext context, SsotCompilationContext ssot, SolutionIndex? index)
    {
        foreach (var reference in ssot.Config.References())
        {
            if (reference.PathGlob is null)
            {
                Check(context, ssot, index, reference.Name, reference.Span, reference.Role, reference.MissionCritical);
            }
            else if (index is not null && !index.Files.Any(f => reference.PathGlob.IsMatch(ssot.ConfigFile.RelativePath(f))))
            {
                context.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.StaleConfigEntry,
                    ssot.ConfigFile.LocationOf(reference.Span),
                    reference.MissionCritical,
                    entry: null,
                    additionalLocations: null,
                    reference.Role,
                    InTheSolution(ssot.ConfigFile, index, reference.PathGlob)));
            }
        }

        if (index is null)
        {
            return;
        }

        foreach (var glob in ssot.Config.Tests)
        {
            if (!index.Files.Any(f => glob.IsMatch(ssot.ConfigFile.RelativePath(f))))
            {
                context.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.StaleConfigEntry,
                    ssot.ConfigFile.LocationOf(glob.Span),
                    missionCritical: false,
                    entry: null,
                    additionalLocations: null,
                    "tests glob '" + glob.Pattern + "'",
                    InTheSolution(ssot.ConfigFile, index, glob)));
            }
        }
    }

    /// <summary>
    /// Where a path glob was looked for. Path globs are relative to the folder of ssot.json; when that folder holds
    /// none of the solution's files (a file passed with <c>--config</c> from elsewhere), they are matched against
    /// full paths, and the message says so, since that is almost always why the glob matches nothing (unless the glob
    /// starts with <c>**</c>, which matches full paths as well).
    /// </summary>
    private static string InTheSolution(SsotConfigFile configFile, SolutionIndex index, PathGlob glob)
    {
        if (glob.Pattern.StartsWith("**", System.StringComparison.Ordinal))
        {
            return "in the solution";
        }

        foreach (string file in index.Files)
        {
            if (!string.Equals(configFile.RelativePath(file), PathUtilities.Normalize(file), System.StringComparison.Ordinal))
            {
                return "in the solution";
            }
        }

        return "in the solution: path globs are relative to the folder of the configuration file ('" + configFile.RootDirectory
            + "'), which holds none of the solution's files, so they are matched against full paths (start the glob with '**/', or put ssot.json in the solution's folder)";
    }

    private static void Check(
        CompilationAnalysisContext context,
        SsotCompilationContext ssot,
        SolutionIndex? index,
        string metadataName,
        ConfigSpan span,
        string what,
        bool missionCritical)
    {
        var compilation = context.Compilation;
        if (SymbolResolver.Resolve(compilation, metadataName) is not null || index?.Resolves(metadataName) == true)
        {
            return;
        }

        string where;
        if (index is not null)
        {
            where = "in the solution";
        }
        else
        {
            string ns = ContainingNamespace(metadataName);
            if (ns.Length == 0 || SymbolResolver.FindNamespace(compilation, ns) is null)
            {
                return; // this project cannot tell: the type may live in a project it does not reference
            }

            where = "in namespace '" + ns + "'";
        }

        context.ReportDiagnostic(SsotDiagnostic.Create(
            RuleCatalog.StaleConfigEntry,
            ssot.ConfigFile.LocationOf(span),
            missionCritical,
            entry: null,
            additionalLocations: null,
            what,
            where));
    }

    /// <summary>
    /// The namespace a name lives in, which must be visible for a build to judge it: of the type for a type or a
    /// member documentation ID, the parent of a namespace.
    /// </summary>
    private static string ContainingNamespace(string name)
    {
        if (name.Length > 2 && name[1] == ':')
        {
            char kind = name[0];
            string body = name.Substring(2);
            int parenthesis = body.IndexOf('(');
            if (parenthesis >= 0)
            {
                body = body.Substring(0, parenthesis);
            }

            if (kind is 'M' or 'P' or 'F' or 'E')
            {
                int dot = body.LastIndexOf('.');
                body = dot < 0 ? string.Empty : body.Substring(0, dot);
            }

            return SymbolNames.NamespaceOf(body);
        }

        return SymbolNames.NamespaceOf(name);
    }

    private static void ReportGlobs(CompilationAnalysisContext context, SsotCompilationContext ssot, IReadOnlyList<DeclaredType> all)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in all)
        {
            names.Add(type.Name);
        }

        foreach (var concept in ssot.Config.Concepts)
        {
            foreach (var glob in concept.Match)
            {
                if (!MatchesAny(glob, names))
                {
                    context.ReportDiagnostic(SsotDiagnostic.Create(
                        RuleCatalog.StaleConfigEntry,
                        ssot.ConfigFile.LocationOf(glob.Span),
                        concept.MissionCritical,
                        entry: null,
                        additionalLocations: null,
                        "match glob '" + glob.Pattern + "' of concept '" + concept.Name + "'",
                        "in the solution"));
                }
            }
        }
    }

    private static bool MatchesAny(NameGlob glob, HashSet<string> names)
    {
        foreach (string name in names)
        {
            if (glob.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }
}
