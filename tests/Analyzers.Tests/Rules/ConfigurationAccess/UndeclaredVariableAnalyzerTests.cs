using Netra.Ssot.Rules.ConfigurationAccess;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.ConfigurationAccess;

public sealed class UndeclaredVariableAnalyzerTests
{
    [Fact]
    public async Task Undeclared_constant_keys_are_reported_with_the_declared_list_or_the_likely_intended_name()
    {
        var test = new AnalyzerTest(new UndeclaredVariableAnalyzer())
        {
            Config = """
                {
                  "configuration": { "variables": ["SERVICE_SECRET", "JWT_SECRET_KEY", "AUTH_SERVICE_URL", "Jwt__Issuer", "ConnectionStrings__Default"] },
                  "tests": ["tests/**"]
                }
                """,
            Sources =
            {
                ("src/Config/AppConfig.cs", """
                    using System;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;
                    namespace App.Config;
                    public sealed class JwtOptions { public string Issuer { get; set; } = ""; }
                    public sealed class AppConfig(IConfiguration configuration, IServiceCollection services, string computed)
                    {
                        public string? Secret => Environment.GetEnvironmentVariable("SERVICE_SECRET");
                        public string? Key => {|SSOT4002:Environment.GetEnvironmentVariable("JWT_SECRET")|};
                        public string? Redis => {|SSOT4002:Environment.GetEnvironmentVariable("REDIS_URL")|} ?? "localhost";
                        public string? Issuer => configuration["jwt:issuer"];
                        public string? Audience => {|SSOT4002:configuration.GetSection("Jwt")["Audience"]|};
                        public string? Db => configuration.GetConnectionString("Default");
                        public void Bind() => services.Configure<JwtOptions>(configuration.GetSection("Jwt"));
                        public string? Dynamic => Environment.GetEnvironmentVariable(computed) ?? configuration[computed];
                    }
                    """),
                ("tests/AppConfigTests.cs", """
                    namespace App.Tests;
                    public static class AppConfigTests { public static string? Ci => System.Environment.GetEnvironmentVariable("CI"); }
                    """),
            },
        };
        test.MetadataReferences.AddRange(ConfigurationAssemblies.References);

        await test.RunAsync(
            Expect.Warning("environment variable 'JWT_SECRET' is not declared in configuration.variables of ssot.json (declared: SERVICE_SECRET, JWT_SECRET_KEY, AUTH_SERVICE_URL, Jwt__Issuer, ConnectionStrings__Default); did you mean 'JWT_SECRET_KEY'?"),
            Expect.Warning("environment variable 'REDIS_URL' is not declared in configuration.variables of ssot.json (declared: SERVICE_SECRET, JWT_SECRET_KEY, AUTH_SERVICE_URL, Jwt__Issuer, ConnectionStrings__Default); use a declared name or add it to the list"),
            Expect.Warning("configuration key 'Jwt:Audience' is not declared in configuration.variables of ssot.json (declared: SERVICE_SECRET, JWT_SECRET_KEY, AUTH_SERVICE_URL, Jwt__Issuer, ConnectionStrings__Default); use a declared name or add it to the list"));
    }

    [Fact]
    public async Task A_long_declared_list_is_cut_after_five_names_and_a_near_miss_is_suggested()
    {
        await new AnalyzerTest(new UndeclaredVariableAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["A1", "B2", "C3", "D4", "E5", "AUTH_SERVICE_URL", "G7"] } }""",
            Source = """
                namespace App;
                public static class C { public static string? Read() => {|SSOT4002:System.Environment.GetEnvironmentVariable("AUTH_SERVICE_URI")|}; }
                """,
        }.RunAsync(
            Expect.Warning("environment variable 'AUTH_SERVICE_URI' is not declared in configuration.variables of ssot.json (declared: A1, B2, C3, D4, E5 and 2 more); did you mean 'AUTH_SERVICE_URL'?"));
    }

    [Fact]
    public async Task Without_a_variables_list_nothing_is_reported()
        => await new AnalyzerTest(new UndeclaredVariableAnalyzer())
        {
            Config = """{ "configuration": { "accessors": ["App.C"] } }""",
            Source = """
                namespace App;
                public static class C { public static string? Read() => System.Environment.GetEnvironmentVariable("ANYTHING"); }
                """,
        }.RunAsync();

    [Fact]
    public async Task Declared_objects_count_by_name_and_a_mission_critical_section_raises_the_finding_to_error()
    {
        await new AnalyzerTest(new UndeclaredVariableAnalyzer())
        {
            Config = """
                { "configuration": { "missionCritical": true, "variables": [ { "name": "PORT", "required": false, "description": "listen port" }, { "name": "JWT_SECRET_KEY", "secret": true } ] } }
                """,
            Source = """
                namespace App;
                public static class C
                {
                    public static string? Port() => System.Environment.GetEnvironmentVariable("PORT");
                    public static string? Key() => {|SSOT4002:System.Environment.GetEnvironmentVariable("JWT_KEY")|};
                }
                """,
        }.RunAsync(
            Expect.Error("environment variable 'JWT_KEY' is not declared in configuration.variables of ssot.json (declared: PORT, JWT_SECRET_KEY); use a declared name or add it to the list"));
    }

    [Fact]
    public async Task A_key_without_its_section_suggests_the_declared_key_it_ends()
    {
        var test = new AnalyzerTest(new UndeclaredVariableAnalyzer())
        {
            Config = """{ "configuration": { "variables": ["WebhookClientOptions__Token", "WebhookClientOptions__ValidateToken"] } }""",
            Source = """
                using Microsoft.Extensions.Configuration;
                namespace App;
                public static class WebhookEndpoints { public static bool Validate(IConfiguration configuration) => {|SSOT4002:configuration["ValidateToken"]|} == "true"; }
                """,
        };
        test.MetadataReferences.AddRange(ConfigurationAssemblies.References);

        await test.RunAsync(
            Expect.Warning("configuration key 'ValidateToken' is not declared in configuration.variables of ssot.json (declared: WebhookClientOptions__Token, WebhookClientOptions__ValidateToken); did you mean 'WebhookClientOptions__ValidateToken'?"));
    }
}
