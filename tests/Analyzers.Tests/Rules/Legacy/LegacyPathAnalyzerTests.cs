using Netra.Ssot.Rules.Legacy;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Legacy;

public sealed class LegacyPathAnalyzerTests
{
    [Fact]
    public async Task Files_under_a_legacy_path_are_reported_at_their_start()
    {
        await new AnalyzerTest(new LegacyPathAnalyzer())
        {
            Config = """{ "legacy": [{ "path": "src/**/Legacy/**", "reason": "legacy folder", "missionCritical": true }], "exclude": ["src/Excluded/**"] }""",
            Sources =
            {
                ("src/Backend/Legacy/WsManager.cs", "{|SSOT3003:|}namespace Backend.Legacy; public sealed class WsManager { }"),
                ("src/Backend/Legacy/Deep/Pool.cs", "{|SSOT3003:|}namespace Backend.Legacy.Deep; public sealed class Pool { }"),
                ("src/Backend/Legacy/Licensed.cs", "// Licensed under MIT.\n#nullable enable\n{|SSOT3003:|}namespace Backend.Legacy; public sealed class Licensed { }"),
                ("src/Backend/LegacyNot/Fine.cs", "namespace Backend.LegacyNot; public sealed class Fine { }"),
                ("src/Excluded/Legacy/Skip.cs", "namespace Excluded; public sealed class Skip { }"),
            },
        }.RunAsync(
            Expect.Error("'src/Backend/Legacy/Deep/Pool.cs' is under legacy path 'src/**/Legacy/**' (legacy folder); move what is still needed to its canonical place and delete the file"),
            Expect.Error("'src/Backend/Legacy/Licensed.cs' is under legacy path 'src/**/Legacy/**' (legacy folder); move what is still needed to its canonical place and delete the file"),
            Expect.Error("'src/Backend/Legacy/WsManager.cs' is under legacy path 'src/**/Legacy/**' (legacy folder); move what is still needed to its canonical place and delete the file"));
    }
}
