using Microsoft.CodeAnalysis;
using Netra.Ssot.Analyzers.Tests.Engine;
using Netra.Ssot.Rules.Duplicates;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Duplicates;

public sealed class ConceptAliasAnalyzerTests
{
    private const string Config = """
        {
          "concepts": [{
            "name": "WebSocketManager",
            "canonical": "Core.UnifiedWebSocketManager",
            "aliases": ["Core.WebSocketManager", "Core.Compat.SocketManager", "Core.Compat.StaticSockets", "Core.Compat.CopiedManager"],
            "missionCritical": MISSION
          }]
        }
        """;

    private const string Canonical = """
        namespace Core;
        public interface IWebSocketManager { void Send(string message); }
        public class UnifiedWebSocketManager : IWebSocketManager
        {
            public static UnifiedWebSocketManager Shared { get; } = new();
            public void Send(string message) { }
        }
        """;

    [Fact]
    public async Task Aliases_that_derive_wrap_or_forward_are_allowed_and_a_copy_is_reported()
    {
        var diagnostics = await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = Config.Replace("MISSION", "false"),
            Sources =
            {
                ("src/Core/Unified.cs", Canonical),
                ("src/Core/Alias.cs", "namespace Core; public sealed class WebSocketManager : UnifiedWebSocketManager { }"),
                ("src/Compat/SocketManager.cs", """
                    namespace Core.Compat;
                    public sealed class SocketManager(Core.UnifiedWebSocketManager inner) : Core.IWebSocketManager
                    {
                        private readonly Core.UnifiedWebSocketManager _inner = inner;
                        public void Send(string message) => _inner.Send(message);
                    }
                    """),
                ("src/Compat/StaticSockets.cs", """
                    namespace Core.Compat;
                    public static class StaticSockets
                    {
                        public static void Send(string message) => Core.UnifiedWebSocketManager.Shared.Send(message);
                    }
                    """),
                ("src/Compat/CopiedManager.cs", """
                    namespace Core.Compat;
                    public sealed class {|SSOT1002:CopiedManager|} : Core.IWebSocketManager
                    {
                        private readonly System.Collections.Generic.List<string> _sent = new();
                        public void Send(string message) => _sent.Add(message);
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("alias 'CopiedManager' of concept 'WebSocketManager' neither derives from nor forwards to the canonical 'UnifiedWebSocketManager' (src/Core/Unified.cs); derive from it or delegate to an instance of it"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("/repo/src/Core/Unified.cs", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public async Task A_mission_critical_concept_raises_it_to_error_and_partial_aliases_are_reported_once()
    {
        await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = Config.Replace("MISSION", "true"),
            Sources =
            {
                ("src/Core/Unified.cs", Canonical),
                ("src/Core/Alias1.cs", "namespace Core; public partial class {|SSOT1002:WebSocketManager|} { }"),
                ("src/Core/Alias2.cs", "namespace Core; public partial class WebSocketManager { public void Send(string message) { } }"),
            },
        }.RunAsync(
            Expect.Error("alias 'WebSocketManager' of concept 'WebSocketManager' neither derives from nor forwards to the canonical 'UnifiedWebSocketManager' (src/Core/Unified.cs); derive from it or delegate to an instance of it"));
    }

    [Fact]
    public async Task Nothing_is_reported_in_a_build_when_the_canonical_type_does_not_resolve()
    {
        await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = Config.Replace("MISSION", "false"),
            Sources = { ("src/Core/Alias.cs", "namespace Core; public sealed class WebSocketManager { }") },
        }.RunAsync();
    }

    [Fact]
    public async Task With_the_solution_index_an_alias_in_a_project_that_cannot_see_the_canonical_project_is_reported()
    {
        const string config = """
            { "concepts": [{ "name": "Controller", "canonical": "Main.Controller", "aliases": ["Rpc.ControllerRpcProxy", "Rpc.ControllerShim"] }] }
            """;
        var diagnostics = await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = config,
            Sources =
            {
                ("src/Rpc/ControllerRpcProxy.cs", """
                    namespace Rpc;
                    public sealed class {|SSOT1002:ControllerRpcProxy|} { public void Backup(string path) => System.Console.WriteLine(path); }
                    """),
            },
            AdditionalTexts =
            {
                SolutionIndexes.Build(config, new SolutionIndexes.Project[] { new("Main", false, ("src/Main/Controller.cs", "namespace Main;\npublic sealed class Controller { }")) }),
            },
        }.RunAsync(
            Expect.Warning("alias 'ControllerRpcProxy' of concept 'Controller' neither derives from nor forwards to the canonical 'Controller' (src/Main/Controller.cs, in assembly Main, which this project does not reference); derive from it or delegate to an instance of it"));

        var canonical = Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan();
        Assert.Equal(("/repo/src/Main/Controller.cs", 1), (canonical.Path, canonical.StartLinePosition.Line));
    }
}
