using System;
using Microsoft.CodeAnalysis;

namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// A route the code calls: the path of a constant URI given to an HTTP or WebSocket client (query string and fragment
/// left off), and the expression that spells it (the literal, or the constant reference).
/// </summary>
public sealed class ClientRoute
{
    private static readonly char[] AuthorityEnd = { '/', '?', '#' };
    private static readonly char[] PathEnd = { '?', '#' };

    public ClientRoute(string path, string written, IOperation expression)
    {
        Path = path;
        Written = written;
        Expression = expression;
    }

    /// <summary>The path judged: <c>/api/v1/users/5</c>.</summary>
    public string Path { get; }

    /// <summary>The URI as the code spells it: <c>http://localhost/ws?x=1</c>.</summary>
    public string Written { get; }

    public IOperation Expression { get; }

    public Location Location => Expression.Syntax.GetLocation();

    /// <summary>
    /// The path of a client URI the solution may serve, or null: a relative URI starting with <c>/</c>, or an absolute
    /// <c>http</c>/<c>https</c>/<c>ws</c>/<c>wss</c> URI of a local host (<c>localhost</c>, <c>127.0.0.1</c>,
    /// <c>[::1]</c>). An external host, another scheme, a relative path without a leading <c>/</c> (it depends on the
    /// base address) and the root path alone (a base address) are not judged.
    /// </summary>
    public static string? PathOf(string uri)
    {
        string text = uri.Trim();
        string path;
        if (text.StartsWith("/", StringComparison.Ordinal))
        {
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                return null; // scheme-relative: another host
            }

            path = text;
        }
        else
        {
            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                return null;
            }

            if (!IsWebScheme(text.Substring(0, scheme)))
            {
                return null;
            }

            string rest = text.Substring(scheme + 3);
            string authority = AuthorityOf(rest);
            if (!IsLocal(authority))
            {
                return null;
            }

            path = authority.Length == rest.Length || rest[authority.Length] != '/' ? "/" : rest.Substring(authority.Length);
        }

        int end = path.IndexOfAny(PathEnd);
        if (end >= 0)
        {
            path = path.Substring(0, end);
        }

        return path.Trim('/').Length == 0 ? null : path;
    }

    /// <summary>
    /// Whether <paramref name="uri"/> is absolute and not one of the solution's: another host, or a scheme other than
    /// <c>http</c>/<c>https</c>/<c>ws</c>/<c>wss</c> (an <c>HttpClient.BaseAddress</c> of an external service).
    /// </summary>
    public static bool IsOtherHost(string uri)
    {
        string text = uri.Trim();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && (!IsWebScheme(text.Substring(0, scheme)) || !IsLocal(AuthorityOf(text.Substring(scheme + 3))));
    }

    private static bool IsWebScheme(string scheme) => scheme.ToLowerInvariant() is "http" or "https" or "ws" or "wss";

    private static string AuthorityOf(string rest)
    {
        int slash = rest.IndexOfAny(AuthorityEnd);
        return slash < 0 ? rest : rest.Substring(0, slash);
    }

    private static bool IsLocal(string authority)
    {
        string host = authority.Substring(authority.LastIndexOf('@') + 1);
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            int close = host.IndexOf(']');
            host = close < 0 ? host : host.Substring(0, close + 1);
        }
        else if (host.IndexOf(':') is var colon and >= 0)
        {
            host = host.Substring(0, colon);
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1" || host == "[::1]";
    }
}
