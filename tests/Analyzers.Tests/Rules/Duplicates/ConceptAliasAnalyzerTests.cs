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

    private const string ControllerConfig = """
        { "concepts": [{ "name": "Controller", "canonical": "Backup.Main.Controller", "aliases": ["Backup.Main.IPC.ControllerRpcProxy", "Backup.Main.Local.LocalController"] }] }
        """;

    /// <summary>Duplicati's shape: the controller, its interface, and a JSON-RPC client (StreamJsonRpc's <c>JsonRpc</c>, reduced).</summary>
    private static readonly (string Path, string Source)[] ControllerSources =
    {
        ("src/Main/IController.cs", """
            using System.Threading.Tasks;
            namespace Backup.Main;
            public interface IController : System.IDisposable
            {
                Task<string> BackupAsync(string[] sources);
                Task<string> RestoreAsync(string[] paths);
                Task AbortAsync();
                Task PauseAsync(bool alsoTransfers);
                Task AppendSinkAsync(object sink);
            }
            """),
        ("src/Main/Controller.cs", """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            namespace Backup.Main;
            public class Controller : IController
            {
                private readonly List<object> _sinks = new();
                private bool _paused;
                public Task<string> BackupAsync(string[] sources) => Task.FromResult("backed up " + sources.Length);
                public Task<string> RestoreAsync(string[] paths) => Task.FromResult("restored " + paths.Length);
                public Task AbortAsync() { _sinks.Clear(); return Task.CompletedTask; }
                public Task PauseAsync(bool alsoTransfers) { _paused = alsoTransfers || !_paused; return Task.CompletedTask; }
                public Task AppendSinkAsync(object sink) { _sinks.Add(sink); return Task.CompletedTask; }
                public void Dispose() => _sinks.Clear();
            }
            """),
        ("src/Rpc/JsonRpc.cs", """
            using System.Threading.Tasks;
            namespace StreamJsonRpc;
            public class JsonRpc : System.IDisposable
            {
                public Task InvokeAsync(string targetName, params object?[] arguments) => Task.CompletedTask;
                public Task<T> InvokeAsync<T>(string targetName, params object?[] arguments) => Task.FromResult(default(T)!);
                public void Dispose() { }
            }
            """),
    };

    [Fact]
    public async Task A_proxy_forwarding_the_canonical_interface_by_name_through_one_transport_call_delegates()
    {
        await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = ControllerConfig,
            Sources =
            {
                ControllerSources[0], ControllerSources[1], ControllerSources[2],
                ("src/Main/IPC/ControllerRpcProxy.cs", """
                    using System;
                    using System.Threading.Tasks;
                    using StreamJsonRpc;
                    namespace Backup.Main.IPC;

                    /// <summary>Client-side proxy for the controller that runs in a separate spawned process.</summary>
                    public class ControllerRpcProxy : IController, IDisposable
                    {
                        private JsonRpc? _rpc = new JsonRpc();
                        private JsonRpc Rpc => _rpc ?? throw new InvalidOperationException("RPC connection not established");

                        public async Task<string> BackupAsync(string[] sources)
                            => await Rpc.InvokeAsync<string>(nameof(IController.BackupAsync), sources).ConfigureAwait(false);

                        public Task<string> RestoreAsync(string[] paths)
                        {
                            return Rpc.InvokeAsync<string>("RestoreAsync", (object)paths);
                        }

                        public async Task AbortAsync()
                        {
                            if (_rpc != null)
                                await _rpc.InvokeAsync(nameof(IController.AbortAsync)).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                        }

                        public async Task PauseAsync(bool alsoTransfers)
                        {
                            if (_rpc != null)
                                await _rpc.InvokeAsync(nameof(IController.PauseAsync), alsoTransfers).ConfigureAwait(false);
                        }

                        public Task AppendSinkAsync(object sink)
                        {
                            // In out-of-process mode, additional sinks cannot be added dynamically
                            Console.Error.WriteLine("AppendSink is not supported in out-of-process mode");
                            return Task.CompletedTask;
                        }

                        public void Dispose()
                        {
                            _rpc?.Dispose();
                            _rpc = null;
                        }
                    }
                    """),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task An_alias_that_reimplements_the_canonical_interface_is_reported_even_when_it_names_each_member()
    {
        await new AnalyzerTest(new ConceptAliasAnalyzer())
        {
            Config = ControllerConfig,
            Sources =
            {
                ControllerSources[0], ControllerSources[1], ControllerSources[2],
                ("src/Main/Local/LocalController.cs", """
                    using System;
                    using System.Collections.Generic;
                    using System.Threading.Tasks;
                    namespace Backup.Main.Local;

                    public class {|SSOT1002:LocalController|} : IController
                    {
                        private readonly List<object> _sinks = new();

                        public Task<string> BackupAsync(string[] sources)
                        {
                            Console.WriteLine(nameof(BackupAsync));
                            return Task.FromResult("backed up " + sources.Length);
                        }

                        public Task<string> RestoreAsync(string[] paths)
                        {
                            Console.WriteLine(nameof(RestoreAsync));
                            return Task.FromResult("restored " + paths.Length);
                        }

                        public Task AbortAsync()
                        {
                            Console.WriteLine(nameof(AbortAsync));
                            _sinks.Clear();
                            return Task.CompletedTask;
                        }

                        public Task PauseAsync(bool alsoTransfers) => Task.CompletedTask;

                        public Task AppendSinkAsync(object sink)
                        {
                            _sinks.Add(sink);
                            return Task.CompletedTask;
                        }

                        public void Dispose() => _sinks.Clear();
                    }
                    """),
            },
        }.RunAsync(
            Expect.Warning("alias 'LocalController' of concept 'Controller' neither derives from nor forwards to the canonical 'Controller' (src/Main/Controller.cs); derive from it or delegate to an instance of it"));
    }
}
