using Netra.Ssot.Rules.Legacy;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Legacy;

public sealed class LegacyUsingAnalyzerTests
{
    private const string Declarations = """
        namespace Old { public sealed class WsManager { } public static class Helpers { public static int Two => 2; } }
        namespace Old.Sockets { public sealed class Pool { } }
        namespace Core { public sealed class WsManager { } }
        namespace Shared { public static class TokenHelper { public static string Decode(string token) => token; } public static class Jwt { } }
        """;

    [Fact]
    public async Task Plain_global_static_and_alias_usings_of_legacy_code_are_reported()
    {
        await new AnalyzerTest(new LegacyUsingAnalyzer())
        {
            Config = """
                {
                  "legacy": [
                    { "namespace": "Old", "replacement": "Core", "reason": "retired in phase 2" },
                    { "type": "Shared.TokenHelper", "replacement": "Shared.Jwt" }
                  ]
                }
                """,
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/Usings.cs", """
                    global using {|SSOT3002:Old.Sockets|};
                    using {|SSOT3002:Old|};
                    using static {|SSOT3002:Old.Helpers|};
                    using static {|SSOT3002:Shared.TokenHelper|};
                    using Manager = {|SSOT3002:Old.WsManager|};
                    using Core;
                    namespace App;
                    public sealed class Uses { }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'global using Old.Sockets;' imports legacy namespace 'Old' (retired in phase 2); use 'global using Core;' instead"),
            Expect.Warning("'using Old;' imports legacy namespace 'Old' (retired in phase 2); use 'using Core;' instead"),
            Expect.Warning("'using static Old.Helpers;' imports legacy type 'Old.Helpers' (retired in phase 2); remove it"),
            Expect.Warning("'using static Shared.TokenHelper;' imports legacy type 'Shared.TokenHelper'; use 'using static Shared.Jwt;' instead"),
            Expect.Warning("'using Manager = Old.WsManager;' imports legacy type 'Old.WsManager' (retired in phase 2); use 'using Manager = Core.WsManager;' instead"));
    }

    [Fact]
    public async Task A_legacy_file_may_import_legacy_code()
    {
        await new AnalyzerTest(new LegacyUsingAnalyzer())
        {
            Config = """{ "legacy": [{ "namespace": "Old" }, { "path": "src/Retired/**" }] }""",
            Sources =
            {
                ("src/Declarations.cs", Declarations),
                ("src/OldToo.cs", "using Old.Sockets;\nnamespace Old.More; public sealed class X { }"),
                ("src/Retired/Thing.cs", "using Old;\nnamespace App.Retired; public sealed class Y { }"),
            },
        }.RunAsync();
    }
}
