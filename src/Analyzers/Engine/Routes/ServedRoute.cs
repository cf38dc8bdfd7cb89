using System;

namespace Netra.Ssot.Engine.Routes;

/// <summary>How an endpoint declares the route it serves.</summary>
public enum ServedRouteKind
{
    /// <summary><c>app.MapGet("/users", ...)</c>, <c>MapHub&lt;T&gt;</c>, <c>MapFallback</c>, <c>app.Map(...)</c>.</summary>
    MinimalApi,

    /// <summary><c>[Route]</c>/<c>[HttpGet("...")]</c> on a controller and its actions.</summary>
    Controller,

    /// <summary>Middleware that compares <c>HttpRequest.Path</c> (<c>== "/ws"</c>, <c>StartsWithSegments("/ws")</c>).</summary>
    Middleware,

    /// <summary>A <c>const</c> of a declared <c>constants</c> type whose value starts with <c>/</c>.</summary>
    Constant,
}

/// <summary>
/// One route the solution serves: its template (group and controller prefixes included), where it is declared, and
/// whether its prefix is known (a <c>MapGet</c> on a group passed in as a parameter is matched against the end of a
/// client path). Plain data, so that ssot-check can hand every project's routes to every other project's analyzers.
/// </summary>
public sealed class ServedRoute
{
    private readonly Lazy<RouteTemplate?> _template;

    public ServedRoute(string template, ServedRouteKind kind, string filePath, int line, bool prefixKnown = true)
    {
        Template = template;
        Kind = kind;
        FilePath = filePath;
        Line = line;
        PrefixKnown = prefixKnown;
        _template = new Lazy<RouteTemplate?>(() => RouteTemplate.Parse(template));
    }

    /// <summary>The template as the endpoint declares it, prefixes joined: <c>/api/v1/users/{id:int}</c>.</summary>
    public string Template { get; }

    public ServedRouteKind Kind { get; }

    /// <summary>The full path of the file that declares the route.</summary>
    public string FilePath { get; }

    /// <summary>0-based line of the declaration.</summary>
    public int Line { get; }

    public bool PrefixKnown { get; }

    /// <summary>The parsed template; null when the template is not valid (such a route serves nothing).</summary>
    public RouteTemplate? Parsed => _template.Value;

    /// <summary>Whether this route serves the concrete client <paramref name="path"/>.</summary>
    public bool Serves(string path)
        => Parsed is { } parsed && (PrefixKnown ? parsed.Matches(path) : parsed.MatchesEnd(path));

    public override string ToString() => Template + " (" + Kind + ", " + FilePath + ":" + (Line + 1) + ")";
}
