using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Config;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Rules.ConfigurationAccess;

/// <summary>
/// SSOT4002: production code reads an environment variable or configuration key, named by a constant, that
/// <c>configuration.variables</c> does not declare; a likely typo names the closest declared one. Keys compare as .NET
/// configuration does (<c>Jwt__Key</c> declares <c>Jwt:Key</c>, any case); a whole-section read (<c>Bind</c>,
/// options binding) is declared when a declared key lies under it. Silent without a <c>variables</c> list.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredVariableAnalyzer : DiagnosticAnalyzer
{
    private const int ListedNames = 5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.UndeclaredVariable);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.Configuration.Variables.IsEmpty)
            {
                return;
            }

            var rule = new Rule(ssot, start.Compilation);
            start.RegisterOperationAction(rule.Analyze, ConfigurationApis.OperationKinds);
        });
    }

    private sealed class Rule
    {
        private readonly SsotCompilationContext _ssot;
        private readonly ConfigurationApis _apis;
        private readonly ImmutableArray<string> _declared;
        private readonly HashSet<string> _declaredKeys;
        private readonly string _declaredList;

        public Rule(SsotCompilationContext ssot, Compilation compilation)
        {
            _ssot = ssot;
            _apis = ConfigurationApis.For(compilation);
            _declared = ssot.Config.Configuration.Variables.Select(v => v.Name).ToImmutableArray();
            _declaredKeys = new HashSet<string>(_declared.Select(ConfigurationKeys.Normalize), ConfigurationKeys.Comparer);
            _declaredList = _declared.Length <= ListedNames
                ? string.Join(", ", _declared)
                : string.Join(", ", _declared.Take(ListedNames)) + $" and {_declared.Length - ListedNames} more";
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var reads = _apis.ReadsOf(context.Operation);
            if (reads.IsEmpty)
            {
                return;
            }

            var file = _ssot.Classify(context.Operation.Syntax.SyntaxTree);
            if (file.IsTest || file.IsExcluded)
            {
                return;
            }

            foreach (var read in reads)
            {
                if (read.Key is not { } key || IsDeclared(key, read.IsSection))
                {
                    continue;
                }

                string? closest = Spelling.Closest(key, _declared);
                context.ReportDiagnostic(SsotDiagnostic.Create(
                    RuleCatalog.UndeclaredVariable,
                    read.Syntax.GetLocation(),
                    _ssot.Config.Configuration.MissionCritical,
                    entry: null,
                    additionalLocations: null,
                    read.Source == ConfigurationSource.EnvironmentVariable ? "environment variable" : "configuration key",
                    key,
                    _declaredList,
                    closest is null ? "use a declared name or add it to the list" : $"did you mean '{closest}'?"));
            }
        }

        /// <summary>
        /// Whether a declared name is what the read reads, as <see cref="ReadKey.Reads"/> defines it for the whole
        /// solution: the same key, or for a whole-section read a key under that section. The set answers the first.
        /// </summary>
        private bool IsDeclared(string key, bool isSection)
        {
            if (_declaredKeys.Contains(ConfigurationKeys.Normalize(key)))
            {
                return true;
            }

            if (isSection)
            {
                foreach (string declared in _declared)
                {
                    if (ConfigurationKeys.IsUnder(declared, key))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
