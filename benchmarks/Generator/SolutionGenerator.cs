using System.Globalization;
using System.Text;

namespace Netra.Ssot.Generator;

/// <summary>What <see cref="SolutionGenerator.Write"/> wrote.</summary>
public sealed record GeneratedSolution(string Folder, int Projects, int Files, long Lines, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Folder}: {Projects} projects, {Files} files, {Lines} lines, {Expected.Count} planted violations";
}

/// <summary>
/// Writes a synthetic solution of realistic C# for the performance benchmarks: N feature projects over one
/// core project, M files each (interfaces, generics, LINQ, async, records), a test project, an ssot.json, and
/// planted violations of every rule at known places (listed in EXPECTED.txt). Two rules are left out: SSOT0001,
/// because ssot-check stops with exit code 2 on an invalid ssot.json, and SSOT2002, because its trigger is a
/// compiler error and the benchmarks need builds that succeed.
/// </summary>
public static class SolutionGenerator
{
    public static GeneratedSolution Write(string output, int projects, int files)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        var expected = new List<string>();
        long lines = 0;
        int sourceFiles = 0;

        void Write(string relative, string text)
        {
            string path = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            lines += text.Count(c => c == '\n');
            sourceFiles += relative.EndsWith(".cs", StringComparison.Ordinal) ? 1 : 0;
        }

        string Project(string references, bool test = false) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {(test ? "<IsTestProject>true</IsTestProject>" : string.Empty)}
              </PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """;

        // benchmarks/compare.sh sets SsotPackageVersion to build (and run roslynator) with the analyzer package.
        Write("Directory.Build.props", """
            <Project>
              <ItemGroup Condition="'$(SsotPackageVersion)' != ''">
                <PackageReference Include="Netra.Ssot.Analyzers" Version="$(SsotPackageVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>

            """);
        // The planted SSOT2001 is an error by default; as a warning the builds with the package still succeed (the
        // SDK picks up .globalconfig files by itself; ssot-check honours the same severity).
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SSOT2001.severity = warning\n");
        Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");

        // ssot.json, one line per entry so that the planted configuration findings have known lines.
        string[] config =
        [
            "{",
            "  \"concepts\": [",
            "    { \"name\": \"MessageRouter\", \"canonical\": \"Gen.Core.Messaging.MessageRouter\", \"match\": [\"*MessageRouter\"], \"aliases\": [\"Gen.Core.Messaging.CompatMessageRouter\"], \"scope\": \"production\" },",
            "    { \"name\": \"Cache\", \"canonical\": \"Gen.Core.Caching.Cache`1\", \"implements\": [\"Gen.Core.Caching.ICache`1\"], \"scope\": \"production\" }",
            "  ],",
            "  \"critical\": [",
            "    { \"symbol\": \"Gen.Core.Caching.ICache`1\" },",
            "    { \"symbol\": \"Gen.Core.Caching.IDistributedCache\", \"projects\": [\"Gen.Feature000\"], \"reason\": \"planted: this type does not exist\" }",
            "  ],",
            "  \"legacy\": [{ \"namespace\": \"Gen.Core.Legacy\", \"replacement\": \"Gen.Core.Messaging\" }, { \"path\": \"src/**/Legacy/**\" }],",
            "  \"preprocessorSymbolSets\": [[\"STAGING\"]],",
            "  \"testDoubles\": { \"ignore\": [\"Gen.Tests.Fakes.RetiredFake\"] },",
            "  \"configuration\": {",
            "    \"accessors\": [\"Gen.Core.Configuration.GenSettings\"],",
            "    \"variables\": [\"GEN_API_KEY\", \"GEN_REGION\", \"GEN_UNREAD\"]",
            "  },",
            "  \"constants\": [{ \"name\": \"Events\", \"type\": \"Gen.Core.Messaging.GenEvents\" }, { \"name\": \"Routes\", \"type\": \"Gen.Core.Messaging.GenRoutes\" }],",
            "  \"tests\": [\"tests/**\"]",
            "}",
        ];
        Write("ssot.json", string.Join("\n", config) + "\n");
        int ConfigLine(string text) => Array.FindIndex(config, line => line.Contains(text, StringComparison.Ordinal)) + 1;
        expected.Add($"SSOT2001 ssot.json:{ConfigLine("IDistributedCache")}");
        expected.Add($"SSOT0002 ssot.json:{ConfigLine("RetiredFake")}");
        expected.Add($"SSOT0002 ssot.json:{ConfigLine("GEN_UNREAD")}");

        // The core project: the canonical types, and a legacy folder.
        Write("src/Gen.Core/Gen.Core.csproj", Project(string.Empty));
        Write("src/Gen.Core/Messaging/MessageRouter.cs", """
            namespace Gen.Core.Messaging;

