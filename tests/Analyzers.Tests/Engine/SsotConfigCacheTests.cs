using Netra.Ssot.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>Which additional file is the configuration: the one <c>SsotConfigFile</c> names under any name, else the nearest ssot.json.</summary>
public sealed class SsotConfigCacheTests
{
    private const string RouterConfig = """{ "concepts": [{ "name": "Router", "canonical": "App.MessageRouter", "match": ["*MessageRouter"] }] }""";

    private static AnalyzerTest Test(string configPath) => new(new DuplicateConceptAnalyzer())
    {
        Config = RouterConfig,
        ConfigPath = configPath,
        Source = "namespace App; public class MessageRouter { } public class {|SSOT1001:OtherMessageRouter|} { }",
    };

    [Fact]
    public async Task The_file_SsotConfigFile_names_is_the_configuration_whatever_its_name()
    {
        var test = Test("ci/ci-ssot.json");
        test.GlobalOptions[SsotConfigCache.ConfigFileProperty] = AnalyzerTest.FullPath("ci/ci-ssot.json");

        await test.RunAsync(
            Expect.Warning("'OtherMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (/repo/src/Test0.cs)"));
    }

    [Fact]
    public async Task A_relative_SsotConfigFile_is_relative_to_the_project_folder()
    {
        var test = Test("ci/ci-ssot.json");
        test.GlobalOptions["build_property.projectdir"] = AnalyzerTest.FullPath("src/App/");
        test.GlobalOptions[SsotConfigCache.ConfigFileProperty] = "../../ci/./ci-ssot.json";

        await test.RunAsync(
            Expect.Warning("'OtherMessageRouter' is a second implementation of concept 'Router'; the canonical one is 'MessageRouter' (/repo/src/Test0.cs)"));
    }

    [Fact]
    public async Task Without_the_property_only_a_file_named_ssot_json_is_taken()
    {
        var test = Test("ci/ci-ssot.json");
        test.Sources[0] = (test.Sources[0].Path, "namespace App; public class MessageRouter { } public class OtherMessageRouter { }");

        await test.RunAsync();
    }

    [Fact]
    public async Task None_runs_without_a_configuration_even_when_an_ssot_json_is_there()
    {
        var test = Test("ssot.json");
        test.GlobalOptions[SsotConfigCache.ConfigFileProperty] = "none";
        test.Sources[0] = (test.Sources[0].Path, "namespace App; public class MessageRouter { } public class OtherMessageRouter { }");

        await test.RunAsync();
    }
}
