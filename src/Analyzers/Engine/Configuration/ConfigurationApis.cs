using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Netra.Ssot.Engine.Configuration;

/// <summary>
/// Recognises direct reads of environment variables and configuration keys in operations: the
/// <c>System.Environment</c> reads, the <c>IConfiguration</c> indexer and <c>GetSection</c> (with the section path
/// composed: <c>config.GetSection("Jwt")["Key"]</c> reads <c>Jwt:Key</c>), <c>IConfigurationSection.Value</c>,
/// <c>GetValue</c>/<c>Get</c>/<c>Bind</c>, <c>GetConnectionString</c>, <c>GetRequiredSection</c> and options binding
/// (<c>Configure&lt;T&gt;(config.GetSection("X"))</c> is the <c>GetSection</c> read; <c>BindConfiguration("X")</c>).
/// Symbols are resolved once per compilation; an operation that is not a read costs a few reference comparisons.
/// </summary>
public sealed class ConfigurationApis
{
    private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration.";
    private const string ExtensionsAssemblies = "Microsoft.Extensions.";
    private const string ValueApi = "IConfigurationSection.Value";
    private const string HostBuilder = "Microsoft.Extensions.Hosting.IHostApplicationBuilder";

    private readonly INamedTypeSymbol? _environment;
    private readonly INamedTypeSymbol? _configuration;
    private readonly INamedTypeSymbol? _section;
    private readonly INamedTypeSymbol? _binder;
    private readonly INamedTypeSymbol? _extensions;
    private readonly INamedTypeSymbol? _optionsBuilderExtensions;

    private ConfigurationApis(Compilation compilation)
    {
        _environment = FrameworkType(compilation, "System.Environment", "System.");
        _configuration = FrameworkType(compilation, ConfigurationNamespace + "IConfiguration", ExtensionsAssemblies);
        _section = FrameworkType(compilation, ConfigurationNamespace + "IConfigurationSection", ExtensionsAssemblies);
        _binder = FrameworkType(compilation, ConfigurationNamespace + "ConfigurationBinder", ExtensionsAssemblies);
        _extensions = FrameworkType(compilation, ConfigurationNamespace + "ConfigurationExtensions", ExtensionsAssemblies);
        _optionsBuilderExtensions = FrameworkType(compilation, "Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions", ExtensionsAssemblies);
        SeesHostBuilder = !compilation.GetTypesByMetadataName(HostBuilder).IsEmpty;
    }

    /// <summary>The operation kinds a read can be: an invocation or a property reference (the indexer, <c>Value</c>).</summary>
    public static ImmutableArray<OperationKind> OperationKinds { get; } = ImmutableArray.Create(OperationKind.Invocation, OperationKind.PropertyReference);

