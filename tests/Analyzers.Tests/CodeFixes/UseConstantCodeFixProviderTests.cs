using Microsoft.CodeAnalysis.CodeFixes;
using Netra.Ssot.CodeFixes.ConfigurationAccess;
using Netra.Ssot.Rules.ConfigurationAccess;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.CodeFixes;

public sealed class UseConstantCodeFixProviderTests
{
    private const string Config = """
        { "constants": [ { "name": "AgentEvents", "type": "App.Events.AgentEventNames" }, { "name": "Routes", "type": "App.Routing.Routes" } ] }
        """;

    private const string Constants = """
        namespace App.Events { public static class AgentEventNames { public const string AgentStarted = "agent_started"; public const string AgentCompleted = "agent_completed"; } }
        namespace App.Routing { public static class Routes { public static class Api { public const string Users = "/api/v1/users"; } } }
        """;

    [Fact]
    public async Task The_literal_becomes_the_constant_and_its_namespace_is_imported()
    {
        var titles = await new CodeFixTest(new UseConstantCodeFixProvider(), new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("src/AgentRunner.cs", """
                    namespace App.Agents;

                    public sealed class AgentRunner
                    {
                        public string Start() => {|SSOT4003:"agent_started"|};
                    }
                    """),
            },
            FixedSources =
            {
                ["src/AgentRunner.cs"] = """
                    using App.Events;

                    namespace App.Agents;

                    public sealed class AgentRunner
                    {
                        public string Start() => AgentEventNames.AgentStarted;
                    }
                    """,
            },
        }.RunAsync(
            Expect.Warning("literal \"agent_started\" duplicates 'AgentEventNames.AgentStarted' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.AgentStarted"));

        Assert.Equal(new[] { "Use AgentEventNames.AgentStarted" }, titles);
    }

    [Fact]
    public async Task A_clashing_name_keeps_the_constant_qualified_as_far_as_needed()
    {
        await new CodeFixTest(new UseConstantCodeFixProvider(), new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("src/AgentRunner.cs", """
                    namespace App.Agents;

                    public static class AgentEventNames { public const string AgentStarted = "local"; }

                    public sealed class AgentRunner
                    {
                        public string Start() => {|SSOT4003:"agent_started"|};
                    }
                    """),
            },
            FixedSources =
            {
                ["src/AgentRunner.cs"] = """
                    namespace App.Agents;

                    public static class AgentEventNames { public const string AgentStarted = "local"; }

                    public sealed class AgentRunner
                    {
                        public string Start() => Events.AgentEventNames.AgentStarted;
                    }
                    """,
            },
        }.RunAsync(
            Expect.Warning("literal \"agent_started\" duplicates 'AgentEventNames.AgentStarted' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.AgentStarted"));
    }

    [Fact]
    public async Task Fix_all_rewrites_every_literal_of_the_document_with_one_using()
    {
        await new CodeFixTest(new UseConstantCodeFixProvider(), new DuplicatedLiteralAnalyzer())
        {
            Config = Config,
            FixAll = FixAllScope.Document,
            Sources =
            {
                ("src/Constants.cs", Constants),
                ("src/AgentRunner.cs", """
                    using System;

                    namespace App.Agents;

                    public sealed class AgentRunner
                    {
                        public string[] Events() => new[] { {|SSOT4003:"agent_started"|}, {|SSOT4003:"agent_completed"|} };
                        public string Users() => {|SSOT4003:"/api/v1/users"|};
                    }
                    """),
            },
            FixedSources =
            {
                ["src/AgentRunner.cs"] = """
                    using System;
                    using App.Events;
                    using App.Routing;

                    namespace App.Agents;

                    public sealed class AgentRunner
                    {
                        public string[] Events() => new[] { AgentEventNames.AgentStarted, AgentEventNames.AgentCompleted };
                        public string Users() => Routes.Api.Users;
                    }
                    """,
            },
        }.RunAsync(
            Expect.Warning("literal \"agent_started\" duplicates 'AgentEventNames.AgentStarted' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.AgentStarted"),
            Expect.Warning("literal \"agent_completed\" duplicates 'AgentEventNames.AgentCompleted' of constants 'AgentEvents' (src/Constants.cs); use AgentEventNames.AgentCompleted"),
            Expect.Warning("literal \"/api/v1/users\" duplicates 'Routes.Api.Users' of constants 'Routes' (src/Constants.cs); use Routes.Api.Users"));
    }
}
