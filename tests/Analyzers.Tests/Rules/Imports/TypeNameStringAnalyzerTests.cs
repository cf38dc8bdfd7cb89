using Netra.Ssot.Rules.Imports;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Rules.Imports;

public sealed class TypeNameStringAnalyzerTests
{
    [Fact]
    public async Task Constant_type_names_that_do_not_resolve_are_reported_on_the_string()
    {
        await new AnalyzerTest(new TypeNameStringAnalyzer())
        {
            Config = "{}",
            Source = """
                using System;
                namespace App.Messaging;
                public sealed class MessageRouter { public sealed class Options { } }
                public sealed class Box<T> { }
                public static class Registry
                {
                    public static object?[] Resolve(string dynamicName) => new object?[]
                    {
                        Type.GetType("App.Messaging.MessageRouter"),
                        Type.GetType("App.Messaging.MessageRouter+Options"),
                        Type.GetType("App.Messaging.MessageRouter, TestProject"),
                        Type.GetType("System.Collections.Generic.List`1[[App.Messaging.MessageRouter, TestProject]], mscorlib"),
                        Type.GetType("App.Messaging.Box`1[System.String][]"),
                        Type.GetType("System.String, System.Private.CoreLib", throwOnError: true),
                        Type.GetType("Plugins.Exporter, Plugins.Csv"),
                        Type.GetType(dynamicName),
                        Type.GetType({|SSOT2003:"App.Messaging.MessageRouterV2"|}),
                        Type.GetType({|SSOT2003:"App.Messaging.MessageRouter, System.Runtime.Extensions"|}),
                        Type.GetType({|SSOT2003:"App.Messaging.Box`1[[App.Missing, TestProject]]"|}),
                        typeof(Registry).Assembly.GetType({|SSOT2003:"App.Messaging.Routr"|}),
                        typeof(Registry).Assembly.GetType({|SSOT2003:"System.String"|}),
                        Activator.CreateInstance("TestProject", {|SSOT2003:"App.Messaging.Nope"|}),
                        Activator.CreateInstance("TestProject", "App.Messaging.MessageRouter"),
                    };
                }
                """,
        }.RunAsync(
            Expect.Warning("type name 'App.Messaging.MessageRouterV2' passed to Type.GetType does not resolve in this project or its references; fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Messaging.MessageRouter, System.Runtime.Extensions' passed to Type.GetType does not resolve in this project or its references (assembly 'System.Runtime.Extensions'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Messaging.Box`1[[App.Missing, TestProject]]' passed to Type.GetType does not resolve in this project or its references (generic argument 'App.Missing'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Messaging.Routr' passed to Assembly.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'System.String' passed to Assembly.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Messaging.Nope' passed to Activator.CreateInstance does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"));
    }

    [Fact]
    public async Task Names_that_resolve_through_a_referenced_project_are_not_reported()
    {
        await new AnalyzerTest(new TypeNameStringAnalyzer())
        {
            Config = "{}",
            ReferencedProjectSources = { ("src/Plugins/Exporter.cs", "namespace Plugins; public sealed class Exporter { }") },
            Source = """
                namespace App;
                public static class Loader
                {
                    public static System.Type? Exporter() => System.Type.GetType("Plugins.Exporter, ReferencedProject");
                    public static System.Type? Plain() => System.Type.GetType("Plugins.Exporter");
                    public static System.Type? Wrong() => System.Type.GetType({|SSOT2003:"Plugins.Exporter, TestProject"|});
                }
                """,
        }.RunAsync(
            Expect.Warning("type name 'Plugins.Exporter, TestProject' passed to Type.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"));
    }

    [Fact]
    public async Task Probes_and_assemblies_known_only_at_run_time_are_not_judged()
    {
        await new AnalyzerTest(new TypeNameStringAnalyzer())
        {
            Config = "{}",
            Source = """
                using System;
                using System.Reflection;
                namespace App;
                public static class Platform
                {
                    public static bool IsMono => Type.GetType("Mono.Runtime") != null;
                    public static bool HasWinForms => Type.GetType("System.Windows.Forms.Form, System.Windows.Forms") is not null;
                    public static Type? FromPlugin(Assembly loaded) => loaded.GetType("Plugin.Entry");
                    public static Type? Own() => typeof(Platform).Assembly.GetType({|SSOT2003:"App.Missing"|});
                    public static Type? Executing() => Assembly.GetExecutingAssembly().GetType({|SSOT2003:"App.Gone"|});
                    public static Type? Lookup() => Type.GetType({|SSOT2003:"App.Misspelt"|}) ?? typeof(Platform);
                }
                """,
        }.RunAsync(
            Expect.Warning("type name 'App.Missing' passed to Assembly.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Gone' passed to Assembly.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Misspelt' passed to Type.GetType does not resolve in this project or its references; fix the name, or use typeof(...) so the compiler checks it"));
    }

    [Fact]
    public async Task Private_reflection_into_a_compiled_reference_and_an_assembly_of_an_unresolved_type_are_not_judged()
    {
        await new AnalyzerTest(new TypeNameStringAnalyzer())
        {
            Config = "{}",
            AllowCompilerErrors = true, // Vendor.Sdk was not restored: CS0246
            Source = """
                using System;
                namespace App;
                public sealed class Probe { }
                public static class Internals
                {
                    public static object?[] Resolve() => new object?[]
                    {
                        typeof(System.Text.StringBuilder).Assembly.GetType("System.Text.StringBuilderCache"),
                        Type.GetType("System.Net.Http.HttpConnectionPool, System.Net.Http"),
                        Type.GetType("System.Text.StringBuilder+ChunkEnumerator, System.Private.CoreLib"),
                        typeof(Vendor.Sdk.PackageClient).Assembly.GetType("Vendor.Sdk.Internal.Secret"),
                        Type.GetType("Vendor.Sdk.Internal.Secret, Vendor.Sdk"),
                        Type.GetType("System.Text.NoSuchBuilder, Contoso.Plugin") ?? Type.GetType({|SSOT2003:"App.Prob"|}),
                        Type.GetType({|SSOT2003:"Contoso.Nowhere.Thing, System.Net.Http"|}),
                        typeof(Probe).Assembly.GetType({|SSOT2003:"App.Internal.Secret"|}),
                    };
                }
                """,
        }.RunAsync(
            Expect.Warning("type name 'App.Prob' passed to Type.GetType does not resolve in this project or its references; fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'Contoso.Nowhere.Thing, System.Net.Http' passed to Type.GetType does not resolve in this project or its references (assembly 'System.Net.Http'); fix the name, or use typeof(...) so the compiler checks it"),
            Expect.Warning("type name 'App.Internal.Secret' passed to Assembly.GetType does not resolve in this project or its references (assembly 'TestProject'); fix the name, or use typeof(...) so the compiler checks it"));
    }
}
