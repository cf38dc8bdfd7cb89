using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Netra.Ssot.Catalog;
using Netra.Ssot.Engine;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Rules.ConfigurationAccess;

/// <summary>
/// SSOT4001: production code outside the <c>configuration.accessors</c> types reads an environment variable or a
/// configuration key directly. Reported at the read, naming the accessor to use. Silent without accessors; test code
/// (setting up or probing its own environment) is not judged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationOutsideAccessorAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.ConfigurationOutsideAccessor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ssot = SsotCompilationContext.TryCreate(start);
            if (ssot is null || ssot.Config.Configuration.Accessors.IsEmpty)
            {
                return;
            }

            var rule = new Rule(ssot, start.Compilation);
            start.RegisterOperationAction(rule.Analyze, ConfigurationApis.OperationKinds);
        });
    }

    private sealed class Rule
    {
        private const int NamedAccessors = 3;

        private readonly SsotCompilationContext _ssot;
        private readonly ConfigurationApis _apis;
        private readonly HashSet<string> _accessors;
        private readonly string _accessorDisplay;

        public Rule(SsotCompilationContext ssot, Compilation compilation)
        {
            _ssot = ssot;
            _apis = ConfigurationApis.For(compilation);
            _accessors = new HashSet<string>(ssot.Config.Configuration.Accessors, System.StringComparer.Ordinal);
            _accessorDisplay = DescribeAccessors(ssot.Config.Configuration.Accessors, compilation, ssot);
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var reads = _apis.ReadsOf(context.Operation);
            if (reads.IsEmpty)
            {
                return;
            }

            var file = _ssot.Classify(context.Operation.Syntax.SyntaxTree);
            var type = context.ContainingSymbol as INamedTypeSymbol ?? context.ContainingSymbol.ContainingType;
            if (file.IsTest || file.IsExcluded || type is null || IsAccessor(type))
            {
                return;
            }

            context.ReportDiagnostic(SsotDiagnostic.Create(
                RuleCatalog.ConfigurationOutsideAccessor,
                reads[0].Syntax.GetLocation(),
                _ssot.Config.Configuration.MissionCritical,
                entry: null,
                additionalLocations: null,
                reads[0].Api,
                type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                file.RelativePath,
                _accessorDisplay));
        }

        private bool IsAccessor(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (_accessors.Contains(SymbolNames.MetadataName(current.OriginalDefinition)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Up to <see cref="NamedAccessors"/> accessors, those this project can see first, each with its file:
        /// <c>'Ns.AppConfig' (src/Config/AppConfig.cs) or 'Ns.Other' or one of 4 more accessors</c>.
        /// </summary>
        private static string DescribeAccessors(ImmutableArray<string> accessors, Compilation compilation, SsotCompilationContext ssot)
        {
            var described = accessors
                .Select(name => (Name: name, Location: compilation.GetTypeByMetadataName(name)?.Locations.FirstOrDefault(l => l.IsInSource)))
                .OrderBy(a => a.Location is null ? 1 : 0)
                .Take(NamedAccessors)
                .Select(a => "'" + a.Name.Replace('+', '.') + "'" + (a.Location is null ? string.Empty : " (" + ssot.ConfigFile.RelativePath(a.Location.SourceTree!.FilePath) + ")"))
                .ToList();
            int more = accessors.Length - described.Count;
            return string.Join(" or ", described) + (more == 0 ? string.Empty : $" or one of {more} more accessor{(more == 1 ? string.Empty : "s")}");
        }
    }
}