    /// <summary>
    /// The names in <see cref="MethodNames"/> of <c>System.Environment</c> methods: the only calls that can read
    /// in a compilation that does not see <c>Microsoft.Extensions.Configuration</c> (<see cref="SeesConfiguration"/>).
    /// </summary>
    public static ImmutableHashSet<string> EnvironmentMethodNames { get; } = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "GetEnvironmentVariable",
        "GetEnvironmentVariables",
        "ExpandEnvironmentVariables");

    /// <summary>
    /// The names of every method whose call <see cref="ReadsOf(IOperation)"/> may recognise as a read, for hosts that
    /// filter syntax before binding it (<see cref="ConfigurationReadFinder"/>): <see cref="EnvironmentMethodNames"/>
    /// and the configuration ones. Keep in step with the switches below.
    /// </summary>
    public static ImmutableHashSet<string> MethodNames { get; } = EnvironmentMethodNames.Union(new[]
    {
        "GetValue",
        "Get",
        "Bind",
        "GetConnectionString",
        "GetRequiredSection",
        "Exists",
        "AsEnumerable",
        "GetSection",
        "BindConfiguration",
    });

    /// <summary>
    /// Whether the compilation sees <c>Microsoft.Extensions.Configuration</c>; without it only the
    /// <c>System.Environment</c> calls can read, and no indexer or <c>Value</c> property.
    /// </summary>
    public bool SeesConfiguration => _configuration is not null || _section is not null || _binder is not null || _extensions is not null || _optionsBuilderExtensions is not null;

    /// <summary>
    /// Whether the compilation sees a type named <c>Microsoft.Extensions.Hosting.IHostApplicationBuilder</c>, which
    /// every client integration extends (<see cref="ConnectionRead"/>); without it no <c>Add…</c> call can read a
    /// connection string.
    /// </summary>
    public bool SeesHostBuilder { get; }

    public static ConfigurationApis For(Compilation compilation) => new(compilation);

    /// <summary>The reads <paramref name="operation"/> performs: usually none or one (an expanded string may name several variables).</summary>
    public ImmutableArray<ConfigurationRead> ReadsOf(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                return ReadsOf(invocation);
            case IPropertyReferenceOperation property:
                return ReadOf(property) is { } read ? ImmutableArray.Create(read) : ImmutableArray<ConfigurationRead>.Empty;
            default:
                return ImmutableArray<ConfigurationRead>.Empty;
        }
    }

    private ImmutableArray<ConfigurationRead> ReadsOf(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return ImmutableArray<ConfigurationRead>.Empty;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _environment))
        {
            return EnvironmentReads(invocation, method.Name);
        }

        var read = ConfigurationReadOf(invocation, method, type) ?? ConnectionRead(invocation, method);
        return read is { } found ? ImmutableArray.Create(found) : ImmutableArray<ConfigurationRead>.Empty;
    }

    /// <summary>Whether a method name may be an integration that reads a connection string (<see cref="ConnectionRead"/>).</summary>
    public static bool MayReadConnection(string methodName) => methodName.Length > 3 && methodName.StartsWith("Add", System.StringComparison.Ordinal);

    /// <summary>
    /// An Aspire-style client integration, <c>builder.AddNpgsqlDbContext&lt;T&gt;("catalogdb")</c> or
    /// <c>builder.AddRedisClient("redis")</c>: an <c>Add…</c> extension of <c>IHostApplicationBuilder</c> whose
    /// <c>connectionName</c> argument names the connection string it reads, <c>ConnectionStrings:catalogdb</c>.
    /// </summary>
    private static ConfigurationRead? ConnectionRead(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (!method.IsExtensionMethod
            || !MayReadConnection(method.Name)
            || method.Parameters.Length < 2
            || method.Parameters[0].Type.ToDisplayString() != HostBuilder)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == "connectionName" && parameter.Type.SpecialType == SpecialType.System_String)
            {
                string? name = ConstantString(ArgumentNamed(invocation, "connectionName"));
                return new ConfigurationRead(
                    "IHostApplicationBuilder." + method.Name,
                    ConfigurationSource.ConfigurationKey,
                    name is null ? null : ConfigurationKeys.Combine("ConnectionStrings", name),
                    hasFallback: false,
                    invocation.Syntax);
            }
        }

        return null;
    }

    private static ImmutableArray<ConfigurationRead> EnvironmentReads(IInvocationOperation invocation, string name)
    {
        switch (name)
        {
            case "GetEnvironmentVariable":
                return ImmutableArray.Create(new ConfigurationRead(
                    "Environment.GetEnvironmentVariable",
                    ConfigurationSource.EnvironmentVariable,
                    ConstantArgument(invocation, 0),
                    HasFallback(invocation),
                    invocation.Syntax));
            case "GetEnvironmentVariables":
                return ImmutableArray.Create(new ConfigurationRead(
                    "Environment.GetEnvironmentVariables", ConfigurationSource.EnvironmentVariable, key: null, hasFallback: false, invocation.Syntax));
            case "ExpandEnvironmentVariables":
                return ExpandedReads(invocation);
            default:
                return ImmutableArray<ConfigurationRead>.Empty;
        }
    }

    /// <summary>Each <c>%NAME%</c> of a constant string is a read of NAME; a computed string is one dynamic read.</summary>
    private static ImmutableArray<ConfigurationRead> ExpandedReads(IInvocationOperation invocation)
    {
        const string Api = "Environment.ExpandEnvironmentVariables";
        string? text = ConstantArgument(invocation, 0);
        if (text is null)
        {
            return ImmutableArray.Create(new ConfigurationRead(Api, ConfigurationSource.EnvironmentVariable, key: null, hasFallback: false, invocation.Syntax));
        }

        var reads = ImmutableArray<ConfigurationRead>.Empty;
        int start = text.IndexOf('%');
        while (start >= 0)
        {
            int end = text.IndexOf('%', start + 1);
            if (end < 0)
            {
                break;
            }

            if (end > start + 1)
            {
                reads = reads.Add(new ConfigurationRead(Api, ConfigurationSource.EnvironmentVariable, text.Substring(start + 1, end - start - 1), hasFallback: false, invocation.Syntax));
                start = text.IndexOf('%', end + 1);
            }
            else
            {
                start = end;
            }
        }

        return reads;
    }

    private ConfigurationRead? ConfigurationReadOf(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol type)
    {
        if (_configuration is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _binder))
        {
            switch (method.Name)
            {
                case "GetValue":
                    return KeyRead(invocation, "IConfiguration.GetValue", ArgumentNamed(invocation, "key"), HasFallback(invocation) || ArgumentNamed(invocation, "defaultValue") is not null);
                case "Get":
                case "Bind":
                    return SectionRead(invocation, "IConfiguration." + method.Name, Receiver(invocation));
                default:
                    return null;
            }
        }

        if (SymbolEqualityComparer.Default.Equals(type, _extensions))
        {
            switch (method.Name)
            {
                case "GetConnectionString":
                    string? name = ConstantString(ArgumentNamed(invocation, "name"));
                    string? prefix = PathOf(Receiver(invocation));
                    string? key = name is null || prefix is null ? null : ConfigurationKeys.Combine(prefix, ConfigurationKeys.Combine("ConnectionStrings", name));
                    return new ConfigurationRead("IConfiguration.GetConnectionString", ConfigurationSource.ConfigurationKey, key, HasFallback(invocation), invocation.Syntax);
                case "GetRequiredSection":
                    return IsConsumed(invocation) ? null : SectionRead(invocation, "IConfiguration.GetRequiredSection", invocation);
                case "Exists":
                case "AsEnumerable":
                    return SectionRead(invocation, "IConfiguration." + method.Name, Receiver(invocation));
                default:
                    return null;
            }
        }

        if (method.Name == "GetSection" && method.Parameters.Length == 1 && IsConfiguration(type))
        {
            return IsConsumed(invocation) ? null : SectionRead(invocation, "IConfiguration.GetSection", invocation);
        }

        if (method.Name == "BindConfiguration" && SymbolEqualityComparer.Default.Equals(type, _optionsBuilderExtensions))
        {
            return new ConfigurationRead(
                "OptionsBuilder.BindConfiguration", ConfigurationSource.ConfigurationKey, ConstantString(ArgumentNamed(invocation, "configSectionPath")), hasFallback: false, invocation.Syntax, isSection: true);
        }

        return null;
    }

    private ConfigurationRead? ReadOf(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        var type = property.ContainingType?.OriginalDefinition;
        if (_configuration is null || type is null || IsAssignmentTarget(reference))
        {
            return null;
        }

        if (property.IsIndexer && property.Parameters.Length == 1 && property.Parameters[0].Type.SpecialType == SpecialType.System_String && IsConfiguration(type))
        {
            return KeyRead(reference, "IConfiguration[]", reference.Arguments.Length == 1 ? reference.Arguments[0].Value : null, HasFallback(reference), reference.Instance);
        }

        if (property.Name == "Value" && !property.IsIndexer && IsSection(type))
        {
            return SectionRead(reference, ValueApi, reference.Instance);
        }

        return null;
    }

    /// <summary>A read of one key under the section its receiver denotes.</summary>
    private ConfigurationRead KeyRead(IInvocationOperation invocation, string api, IOperation? keyArgument, bool hasFallback)
        => KeyRead(invocation, api, keyArgument, hasFallback, Receiver(invocation));

    private ConfigurationRead KeyRead(IOperation read, string api, IOperation? keyArgument, bool hasFallback, IOperation? receiver)
    {
        string? key = ConstantString(keyArgument);
        string? prefix = PathOf(receiver);
        return new ConfigurationRead(api, ConfigurationSource.ConfigurationKey, key is null || prefix is null ? null : ConfigurationKeys.Combine(prefix, key), hasFallback, read.Syntax);
    }

    /// <summary>A read of a whole section: its path when known (the root is a read of everything: dynamic).</summary>
    private ConfigurationRead SectionRead(IOperation read, string api, IOperation? section)
    {
        string? path = PathOf(section);
        return new ConfigurationRead(api, ConfigurationSource.ConfigurationKey, string.IsNullOrEmpty(path) ? null : path, HasFallback(read), read.Syntax, isSection: api != ValueApi);
    }

    /// <summary>
    /// The configuration path an operation denotes: "" for a configuration root, the composed path of a chain of
    /// <c>GetSection</c> calls with constant keys, null when unknown (a section held in a variable, a computed key).
    /// </summary>
    private string? PathOf(IOperation? operation)
    {
        operation = WithoutConversions(operation);
        if (operation is null)
        {
            return null;
        }

        if (operation is IInvocationOperation invocation && IsSectionCall(invocation))
        {
            string? key = ConstantString(invocation.TargetMethod.IsExtensionMethod ? ArgumentNamed(invocation, "key") : ArgumentAt(invocation, 0));
            string? prefix = PathOf(Receiver(invocation));
            return key is null || prefix is null ? null : ConfigurationKeys.Combine(prefix, key);
        }

        var type = operation.Type?.OriginalDefinition as INamedTypeSymbol;
        return type is not null && IsConfiguration(type) && !IsSection(type) ? string.Empty : null;
    }

    private bool IsSectionCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        return type is not null
            && ((method.Name == "GetSection" && method.Parameters.Length == 1 && IsConfiguration(type))
                || (method.Name == "GetRequiredSection" && SymbolEqualityComparer.Default.Equals(type, _extensions)));
    }

    /// <summary>
    /// Whether a section call's result is the receiver of another read (which then reports the composed key), so one
    /// expression is one read.
    /// </summary>
    private bool IsConsumed(IInvocationOperation section)
    {
        IOperation current = section;
        var parent = current.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            current = parent;
            parent = parent.Parent;
        }

        if (parent is IArgumentOperation argument && argument.Parent is IInvocationOperation outer
            && outer.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0)
        {
            return !ReadsOf(outer).IsEmpty || IsSectionCall(outer);
        }

        return parent switch
        {
            IInvocationOperation call when ReferenceEquals(call.Instance, current) => IsSectionCall(call) || !ReadsOf(call).IsEmpty,
            IPropertyReferenceOperation property when ReferenceEquals(property.Instance, current) => ReadOf(property) is not null,
            _ => false,
        };
    }

    private bool IsConfiguration(INamedTypeSymbol type)
        => _configuration is not null && Implements(type, _configuration);

    private bool IsSection(INamedTypeSymbol type)
        => _section is not null && Implements(type, _section);

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface)
    {
        if (SymbolEqualityComparer.Default.Equals(type, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The framework's type of that name. When the solution declares a type of the same name too (eShop writes its own
    /// <c>Microsoft.Extensions.Configuration.ConfigurationExtensions</c>), the name alone resolves to that type in its
    /// own project and to nothing in the projects that reference it; the one from the framework's assemblies is meant.
    /// </summary>
    private static INamedTypeSymbol? FrameworkType(Compilation compilation, string metadataName, string assemblyPrefix)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            string assembly = type.ContainingAssembly?.Name ?? string.Empty;
            if (assembly.StartsWith(assemblyPrefix, System.StringComparison.Ordinal) || (assemblyPrefix == "System." && assembly is "mscorlib" or "netstandard"))
            {
                return type;
            }
        }

        return compilation.GetTypeByMetadataName(metadataName);
    }

    private static IOperation? Receiver(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod ? ArgumentAt(invocation, 0) : null);

    private static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    private static IOperation? ArgumentNamed(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    private static string? ConstantArgument(IInvocationOperation invocation, int ordinal) => ConstantString(ArgumentAt(invocation, ordinal));

    private static string? ConstantString(IOperation? operation)
        => operation is not null && operation.ConstantValue.HasValue && operation.ConstantValue.Value is string value ? value : null;

    private static IOperation? WithoutConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary><c>read ?? fallback</c> (but not <c>?? throw</c>, which makes the value required).</summary>
    private static bool HasFallback(IOperation read)
    {
        IOperation current = read;
        var parent = read.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent is ICoalesceOperation coalesce && ReferenceEquals(coalesce.Value, current) && WithoutConversions(coalesce.WhenNull) is not IThrowOperation;
    }

    private static bool IsAssignmentTarget(IOperation operation)
        => operation.Parent is IAssignmentOperation assignment && ReferenceEquals(assignment.Target, operation);
}
