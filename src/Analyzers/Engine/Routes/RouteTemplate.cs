using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// An ASP.NET Core route template (<c>/api/v1/users/{id:int}</c>, <c>{id?}</c>, <c>{*path}</c>, <c>{**path}</c>,
/// <c>files/{name}.{ext}</c>) that matches concrete client paths the way the router does: literal segments ignore
/// case, a trailing slash is ignored, a constraint narrows what a parameter accepts (<c>int</c>, <c>long</c>,
/// <c>bool</c>, <c>guid</c>, <c>alpha</c>; any other constraint accepts any value), an optional parameter or one
/// with a default may be left off at the end, a catch-all takes the rest of the path (or nothing).
/// </summary>
public sealed class RouteTemplate
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Regex _anchored;
    private readonly Regex _suffix;

    private RouteTemplate(string text, IReadOnlyList<Segment> segments, string pattern)
    {
        Text = text;
        Segments = segments;
        _anchored = new Regex("^" + pattern + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        _suffix = new Regex("^(?:/[^/]+)*?" + pattern + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    /// <summary>The normalised template: a leading <c>/</c>, no trailing or doubled <c>/</c>.</summary>
    public string Text { get; }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Joins a group or controller prefix and a template: <c>("/api/", "users/{id}")</c> is <c>/api/users/{id}</c>.</summary>
    public static string Combine(string prefix, string template)
    {
        string trimmed = template.StartsWith("~/", StringComparison.Ordinal) ? template.Substring(1) : template;
        if (prefix.Length == 0)
        {
            return trimmed;
        }

        return prefix.TrimEnd('/') + "/" + trimmed.TrimStart('/');
    }

    /// <summary>Parses a template; null when it is not a valid route template (unbalanced braces, an empty parameter).</summary>
    public static RouteTemplate? Parse(string template)
    {
        string text = template.StartsWith("~/", StringComparison.Ordinal) ? template.Substring(1) : template;
        var segments = new List<Segment>();
        var pattern = new StringBuilder();
        foreach (string raw in text.Split('/'))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var segment = Segment.Parse(raw);
            if (segment is null || segments.Exists(s => s.IsCatchAll))
            {
                return null; // a catch-all parameter can only be the last segment
            }

            segments.Add(segment);
            pattern.Append(segment.Pattern);
        }

        return new RouteTemplate("/" + string.Join("/", segments.ConvertAll(s => s.Text)), segments, pattern.ToString());
    }

    /// <summary>Whether the template serves the concrete <paramref name="path"/> (a path only: no query string).</summary>
    public bool Matches(string path) => IsMatch(_anchored, path);

    /// <summary>Whether the template serves the end of <paramref name="path"/>: for an endpoint whose prefix is not known.</summary>
    public bool MatchesEnd(string path) => IsMatch(_suffix, path);

    public override string ToString() => Text;

    private static bool IsMatch(Regex regex, string path)
    {
        string normalized = "/" + path.Trim('/');
        try
        {
            return regex.IsMatch(normalized);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // a pathological template is not evidence that the route is missing
        }
    }

    /// <summary>One segment of a template: literal text and parameters.</summary>
    public sealed class Segment
    {
        private Segment(string text, string pattern, bool isLiteral, bool isParameterOnly, bool isCatchAll = false)
        {
            IsCatchAll = isCatchAll;
            Text = text;
            Pattern = pattern;
            IsLiteral = isLiteral;
            IsParameterOnly = isParameterOnly;
        }

        public string Text { get; }

        /// <summary>Only literal text (<c>users</c>), no parameter.</summary>
        public bool IsLiteral { get; }

        /// <summary><c>{*path}</c> or <c>{**path}</c>: the rest of the path, or nothing.</summary>
        public bool IsCatchAll { get; }

        /// <summary>The whole segment is one parameter (<c>{id:int}</c>).</summary>
        public bool IsParameterOnly { get; }

        /// <summary>The regular expression of the segment, its leading <c>/</c> included.</summary>
        internal string Pattern { get; }

        /// <summary>Whether this segment alone accepts the client segment <paramref name="value"/>.</summary>
        public bool Accepts(string value)
        {
            try
            {
                return Regex.IsMatch("/" + value, "^" + Pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        internal static Segment? Parse(string text)
        {
            var pattern = new StringBuilder();
            int parameters = 0;
            bool optionalWhole = false;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    pattern.Append(Regex.Escape("{"));
                    i += 2;
                    continue;
                }

                if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
                {
                    pattern.Append(Regex.Escape("}"));
                    i += 2;
                    continue;
                }

                if (c == '}')
                {
                    return null;
                }

                if (c != '{')
                {
                    pattern.Append(Regex.Escape(c.ToString()));
                    i++;
                    continue;
                }

                int end = text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    return null;
                }

                var parameter = Parameter.Parse(text.Substring(i + 1, end - i - 1));
                if (parameter is null)
                {
                    return null;
                }

                parameters++;
                bool whole = i == 0 && end == text.Length - 1;
                if (parameter.Value.CatchAll)
                {
                    if (!whole)
                    {
                        return null;
                    }

                    return new Segment(text, "(?:/.*)?", isLiteral: false, isParameterOnly: true, isCatchAll: true);
                }

                if (parameter.Value.Optional)
                {
                    if (whole)
                    {
                        optionalWhole = true;
                    }
                    else
                    {
                        pattern.Append("(?:").Append(parameter.Value.ValuePattern).Append(")?");
                        i = end + 1;
                        continue;
                    }
                }

                pattern.Append(parameter.Value.ValuePattern);
                i = end + 1;
            }

            if (parameters == 0)
            {
                return new Segment(text, "/" + pattern, isLiteral: true, isParameterOnly: false);
            }

            bool parameterOnly = parameters == 1 && text[0] == '{' && text[text.Length - 1] == '}';
            string segmentPattern = optionalWhole ? "(?:/" + pattern + ")?" : "/" + pattern;
            return new Segment(text, segmentPattern, isLiteral: false, parameterOnly);
        }
    }

    private readonly struct Parameter
    {
        private Parameter(bool catchAll, bool optional, string valuePattern)
        {
            CatchAll = catchAll;
            Optional = optional;
            ValuePattern = valuePattern;
        }

        public bool CatchAll { get; }

        public bool Optional { get; }

        public string ValuePattern { get; }

        /// <summary><c>name</c>, <c>*name</c>, <c>**name</c>, <c>name?</c>, <c>name=default</c>, <c>name:int:min(1)</c>.</summary>
        public static Parameter? Parse(string body)
        {
            string rest = body;
            bool catchAll = false;
            if (rest.StartsWith("**", StringComparison.Ordinal))
            {
                catchAll = true;
                rest = rest.Substring(2);
            }
            else if (rest.StartsWith("*", StringComparison.Ordinal))
            {
                catchAll = true;
                rest = rest.Substring(1);
            }

            bool optional = false;
            int equals = rest.IndexOf('=');
            if (equals >= 0)
            {
                optional = true; // a default value lets the segment be left off
                rest = rest.Substring(0, equals);
            }

            if (rest.EndsWith("?", StringComparison.Ordinal))
            {
                optional = true;
                rest = rest.Substring(0, rest.Length - 1);
            }

            string[] parts = rest.Split(':');
            if (parts[0].Length == 0)
            {
                return null;
            }

            string value = "[^/]+";
            for (int i = 1; i < parts.Length; i++)
            {
                value = Constrain(value, parts[i]);
            }

            return new Parameter(catchAll, optional, "(?:" + value + ")");
        }

        private static string Constrain(string value, string constraint)
        {
            int paren = constraint.IndexOf('(');
            string name = (paren < 0 ? constraint : constraint.Substring(0, paren)).ToLowerInvariant();
            return name switch
            {
                "int" or "long" => "-?[0-9]+",
                "bool" => "(?:true|false)",
                "guid" => "[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}|\\{[0-9a-fA-F-]{36}\\}|\\([0-9a-fA-F-]{36}\\)",
                "alpha" => "[a-zA-Z]+",
                "decimal" or "double" or "float" => "-?[0-9]+(?:\\.[0-9]+)?",
                _ => value,
            };
        }
    }
}
