using Netra.Ssot.Rules.ConfigurationAccess;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.ConfigurationAccess;

public sealed class ConfigurationOutsideAccessorAnalyzerTests
{
    private const string AppConfig = """
        using System;
        namespace App.Config;
        public sealed class AppConfig
        {
            public string? Secret { get; } = Environment.GetEnvironmentVariable("JWT_SECRET_KEY");
            public sealed class Nested { public string? Url => Environment.GetEnvironmentVariable("AUTH_SERVICE_URL"); }
        }
        """;

    [Fact]
    public async Task Reads_outside_the_accessors_are_reported_at_the_read_naming_the_accessor()
    {
        var test = new AnalyzerTest(new ConfigurationOutsideAccessorAnalyzer())
        {
            Config = """{ "configuration": { "accessors": ["App.Config.AppConfig"] }, "tests": ["tests/**"] }""",
            Sources =
            {
                ("src/Config/AppConfig.cs", AppConfig),
                ("src/Auth/TokenValidator.cs", """
                    using System;
                    using Microsoft.Extensions.Configuration;
                    namespace App.Auth;
                    public sealed class TokenValidator(IConfiguration configuration)
                    {
                        private readonly string? _secret = {|SSOT4001:Environment.GetEnvironmentVariable("JWT_SECRET_KEY")|};
                        public string? Issuer() => {|SSOT4001:configuration.GetSection("Jwt")["Issuer"]|} ?? "netra";
                        public string Describe() => "no read here";
                    }
                    """),
                ("tests/Auth/TokenValidatorTests.cs", """
                    using System;
                    namespace App.Tests;
                    public sealed class TokenValidatorTests
                    {
                        public bool OnCi() => Environment.GetEnvironmentVariable("CI") == "true";
                    }
                    """),
            },
        };
        test.MetadataReferences.AddRange(ConfigurationAssemblies.References);

        await test.RunAsync(
            Expect.Warning("'Environment.GetEnvironmentVariable' reads configuration in 'App.Auth.TokenValidator' (src/Auth/TokenValidator.cs), outside the configuration accessors; read it through 'App.Config.AppConfig' (src/Config/AppConfig.cs)"),
            Expect.Warning("'IConfiguration[]' reads configuration in 'App.Auth.TokenValidator' (src/Auth/TokenValidator.cs), outside the configuration accessors; read it through 'App.Config.AppConfig' (src/Config/AppConfig.cs)"));
    }

    [Fact]
    public async Task Several_accessors_are_all_named_and_one_outside_the_compilation_has_no_file()
    {
        await new AnalyzerTest(new ConfigurationOutsideAccessorAnalyzer())
        {
            Config = """{ "configuration": { "accessors": ["App.Config.AppConfig", "Shared.Settings+Environment"] } }""",
            Sources =
            {
                ("src/Config/AppConfig.cs", AppConfig),
                ("src/Startup.cs", """
                    public static class Startup { public static string Port() => {|SSOT4001:System.Environment.ExpandEnvironmentVariables("%PORT%:%HOST%")|}; }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'Environment.ExpandEnvironmentVariables' reads configuration in 'Startup' (src/Startup.cs), outside the configuration accessors; read it through 'App.Config.AppConfig' (src/Config/AppConfig.cs) or 'Shared.Settings.Environment'"));
    }

    [Fact]
    public async Task Without_accessors_nothing_is_reported()
        => await new AnalyzerTest(new ConfigurationOutsideAccessorAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["JWT_SECRET_KEY"] } }""",
            Source = """
                namespace App;
                public static class C { public static string? Read() => System.Environment.GetEnvironmentVariable("JWT_SECRET_KEY"); }
                """,
        }.RunAsync();

    [Fact]
    public async Task A_mission_critical_configuration_section_raises_the_finding_to_error()
    {
        await new AnalyzerTest(new ConfigurationOutsideAccessorAnalyzer())
        {
            Config = """{ "configuration": { "accessors": ["App.Config.AppConfig"], "missionCritical": true } }""",
            Sources =
            {
                ("src/Config/AppConfig.cs", AppConfig),
                ("src/Startup.cs", """
                    public static class Startup { public static string? Port() => {|SSOT4001:System.Environment.GetEnvironmentVariable("PORT")|}; }
                    """),
            },
        }.RunAsync(
            Expect.Error("'Environment.GetEnvironmentVariable' reads configuration in 'Startup' (src/Startup.cs), outside the configuration accessors; read it through 'App.Config.AppConfig' (src/Config/AppConfig.cs)"));
    }

    [Fact]
    public async Task Of_many_accessors_three_are_named_those_the_project_sees_first()
        => await new AnalyzerTest(new ConfigurationOutsideAccessorAnalyzer())
        {
            Config = """{ "configuration": { "accessors": ["Other.A", "Other.B", "App.Config.AppConfig", "Other.C", "Other.D"] } }""",
            Sources =
            {
                ("src/Config/AppConfig.cs", AppConfig),
                ("src/Startup.cs", """
                    public static class Startup { public static string? Port() => {|SSOT4001:System.Environment.GetEnvironmentVariable("PORT")|}; }
                    """),
            },
        }.RunAsync(
            Expect.Warning("'Environment.GetEnvironmentVariable' reads configuration in 'Startup' (src/Startup.cs), outside the configuration accessors; read it through 'App.Config.AppConfig' (src/Config/AppConfig.cs) or 'Other.A' or 'Other.B' or one of 2 more accessors"));
}
