using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>
/// Which expressions read an environment variable or a configuration key, with which key and fallback: compiled
/// against the real Microsoft.Extensions.Configuration assemblies.
/// </summary>
public sealed class ConfigurationApisTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        public sealed class JwtOptions { public string Key { get; set; } = ""; }

        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    [Fact]
    public void Environment_reads_name_the_variable_and_see_a_fallback()
        => AssertReads(
            """
            public static class C
            {
                public static void M(string name)
                {
                    var a = Environment.GetEnvironmentVariable("JWT_SECRET_KEY");
                    var b = Environment.GetEnvironmentVariable("PORT") ?? "8080";
                    var c = Environment.GetEnvironmentVariable("SERVICE_SECRET") ?? throw new InvalidOperationException();
                    var d = Environment.GetEnvironmentVariable(name, EnvironmentVariableTarget.Process);
                    var e = Environment.GetEnvironmentVariables();
                    var f = Environment.ExpandEnvironmentVariables("%HOME%/x/%APP_DIR%/%%");
                    var g = Environment.ExpandEnvironmentVariables(name);
                    var h = Environment.ExpandEnvironmentVariables("no variables");
                    Environment.SetEnvironmentVariable("WRITTEN", "1");
                }
            }
            """,
            "5:17 EnvironmentVariable Environment.GetEnvironmentVariable JWT_SECRET_KEY",
            "6:17 EnvironmentVariable Environment.GetEnvironmentVariable PORT fallback",
            "7:17 EnvironmentVariable Environment.GetEnvironmentVariable SERVICE_SECRET",
            "8:17 EnvironmentVariable Environment.GetEnvironmentVariable (dynamic)",
            "9:17 EnvironmentVariable Environment.GetEnvironmentVariables (dynamic)",
            "10:17 EnvironmentVariable Environment.ExpandEnvironmentVariables HOME",
            "10:17 EnvironmentVariable Environment.ExpandEnvironmentVariables APP_DIR",
            "11:17 EnvironmentVariable Environment.ExpandEnvironmentVariables (dynamic)");

    [Fact]
    public void Indexer_and_section_chains_read_the_composed_key_once()
        => AssertReads(
            """
            public static class C
            {
                public static void M(IConfiguration config, IConfigurationSection given, ConfigurationManager manager, string name)
                {
                    var a = config["Jwt:Key"];
                    var b = config.GetSection("Jwt")["Issuer"];
                    var c = config.GetSection("Jwt").GetSection("Audience").Value ?? "api";
                    var d = manager["AUTH_SERVICE_URL"];
                    var e = given["Relative"];
                    var f = config[name];
                    config["Written"] = "1";
                    var g = config.GetRequiredSection("Db")["Host"];
                    var h = config.GetSection("Auth:Url").Value;
                }
            }
            """,
            "5:17 ConfigurationKey IConfiguration[] Jwt:Key",
            "6:17 ConfigurationKey IConfiguration[] Jwt:Issuer",
            "7:17 ConfigurationKey IConfigurationSection.Value Jwt:Audience fallback",
            "8:17 ConfigurationKey IConfiguration[] AUTH_SERVICE_URL",
            "9:17 ConfigurationKey IConfiguration[] (dynamic)",
            "10:17 ConfigurationKey IConfiguration[] (dynamic)",
            "12:17 ConfigurationKey IConfiguration[] Db:Host",
            "13:17 ConfigurationKey IConfigurationSection.Value Auth:Url");

    [Fact]
    public void Binder_connection_strings_and_options_binding_are_reads()
        => AssertReads(
            """
            public static class C
            {
                public static void M(IConfiguration config, IServiceCollection services)
                {
                    var a = config.GetValue<int>("Port");
                    var b = config.GetValue<int>("Timeout", 30);
                    var c = config.GetSection("Jwt").Get<JwtOptions>();
                    config.GetSection("Jwt").Bind(new JwtOptions());
                    var d = config.GetConnectionString("Default");
                    services.Configure<JwtOptions>(config.GetSection("Jwt"));
                    services.AddOptions<JwtOptions>().BindConfiguration("Jwt");
                    var e = config.Get<JwtOptions>();
                    var f = config.GetSection("Feature").Exists();
                    var section = config.GetSection("Stored");
                }
            }
            """,
            "5:17 ConfigurationKey IConfiguration.GetValue Port",
            "6:17 ConfigurationKey IConfiguration.GetValue Timeout fallback",
            "7:17 ConfigurationKey IConfiguration.Get Jwt section",
            "8:9 ConfigurationKey IConfiguration.Bind Jwt section",
            "9:17 ConfigurationKey IConfiguration.GetConnectionString ConnectionStrings:Default",
            "10:40 ConfigurationKey IConfiguration.GetSection Jwt section",
            "11:9 ConfigurationKey OptionsBuilder.BindConfiguration Jwt section",
            "12:17 ConfigurationKey IConfiguration.Get (dynamic) section",
            "13:17 ConfigurationKey IConfiguration.Exists Feature section",
            "14:23 ConfigurationKey IConfiguration.GetSection Stored section");

    [Fact]
    public void A_solution_type_with_the_framework_extensions_name_does_not_hide_them()
        => AssertReads(
            """
            namespace Microsoft.Extensions.Configuration
            {
                public static class ConfigurationExtensions
                {
                    public static string GetRequiredValue(this IConfiguration configuration, string name) => configuration[name] ?? throw new InvalidOperationException(name);
                }
            }

            public static class C
            {
                public static void M(IConfiguration config)
                {
                    var a = config.GetConnectionString("catalogdb");
                    var b = config.GetRequiredSection("Identity")["Url"];
                }
            }
            """,
            "5:98 ConfigurationKey IConfiguration[] (dynamic)",
            "13:17 ConfigurationKey IConfiguration.GetConnectionString ConnectionStrings:catalogdb",
            "14:17 ConfigurationKey IConfiguration[] Identity:Url");

    [Fact]
    public void An_aspire_client_integration_reads_its_connection_string()
        => AssertReads(
            """
            namespace Microsoft.Extensions.Hosting { public interface IHostApplicationBuilder { } }

            public static class AspireIntegrations
            {
                public static void AddRedisClient(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string connectionName, Action<object>? configure = null) { }
                public static void AddNpgsqlDbContext<T>(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string connectionName) { }
                public static void AddServiceDefaults(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string name) { }
                public static void Add(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string connectionName) { }
            }

            public static class C
            {
                public static void M(Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string computed)
                {
                    builder.AddRedisClient("redis");
                    builder.AddNpgsqlDbContext<JwtOptions>(connectionName: "catalogdb");
                    builder.AddRedisClient(computed);
                    builder.AddServiceDefaults("not-a-connection");
                    builder.Add("not-an-integration");
                }
            }
            """,
            "15:9 ConfigurationKey IHostApplicationBuilder.AddRedisClient ConnectionStrings:redis",
            "16:9 ConfigurationKey IHostApplicationBuilder.AddNpgsqlDbContext ConnectionStrings:catalogdb",
            "17:9 ConfigurationKey IHostApplicationBuilder.AddRedisClient (dynamic)");

    [Fact]
    public void Code_without_configuration_assemblies_reads_only_the_environment()
    {
        var compilation = CSharpCompilation.Create(
            "NoConfiguration",
            new[] { CSharpSyntaxTree.ParseText("public static class C { public static string? M() => System.Environment.GetEnvironmentVariable(\"A\"); }", path: "/src/C.cs") },
            References.Value.Where(r => !(r.Display ?? string.Empty).Contains("Microsoft.Extensions", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var reads = ConfigurationReadFinder.Find(compilation, compilation.SyntaxTrees[0], ConfigurationApis.For(compilation), CancellationToken.None);
        Assert.Equal(new[] { "A" }, reads.Select(r => r.Key));
        Assert.Equal(ReadsOfEveryOperation(compilation, compilation.SyntaxTrees[0]).Select(Identity), reads.Select(Identity));
    }

    [Theory]
    [InlineData("Jwt__SecretKey", "jwt:secretkey", true)]
    [InlineData("JWT_SECRET_KEY", "jwt_secret_key", true)]
    [InlineData("Jwt:Key", "Jwt:Keys", false)]
    [InlineData("Jwt_Key", "Jwt:Key", false)]
    public void Keys_compare_as_dotnet_configuration_does(string left, string right, bool same)
        => Assert.Equal(same, ConfigurationKeys.AreSame(left, right));

    private static void AssertReads(string body, params string[] expected)
    {
        string source = Usings + body;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), "/src/C.cs");
        var compilation = CSharpCompilation.Create(
            "Reads",
            new[] { tree },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        int offset = Usings.Split('\n').Length - 1;
        var found = ConfigurationReadFinder.Find(compilation, tree, ConfigurationApis.For(compilation), CancellationToken.None);

        // The finder binds only the syntax that may read: it must find what the analyzers' operation callbacks see.
        Assert.Equal(ReadsOfEveryOperation(compilation, tree).Select(Identity), found.Select(Identity));
        var actual = found
            .Select(read =>
            {
                var start = read.Syntax.GetLocation().GetLineSpan().StartLinePosition;
                return $"{start.Line + 1 - offset}:{start.Character + 1} {read.Source} {read.Api} {read.Key ?? "(dynamic)"}{(read.IsSection ? " section" : string.Empty)}{(read.HasFallback ? " fallback" : string.Empty)}";
            })
            .ToArray();
        Assert.Equal(string.Join(Environment.NewLine, expected), string.Join(Environment.NewLine, actual));
    }

    /// <summary>The reads of every invocation and property reference of the tree, bound without a syntax filter.</summary>
    private static List<ConfigurationRead> ReadsOfEveryOperation(Compilation compilation, SyntaxTree tree)
    {
        var apis = ConfigurationApis.For(compilation);
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes()
            .Select(node => model.GetOperation(node))
            .Where(operation => operation is not null && ConfigurationApis.OperationKinds.Contains(operation.Kind))
            .SelectMany(operation => apis.ReadsOf(operation!))
            .ToList();
    }

    private static (string Api, ConfigurationSource Source, string? Key, bool HasFallback, bool IsSection, Microsoft.CodeAnalysis.Text.TextSpan Span) Identity(ConfigurationRead read)
        => (read.Api, read.Source, read.Key, read.HasFallback, read.IsSection, read.Syntax.Span);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string list = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return list.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal)
                && (Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Concat(ConfigurationAssemblies.References)
            .ToImmutableArray();
    }
}
