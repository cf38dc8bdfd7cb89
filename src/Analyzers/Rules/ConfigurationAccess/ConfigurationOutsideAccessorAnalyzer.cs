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
        private readonly SsotCompilationContext _ssot;
        private readonly ConfigurationApis _apis;
        private readonly HashSet<string> _accessors;
        private readonly string _accessorDisplay;

        public Rule(SsotCompilationContext ssot, Compilation compilation)
        {
            _ssot = ssot;
            _apis = ConfigurationApis.For(compilation);
            _accessors = new HashSet<string>(ssot.Config.Configuration.Accessors, System.StringComparer.Ordinal);
            _accessorDisplay = string.Join(" or ", ssot.Config.Configuration.Accessors.Select(name => Describe(name, compilation, ssot)));
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

        /// <summary><c>'Ns.AppConfig' (src/Config/AppConfig.cs)</c>; the file is left out when the accessor is not visible here.</summary>
        private static string Describe(string accessor, Compilation compilation, SsotCompilationContext ssot)
        {
            var location = compilation.GetTypeByMetadataName(accessor)?.Locations.FirstOrDefault(l => l.IsInSource);
            string name = "'" + accessor.Replace('+', '.') + "'";
            return location is null ? name : name + " (" + ssot.ConfigFile.RelativePath(location.SourceTree!.FilePath) + ")";
        }
    }
}
