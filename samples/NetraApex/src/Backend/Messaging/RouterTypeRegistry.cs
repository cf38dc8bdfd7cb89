namespace Netra.Backend.Messaging;

/// <summary>
/// Resolves the router implementation named in a deployment's "router" setting. Older deployments
/// select it by name, which is why the type names live in strings here.
/// </summary>
public static class RouterTypeRegistry
{
    public static Type? Resolve(string kind) => kind switch
    {
        "default" => Type.GetType("Netra.Backend.Messaging.MessageRouter"),
        "v2" => Type.GetType("Netra.Backend.Messaging.MessageRouterV2"),
        _ => null,
    };

    public static object Create(string kind)
    {
        var type = Resolve(kind) ?? throw new ArgumentException($"Unknown router kind '{kind}'.", nameof(kind));
        return Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Could not create router '{type.FullName}'.");
    }
}