            public interface IHandler { Task HandleAsync(string message, CancellationToken cancellationToken); }

            public sealed class MessageRouter
            {
                private readonly Dictionary<string, List<IHandler>> _routes = new(StringComparer.Ordinal);

                public void Register(string topic, IHandler handler)
                {
                    if (!_routes.TryGetValue(topic, out var handlers))
                    {
                        _routes[topic] = handlers = new List<IHandler>();
                    }

                    handlers.Add(handler);
                }

                public async Task<int> RouteAsync(string topic, string message, CancellationToken cancellationToken = default)
                {
                    if (!_routes.TryGetValue(topic, out var handlers))
                    {
                        return 0;
                    }

                    foreach (var handler in handlers)
                    {
                        await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
                    }

                    return handlers.Count;
                }
            }
            """);
        Write("src/Gen.Core/Caching/Cache.cs", """
            namespace Gen.Core.Caching;

            public interface ICache<T> { bool TryGet(string key, out T? value); void Set(string key, T value); }

            public sealed class Cache<T> : ICache<T>
            {
                private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);

                public bool TryGet(string key, out T? value) => _items.TryGetValue(key, out value);

                public void Set(string key, T value) => _items[key] = value;
            }
            """);
        Write("src/Gen.Core/Messaging/CompatMessageRouter.cs", "namespace Gen.Core.Messaging;\n\n// Declared as the concept's alias, but it neither derives from nor forwards to MessageRouter.\npublic sealed class CompatMessageRouter\n{\n    public int Route(string message) => message.Length;\n}\n");
        expected.Add("SSOT1002 src/Gen.Core/Messaging/CompatMessageRouter.cs:4");
        string RetryOptions(string ns) => $"namespace {ns};\n\npublic sealed class RetryOptions\n{{\n    public int Attempts {{ get; init; }} = 3;\n\n    public TimeSpan Delay {{ get; init; }} = TimeSpan.FromSeconds(1);\n}}\n";
        Write("src/Gen.Core/Options/RetryOptions.cs", RetryOptions("Gen.Core.Options"));
        expected.Add("SSOT1003 src/Gen.Core/Options/RetryOptions.cs:3");
        // Configuration: the one accessor (with a misspelt key), event names and routes as constants, a namespace cycle.
        Write("src/Gen.Core/Configuration/GenSettings.cs", """
            namespace Gen.Core.Configuration;

            public static class GenSettings
            {
                public static string ApiKey => Environment.GetEnvironmentVariable("GEN_API_KEY") ?? string.Empty;

                public static string Region => Environment.GetEnvironmentVariable("GEN_REGION") ?? "eu";

                public static string? Fallback => Environment.GetEnvironmentVariable("GEN_API_KY");
            }
            """);
        expected.Add("SSOT4002 src/Gen.Core/Configuration/GenSettings.cs:9");
        Write("src/Gen.Core/Messaging/GenEvents.cs", "namespace Gen.Core.Messaging;\n\npublic static class GenEvents\n{\n    public const string Started = \"gen.started\";\n\n    public const string Stopped = \"gen.stopped\";\n}\n");
        Write("src/Gen.Core/Messaging/GenRoutes.cs", "namespace Gen.Core.Messaging;\n\npublic static class GenRoutes\n{\n    public const string Socket = \"/api/v1/socket\";\n\n    public const string Health = \"/health\";\n}\n");
        Write("src/Gen.Core/Scheduling/Scheduler.cs", "namespace Gen.Core.Scheduling;\n\npublic sealed class Scheduler\n{\n    public Gen.Core.Storage.Store? Store { get; set; }\n}\n");
        Write("src/Gen.Core/Storage/Store.cs", "namespace Gen.Core.Storage;\n\npublic sealed class Store\n{\n    public Gen.Core.Scheduling.Scheduler? Owner { get; set; }\n}\n");
        expected.Add("SSOT5001 src/Gen.Core/Storage/Store.cs:5"); // the reference that closes the cycle
        Write("src/Gen.Core/Legacy/OldRouter.cs", "namespace Gen.Core.Legacy;\n\npublic sealed class OldRouter\n{\n    public int Route(string message) => message.Length;\n}\n");
        expected.Add("SSOT3003 src/Gen.Core/Legacy/OldRouter.cs:1");

        var solution = new StringBuilder("<Solution>\n  <Project Path=\"src/Gen.Core/Gen.Core.csproj\" />\n");
        for (int p = 0; p < projects; p++)
        {
            string name = $"Gen.Feature{p:D3}";
            Write($"src/{name}/{name}.csproj", Project("<ProjectReference Include=\"../Gen.Core/Gen.Core.csproj\" />"));
            solution.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"src/{name}/{name}.csproj\" />\n");
            if (p == 0)
            {
                Write($"src/{name}/Options/RetryOptions.cs", RetryOptions($"{name}.Options"));
                expected.Add($"SSOT1003 src/{name}/Options/RetryOptions.cs:3");
            }

            for (int f = 0; f < files; f++)
            {
                string ns = $"{name}.Area{f % 5}";
                string type = $"F{p:D3}Service{f:D3}";
                var code = new StringBuilder();
                bool plantLegacy = f == 1;
                bool plantStaging = f == 2;
                bool plantConfiguration = f == 5;
                code.Append("using Gen.Core.Messaging;\n");
                if (plantLegacy)
                {
                    code.Append("using Gen.Core.Legacy;\n");
                    expected.Add($"SSOT3002 src/{name}/Area{f % 5}/{type}.cs:2");
                }

                code.Append(CultureInfo.InvariantCulture, $"\nnamespace {ns};\n\n");
                code.Append(CultureInfo.InvariantCulture, $"public sealed record {type}Item(int Id, string Name, decimal Amount, DateTimeOffset Created);\n\n");
                code.Append(CultureInfo.InvariantCulture, $"public interface I{type}\n{{\n    Task<IReadOnlyList<{type}Item>> QueryAsync(int minimum, CancellationToken cancellationToken);\n}}\n\n");
                code.Append(CultureInfo.InvariantCulture, $"public sealed class {type}(MessageRouter router) : I{type}, IHandler\n{{\n");
                code.Append(CultureInfo.InvariantCulture, $"    private readonly List<{type}Item> _items = Enumerable.Range(0, 64).Select(i => new {type}Item(i, \"item\" + i, i * 1.5m, DateTimeOffset.UnixEpoch.AddDays(i))).ToList();\n\n");
                for (int m = 0; m < 6; m++)
                {
                    code.Append(CultureInfo.InvariantCulture, $"    public async Task<IReadOnlyList<{type}Item>> Query{m}Async(int minimum, CancellationToken cancellationToken)\n    {{\n");
                    code.Append("        await Task.Yield();\n");
                    code.Append(CultureInfo.InvariantCulture, $"        var result = _items\n            .Where(item => item.Id >= minimum + {m})\n            .OrderByDescending(item => item.Amount)\n            .ThenBy(item => item.Name, StringComparer.Ordinal)\n            .Take(10)\n            .ToList();\n");
                    code.Append("        foreach (var group in result.GroupBy(item => item.Created.Year))\n        {\n            cancellationToken.ThrowIfCancellationRequested();\n            _ = group.Sum(item => item.Amount);\n        }\n\n");
                    code.Append("        return result;\n    }\n\n");
                }

                code.Append(CultureInfo.InvariantCulture, $"    public Task<IReadOnlyList<{type}Item>> QueryAsync(int minimum, CancellationToken cancellationToken) => Query0Async(minimum, cancellationToken);\n\n");
                code.Append("    public Task HandleAsync(string message, CancellationToken cancellationToken) => router.RouteAsync(\"echo\", message, cancellationToken);\n");
                if (plantLegacy)
                {
                    code.Append("\n    public int Legacy(string message) => new OldRouter().Route(message);\n");
                    expected.Add($"SSOT3001 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n') - 0}");
                }

                if (plantStaging)
                {
                    code.Append("\n#if STAGING\n    public object Shared() => new Cache<string>();\n#endif\n");
                    expected.Add($"SSOT2004 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n') - 1}");
                }

                if (f == 3)
                {
                    code.Append("\n    public Type? ByName() => Type.GetType(\"Gen.Core.Messaging.MessageRouterV2\");\n");
                    expected.Add($"SSOT2003 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n')}");
                }

                if (plantConfiguration)
                {
                    code.Append("\n    public string? Region() => Environment.GetEnvironmentVariable(\"GEN_REGION\");\n");
                    expected.Add($"SSOT4001 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n')}");
                    code.Append("\n    public Task<int> AnnounceAsync(CancellationToken cancellationToken) => router.RouteAsync(\"gen.started\", \"up\", cancellationToken);\n");
                    expected.Add($"SSOT4003 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n')}");
                }

                code.Append("}\n");
                if (f == 4)
                {
                    code.Append(CultureInfo.InvariantCulture, $"\npublic sealed class {type}MessageRouter\n{{\n    public int Route(string message) => message.Length;\n}}\n");
                    expected.Add($"SSOT1001 src/{name}/Area{f % 5}/{type}.cs:{code.ToString().Count(c => c == '\n') - 3}");
                }

                Write($"src/{name}/Area{f % 5}/{type}.cs", code.ToString());
            }
        }

        Write("tests/Gen.Tests/Gen.Tests.csproj", Project("<ProjectReference Include=\"../../src/Gen.Core/Gen.Core.csproj\" />", test: true));
        solution.Append("  <Project Path=\"tests/Gen.Tests/Gen.Tests.csproj\" />\n");
        for (int t = 0; t < Math.Max(2, projects / 5); t++)
        {
            Write($"tests/Gen.Tests/Fakes/FakeCache{t}.cs", $"using Gen.Core.Caching;\n\nnamespace Gen.Tests.Fakes{t};\n\npublic sealed class FakeCache{t} : ICache<string>\n{{\n    public bool TryGet(string key, out string? value) {{ value = null; return false; }}\n\n    public void Set(string key, string value) {{ }}\n}}\n");
            if (t > 0)
            {
                expected.Add($"SSOT1004 tests/Gen.Tests/Fakes/FakeCache{t}.cs:5");
            }
        }

        // A test client of a route nobody serves (the service serves GenRoutes.Socket).
        Write("tests/Gen.Tests/SocketClient.cs", "using Gen.Core.Messaging;\n\nnamespace Gen.Tests;\n\npublic static class SocketClient\n{\n    public static Uri Current { get; } = new(GenRoutes.Socket, UriKind.Relative);\n\n    public static Uri Old { get; } = new(\"/ws\", UriKind.Relative);\n}\n");
        expected.Add("SSOT4004 tests/Gen.Tests/SocketClient.cs:9");

        solution.Append("</Solution>\n");
        Write("Gen.slnx", solution.ToString());
        expected.Sort(StringComparer.Ordinal);
        File.WriteAllLines(Path.Combine(output, "EXPECTED.txt"), expected);
        return new GeneratedSolution(output, projects + 2, sourceFiles, lines, expected);
    }
}
